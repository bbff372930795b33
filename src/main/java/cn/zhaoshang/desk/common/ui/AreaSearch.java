package cn.zhaoshang.desk.common.ui;

import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * The main window's search box hands a query to the area on show when that area's view said it takes one,
 * so a feature's view answers the global search without knowing the main window's classes.
 */
public final class AreaSearch {
    private static final String HANDLER = "zhaoshang.searchHandler";

    private AreaSearch() {
    }

    /** Said by a view: queries typed into the main window's search box while it shows go to {@code handler}. */
    public static void answer(Node view, Consumer<String> handler) {
        view.getProperties().put(HANDLER, handler);
    }

    /** Hands the query to the view if it answers searches; nothing happens otherwise. */
    public static void handTo(Node view, String query) {
        if (view != null && view.getProperties().get(HANDLER) instanceof Consumer<?> handler) {
            @SuppressWarnings("unchecked")
            Consumer<String> typed = (Consumer<String>) handler;
            typed.accept(query);
        }
    }
}
