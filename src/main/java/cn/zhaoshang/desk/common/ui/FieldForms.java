package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Small builders for the forms of the field-work screens: labelled grids, dates, enum and choice boxes. */
public final class FieldForms {
    private FieldForms() {
    }

    /** A two-column grid of label/control pairs; a control given as {@link #wide} spans the row. */
    public static GridPane grid(Object... labelsAndControls) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(4));
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints control = new ColumnConstraints();
        control.setHgrow(Priority.ALWAYS);
        control.setFillWidth(true);
        grid.getColumnConstraints().addAll(label, control);
        for (int i = 0, row = 0; i + 1 < labelsAndControls.length; i += 2, row++) {
            Label caption = new Label((String) labelsAndControls[i]);
            caption.getStyleClass().add("text-muted");
            Node node = (Node) labelsAndControls[i + 1];
            grid.add(caption, 0, row);
            grid.add(node, 1, row);
            GridPane.setFillWidth(node, true);
        }
        return grid;
    }

    public static TextField text(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    public static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    /** A date picker that takes what is typed (yyyy-mm-dd, full-width digits too) when focus leaves it. */
    public static DatePicker date(String id, LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setId(id);
        picker.setPromptText("yyyy-mm-dd");
        picker.setConverter(new StringConverter<>() {
            @Override public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }
            @Override public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(TextNormalizer.foldWidth(s.strip()).replace('/', '-'));
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
            }
        });
        return picker;
    }

    /** A box of an enum's values with their labels; {@code allowNone} adds an empty first choice. */
    public static <E extends Enum<E>> ComboBox<E> enumBox(String id, Messages m, E[] values, boolean allowNone, String noneText) {
        return choiceBox(id, allowNone ? withNone(values) : List.of(values), e -> e == null ? noneText : m.label(e));
    }

    /** A box of anything, shown by {@code label} (null = "none"); an observable list stays live (loaded later). */
    public static <T> ComboBox<T> choiceBox(String id, List<T> items, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        if (items instanceof ObservableList<T> live) {
            box.setItems(live);
        } else {
            box.getItems().setAll(items);
        }
        box.setMaxWidth(Double.MAX_VALUE);
        StringConverter<T> converter = new StringConverter<>() {
            @Override public String toString(T t) {
                return label.apply(t);
            }
            @Override public T fromString(String s) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
    }

    private static <E> List<E> withNone(E[] values) {
        List<E> all = new ArrayList<>();
        all.add(null);
        all.addAll(List.of(values));
        return all;
    }
}
