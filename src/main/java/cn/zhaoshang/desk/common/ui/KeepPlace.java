package cn.zhaoshang.desk.common.ui;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Replaces a list's rows without moving the user: the selected row (found again by its key, since
 * the new row is a new object) stays selected and the first visible row stays at the top. View
 * models hand their row replacement to this as a {@code Consumer<Runnable>} so they need no controls.
 */
public final class KeepPlace {
    private KeepPlace() {
    }

    public static <T> Consumer<Runnable> of(TableView<T> table, Function<T, ?> key) {
        return replace -> keep(table, table.getItems(), table.getSelectionModel(), key, replace);
    }

    public static <T> Consumer<Runnable> of(ListView<T> list, Function<T, ?> key) {
        return replace -> keep(list, list.getItems(), list.getSelectionModel(), key, replace);
    }

    private static <T> void keep(Control control, ObservableList<T> items, MultipleSelectionModel<T> selection,
                                 Function<T, ?> key, Runnable replace) {
        T selected = selection.getSelectedItem();
        Object selectedKey = selected == null ? null : key.apply(selected);
        int top = firstVisible(control);
        replace.run();
        if (selectedKey != null) {
            for (int i = 0; i < items.size(); i++) {
                if (Objects.equals(selectedKey, key.apply(items.get(i)))) {
                    if (selection.getSelectedIndex() != i) {
                        selection.clearAndSelect(i);
                    }
                    break;
                }
            }
        }
        if (top > 0 && top < items.size() && control.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollToTop(top);
        }
    }

    private static int firstVisible(Control control) {
        if (control.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            return first == null ? -1 : first.getIndex();
        }
        return -1;
    }
}
