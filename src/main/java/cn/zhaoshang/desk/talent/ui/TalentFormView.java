package cn.zhaoshang.desk.talent.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.ui.FormGrid;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.talent.CompanyRef;
import cn.zhaoshang.desk.talent.Talent;
import cn.zhaoshang.desk.talent.TalentLevel;
import cn.zhaoshang.desk.talent.TalentService;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;

/** Adds or edits a person of the inventory; Enter saves, Esc cancels. */
final class TalentFormView {
    private final UiKit kit;
    private final TalentFormViewModel model;
    private final VBox root = new VBox(12);
    private final FormGrid grid;

    TalentFormView(UiKit kit, TalentService service, Talent talent, List<Choice> units, Consumer<Talent> onSaved,
                   Runnable onCancel) {
        this.kit = kit;
        this.model = new TalentFormViewModel(talent, units, service, kit.tasks(), kit.messages());
        this.grid = new FormGrid(kit.messages(), model.errors, "talent-form-error-", Region.USE_PREF_SIZE);
        root.setId("talent-form");
        root.setPadding(new Insets(16));
        Label title = new Label(model.isNew() ? kit.t("talent.form.titleNew") : kit.t("talent.form.titleEdit", talent.name()));
        title.getStyleClass().add(Styles.TITLE_3);

        grid.add("name", "talent.column.name", text("talent-form-name", model.name, null));
        grid.add(null, "talent.column.company", companyPicker());
        ComboBox<Choice> unit = combo("talent-form-unit", units, u -> u == null ? "" : u.name());
        unit.valueProperty().bindBidirectional(model.unit);
        grid.add("unit", "talent.column.unit", unit);
        grid.add("field", "talent.column.field", text("talent-form-field", model.field, "talent.form.fieldPrompt"));
        List<TalentLevel> levels = new ArrayList<>();
        levels.add(null);
        levels.addAll(List.of(TalentLevel.values()));
        ComboBox<TalentLevel> level = combo("talent-form-level", levels,
                l -> l == null ? kit.t("talent.form.noLevel") : kit.messages().label(l));
        level.valueProperty().bindBidirectional(model.level);
        grid.add(null, "talent.column.level", level);
        grid.add("title", "talent.column.title", text("talent-form-title", model.title, null));
        grid.add("honours", "talent.column.honours", text("talent-form-honours", model.honours, "talent.form.honoursPrompt"));
        DatePicker arrived = new DatePicker();
        arrived.setId("talent-form-arrived");
        arrived.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        arrived.setPromptText("yyyy-mm-dd");
        arrived.valueProperty().bindBidirectional(model.arrivedOn);
        grid.add("arrivedOn", "talent.column.arrivedOn", arrived);
        grid.add("mobile", "talent.column.mobile", text("talent-form-mobile", model.mobile, null));
        grid.add("email", "talent.column.email", text("talent-form-email", model.email, null));

        Label privacy = new Label(kit.t("talent.form.privacy"));
        privacy.setWrapText(true);
        privacy.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button save = new Button(kit.t("talent.action.save"));
        save.setId("talent-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.saving);
        save.setOnAction(e -> model.save(onSaved, kit.dialogs()::showError));
        Button cancel = new Button(kit.t("talent.action.cancel"));
        cancel.setId("talent-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, grid.node(), privacy, buttons);
    }

    Node root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node companyPicker() {
        Label chosen = new Label();
        chosen.setId("talent-form-company-chosen");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.company.get() == null
                ? kit.t("talent.form.noCompany") : model.company.get().name(), model.company));
        Button clear = new Button(kit.t("talent.form.clearCompany"));
        clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        clear.visibleProperty().bind(model.company.isNotNull());
        clear.setOnAction(e -> model.company.set(null));
        TextField search = text("talent-form-company", model.companySearch, "talent.form.companyPrompt");
        ListView<CompanyRef> results = new ListView<>(model.companyResults);
        results.setId("talent-form-company-results");
        results.setPrefHeight(5 * 26 + 4);
        results.managedProperty().bind(Bindings.isNotEmpty(model.companyResults));
        results.visibleProperty().bind(results.managedProperty());
        results.setCellFactory(l -> cell(CompanyRef::name));
        results.setOnMouseClicked(e -> {
            if (results.getSelectionModel().getSelectedItem() != null) {
                model.chooseCompany(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                model.chooseCompany(results.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        HBox current = new HBox(8, chosen, clear);
        current.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, current, search, results);
    }

    private TextField text(String id, StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        if (promptKey != null) {
            field.setPromptText(kit.t(promptKey));
        }
        return field;
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setCellFactory(l -> cell(text));
        box.setButtonCell(cell(text));
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }
}
