package cn.zhaoshang.desk.policy.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.common.ui.FormGrid;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.policy.PolicyLadderTier;
import cn.zhaoshang.desk.policy.PolicyService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** Creates a policy or revises one (a revision becomes the next version; the old one stays readable). */
final class PolicyFormView {
    private final UiKit kit;
    private final PolicyFormViewModel model;
    private final VBox root = new VBox(12);
    private final FormGrid grid;

    PolicyFormView(UiKit kit, PolicyService service, Policy original, Map<String, String> industryNames,
                   Consumer<Policy> onSaved, Runnable onCancel) {
        this.kit = kit;
        this.model = new PolicyFormViewModel(original, service, kit.tasks(), kit.messages());
        this.grid = new FormGrid(kit.messages(), model.errors, "policy-form-error-", 96);
        root.setId("policy-form");
        root.setPadding(new Insets(16));
        Label title = new Label(original == null ? kit.t("policy.form.titleNew")
                : kit.t("policy.form.titleRevise", original.name(), original.versionNo() + 1));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);

        grid.add("name", "policy.field.name", text("policy-form-name", model.name));
        grid.add("issuer", "policy.field.issuer", text("policy-form-issuer", model.issuer));
        grid.add("documentNo", "policy.field.documentNo", text("policy-form-docno", model.documentNo));
        grid.add("effectiveFrom", "policy.field.effectiveFrom", date("policy-form-from", model.effectiveFrom));
        grid.add("effectiveTo", "policy.field.effectiveTo", date("policy-form-to", model.effectiveTo));
        grid.add(null, "policy.field.industries", industries(industryNames));
        grid.add("ladderTiers", "policy.field.tiers", tiers());
        grid.add("minInvestment", "policy.field.minInvestment", text("policy-form-min", model.minInvestment));
        grid.add("maxInvestment", "policy.field.maxInvestment", text("policy-form-max", model.maxInvestment));
        TextArea benefit = new TextArea();
        benefit.setId("policy-form-benefit");
        benefit.setWrapText(true);
        benefit.setPrefRowCount(5);
        benefit.textProperty().bindBidirectional(model.benefitSummary);
        grid.add("benefitSummary", "policy.field.benefit", benefit);

        Label note = new Label(kit.t(original == null ? "policy.form.noteNew" : "policy.form.noteRevise"));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button save = new Button(kit.t(original == null ? "policy.action.create" : "policy.action.saveVersion"));
        save.setId("policy-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.saving);
        save.setOnAction(e -> model.save(onSaved, kit.dialogs()::showError));
        Button cancel = new Button(kit.t("policy.action.cancel"));
        cancel.setId("policy-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, grid.node(), note, buttons);
    }

    Node root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private DatePicker date(String id, ObjectProperty<LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(PolicyText.dateConverter());
        picker.setPromptText("yyyy-mm-dd");
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    private CheckComboBox<String> industries(Map<String, String> names) {
        CheckComboBox<String> box = new CheckComboBox<>();
        box.setId("policy-form-industries");
        box.setConverter(converter(code -> code + " " + names.getOrDefault(code, "")));
        box.getItems().setAll(names.keySet());
        List.copyOf(model.industries).forEach(c -> box.getCheckModel().check(c));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                model.industries.setAll(box.getCheckModel().getCheckedItems()));
        box.setTooltip(new Tooltip(kit.t("policy.form.industriesHint")));
        return box;
    }

    private CheckComboBox<PolicyLadderTier> tiers() {
        CheckComboBox<PolicyLadderTier> box = new CheckComboBox<>();
        box.setId("policy-form-tiers");
        box.setConverter(converter(t -> kit.messages().label(t)));
        box.getItems().setAll(PolicyLadderTier.values());
        List.copyOf(model.tiers).forEach(t -> box.getCheckModel().check(t));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<PolicyLadderTier>) c ->
                model.tiers.setAll(box.getCheckModel().getCheckedItems()));
        box.setTooltip(new Tooltip(kit.t("policy.form.tiersHint")));
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }
            @Override public T fromString(String s) {
                return null;
            }
        };
    }
}
