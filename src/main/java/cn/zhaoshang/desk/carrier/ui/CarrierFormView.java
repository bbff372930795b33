package cn.zhaoshang.desk.carrier.ui;

import atlantafx.base.theme.Styles;
import cn.zhaoshang.desk.carrier.Carrier;
import cn.zhaoshang.desk.carrier.CarrierKind;
import cn.zhaoshang.desk.carrier.CarrierService;
import cn.zhaoshang.desk.carrier.CarrierSummary;
import cn.zhaoshang.desk.common.ui.FormGrid;
import cn.zhaoshang.desk.common.ui.UiKit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** Creates or edits a carrier; each field has its message below it. Enter saves, Esc cancels. */
final class CarrierFormView {
    /** A choice of the parent box: a carrier (indented by depth) or none. */
    private record ParentOption(UUID id, String label) { }

    private final UiKit kit;
    private final CarrierFormViewModel model;
    private final VBox root = new VBox(12);
    private final FormGrid grid;

    CarrierFormView(UiKit kit, CarrierService service, Carrier carrier, Consumer<Carrier> onSaved, Runnable onCancel) {
        this.kit = kit;
        this.model = new CarrierFormViewModel(carrier, service, kit.tasks(), kit.messages());
        this.grid = new FormGrid(kit.messages(), model.errors, "carrier-form-error-", 96);
        root.setId("carrier-form");
        root.setPadding(new Insets(16));
        Label title = new Label(kit.t(model.isNew() ? "carrier.form.titleNew" : "carrier.form.titleEdit",
                carrier.name()));
        title.getStyleClass().add(Styles.TITLE_3);

        grid.add("name", "carrier.field.name", text("carrier-form-name", model.name, "carrier.form.namePrompt"));
        ComboBox<CarrierKind> kind = new ComboBox<>();
        kind.setId("carrier-form-kind");
        kind.getItems().setAll(CarrierKind.values());
        kind.setConverter(labelConverter());
        kind.valueProperty().bindBidirectional(model.kind);
        grid.add("kind", "carrier.field.kind", kind);
        ComboBox<ParentOption> parent = parentBox(service, carrier.id());
        grid.add("parent", "carrier.field.parent", parent);
        grid.add("address", "carrier.field.address", text("carrier-form-address", model.address, null));
        grid.add(null, "carrier.field.focusIndustries", industries(service));
        grid.add("totalArea", "carrier.field.totalArea", text("carrier-form-total", model.totalArea, "carrier.form.areaPrompt"));
        grid.add("vacantArea", "carrier.field.vacantArea",
                text("carrier-form-vacant", model.vacantArea, "carrier.form.areaPrompt"));
        grid.add("operator", "carrier.field.operator", text("carrier-form-operator", model.operator, null));
        grid.add("contactName", "carrier.field.contactName", text("carrier-form-contact", model.contactName, null));
        grid.add("contactPhone", "carrier.field.contactPhone", text("carrier-form-phone", model.contactPhone, null));

        Label areasNote = new Label(kit.t("carrier.form.areasNote"));
        areasNote.setWrapText(true);
        areasNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        Button save = new Button(kit.t("carrier.action.save"));
        save.setId("carrier-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.saving);
        save.setOnAction(e -> model.save(onSaved, kit.dialogs()::showError));
        Button cancel = new Button(kit.t("carrier.action.cancel"));
        cancel.setId("carrier-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, grid.node(), areasNote, buttons);
    }

    Node root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    CarrierFormViewModel model() {
        return model;
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

    private ComboBox<ParentOption> parentBox(CarrierService service, UUID self) {
        ComboBox<ParentOption> box = new ComboBox<>();
        box.setId("carrier-form-parent");
        ParentOption none = new ParentOption(null, kit.t("carrier.form.noParent"));
        box.getItems().add(none);
        box.setValue(none);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(ParentOption o) {
                return o == null ? "" : o.label();
            }
            @Override public ParentOption fromString(String s) {
                return null;
            }
        });
        kit.tasks().run(kit.t("carrier.task.load"), p -> service.possibleParents(self), parents -> {
            for (CarrierSummary s : parents) {
                box.getItems().add(new ParentOption(s.carrier().id(), "　".repeat(s.depth()) + s.carrier().name()));
            }
            box.getItems().stream().filter(o -> Objects.equals(o.id(), model.parent.get())).findFirst().ifPresent(box::setValue);
            box.valueProperty().addListener((o, a, b) -> model.parent.set(b == null ? null : b.id()));
        }, kit.dialogs()::showError);
        return box;
    }

    private CheckComboBox<String> industries(CarrierService service) {
        CheckComboBox<String> box = new CheckComboBox<>();
        box.setId("carrier-form-industries");
        box.setTooltip(new Tooltip(kit.t("carrier.form.industriesPrompt")));
        kit.tasks().run(kit.t("carrier.task.load"), p -> service.industryChoices(), (Map<String, String> choices) -> {
            box.setConverter(new StringConverter<>() {
                @Override public String toString(String code) {
                    return code == null ? "" : code + " " + choices.getOrDefault(code, "");
                }
                @Override public String fromString(String s) {
                    return s;
                }
            });
            box.getItems().setAll(choices.keySet());
            List<String> chosen = List.copyOf(model.focusIndustries);
            chosen.forEach(code -> box.getCheckModel().check(code));
            box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                    model.focusIndustries.setAll(box.getCheckModel().getCheckedItems()));
        }, kit.dialogs()::showError);
        return box;
    }

    private StringConverter<CarrierKind> labelConverter() {
        return new StringConverter<>() {
            @Override public String toString(CarrierKind k) {
                return kit.messages().label(k);
            }
            @Override public CarrierKind fromString(String s) {
                return null;
            }
        };
    }
}
