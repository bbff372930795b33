package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.FieldForms;
import cn.zhaoshang.desk.common.ui.SavingDialog;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small builders the company screens share: labelled fields with their error line, pickers, dates. */
final class FormKit {
    private FormKit() {
    }

    /** A label above the control and, below it, the field's validation message (hidden when none). */
    static VBox field(String label, Node control, ObservableMap<String, String> errors, String key) {
        VBox box = new VBox(3);
        if (!label.isEmpty()) {
            Label caption = new Label(label);
            caption.getStyleClass().add("company-field-label");
            caption.setLabelFor(control);
            box.getChildren().add(caption);
        }
        box.getChildren().add(control);
        if (errors != null) {
            box.getChildren().add(errorLine(errors, key, (control.getId() == null ? key : control.getId()) + "-error"));
        }
        if (control instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        return box;
    }

    /** The validation message of one field, in the danger colour; takes no room when there is none. */
    static Label errorLine(ObservableMap<String, String> errors, String key, String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> Objects.requireNonNullElse(errors.get(key), ""), errors));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    /** A grid of equal columns that the fields fill left to right. */
    static GridPane grid(int columns, Node... fields) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / columns);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        int i = 0;
        for (Node field : fields) {
            int span = field.getProperties().get("span") instanceof Integer s ? s : 1;
            if (i % columns + span > columns) {
                i += columns - i % columns;
            }
            grid.add(field, i % columns, i / columns, span, 1);
            i += span;
        }
        return grid;
    }

    static <T extends Node> T wide(T node) {
        node.getProperties().put("span", 2);
        return node;
    }

    /** A combo box of enum constants with their localised labels, optionally with an empty first entry. */
    static <E extends Enum<E>> ComboBox<E> enumCombo(String id, Messages m, E[] values, boolean allowNone) {
        return enumCombo(id, m, values, allowNone, "company.choice.none");
    }

    static <E extends Enum<E>> ComboBox<E> enumCombo(String id, Messages m, E[] values, boolean allowNone, String noneKey) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        if (allowNone) {
            box.getItems().add(null);
        }
        box.getItems().addAll(values);
        StringConverter<E> converter = new StringConverter<>() {
            @Override public String toString(E e) {
                return e == null ? m.get(noneKey) : m.label(e);
            }
            @Override public E fromString(String s) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(cell(converter));
        box.setCellFactory(l -> cell(converter));
        return box;
    }

    private static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        };
    }

    /** A combo of named choices kept in step with a key property (null = none). */
    static ComboBox<Choice> choiceCombo(String id, Messages m, ObjectProperty<UUID> key) {
        return choiceCombo(id, m, key, "company.choice.none");
    }

    /** As above; {@code noneKey} names the empty entry ("none" in forms, "any" in filters). */
    static ComboBox<Choice> choiceCombo(String id, Messages m, ObjectProperty<UUID> key, String noneKey) {
        ComboBox<Choice> box = new ComboBox<>();
        box.setId(id);
        StringConverter<Choice> converter = new StringConverter<>() {
            @Override public String toString(Choice c) {
                return c == null ? m.get(noneKey) : c.toString();
            }
            @Override public Choice fromString(String s) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(cell(converter));
        box.setCellFactory(l -> cell(converter));
        boolean[] updating = {false};
        box.valueProperty().addListener((obs, old, now) -> {
            if (!updating[0]) {
                updating[0] = true;
                key.set(now == null ? null : now.id());
                updating[0] = false;
            }
        });
        Runnable fromKey = () -> {
            if (!updating[0]) {
                updating[0] = true;
                box.setValue(box.getItems().stream().filter(c -> c != null && c.id().equals(key.get())).findFirst().orElse(null));
                updating[0] = false;
            }
        };
        key.addListener(o -> fromKey.run());
        box.getItems().addListener((ListChangeListener<Choice>) c -> fromKey.run());
        return box;
    }

    static void setChoices(ComboBox<Choice> box, List<Choice> choices) {
        ArrayList<Choice> items = new ArrayList<>();
        items.add(null);
        items.addAll(choices);
        box.getItems().setAll(items);
    }

    /** A date picker that reads and writes 2026-06-15 and treats what it cannot read as empty. */
    static DatePicker datePicker(String id) {
        return FieldForms.date(id, null);
    }

    /**
     * Shows a form dialog whose OK button saves through {@code save} and closes only once the save
     * succeeded; a refused save shows its message and keeps what was typed.
     */
    static <T> void showSaving(UiKit kit, Dialog<ButtonType> dialog, Node content, String saveId,
                               BiConsumer<Consumer<T>, Consumer<Throwable>> save, Consumer<T> onSaved) {
        SavingDialog.show(kit, dialog, content, saveId, save, onSaved);
    }
}
