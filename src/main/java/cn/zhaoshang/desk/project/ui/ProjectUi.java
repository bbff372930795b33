package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.project.ClockState;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/** Small pieces the project screens share: the stylesheet, badges, and combo box converters. */
final class ProjectUi {
    private ProjectUi() {
    }

    static void addStylesheet(Parent root) {
        var url = ProjectUi.class.getResource("project.css");
        if (url != null) {
            root.getStylesheets().add(url.toExternalForm());
        }
    }

    /**
     * Readies a dialog for the project screens: the theme caps dialogs at 600 px and gives content
     * no left padding when there is no header, so both are set here; {@code width} 0 keeps the
     * natural width.
     */
    static void prepare(DialogPane pane, Region content, double width) {
        // Inline, because the theme's own rule for .dialog-pane wins over a value set in code here.
        // The bundled CJK font is set on the main window's root only; a dialog has its own scene.
        pane.setStyle("-fx-max-width: 4000; -fx-font-family: \"" + Fonts.FAMILY + "\";"
                + (width > 0 ? " -fx-pref-width: " + (int) width + ";" : ""));
        content.setPadding(new Insets(16, 20, 8, 20));
        pane.setContent(content);
        addStylesheet(pane);
    }

    /** A date picker that reads and shows ISO dates (2026-06-15) whatever the system's locale. */
    static DatePicker datePicker() {
        DatePicker picker = new DatePicker();
        picker.setConverter(new LocalDateStringConverter(
                DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        picker.setPromptText("yyyy-mm-dd");
        return picker;
    }

    /** A small coloured badge with the stage clock's state (正常 / 临期 / 超期). */
    static Label clockBadge(ClockState state, Messages messages) {
        Label badge = new Label(messages.label(state));
        badge.getStyleClass().addAll("badge", "clock-" + state.name());
        return badge;
    }

    static Label badge(String text, String styleClass) {
        Label badge = new Label(text);
        badge.getStyleClass().addAll("badge", styleClass);
        return badge;
    }

    /** Shows items by a text function, with {@code empty} for null (the "any" choice of a filter). */
    static <T> void show(ComboBox<T> box, Function<T, String> text, String empty) {
        box.setConverter(new StringConverter<>() {
            @Override public String toString(T item) {
                return item == null ? empty : text.apply(item);
            }
            @Override public T fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(item == null ? empty : text.apply(item));
            }
        });
    }
}
