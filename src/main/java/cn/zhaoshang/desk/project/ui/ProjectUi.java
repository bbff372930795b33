package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.project.ClockState;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

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
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(item == null ? empty : text.apply(item));
            }
        });
    }
}
