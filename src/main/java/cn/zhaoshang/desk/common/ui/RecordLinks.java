package cn.zhaoshang.desk.common.ui;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;

/**
 * Every reference to a record opens it: a company's projects, a project's company, a task's company and
 * project. A screen shows a {@link #link link}; the main window ({@code DeskShell}) switches to the area that
 * owns the record and asks its view, which said with {@link #answer} that it opens records of that kind.
 * Screens of one feature thus open another's records without knowing its classes.
 */
public final class RecordLinks {
    /** The kinds of records a link can open, each owned by one area of the main window. */
    public enum Kind {
        COMPANY("company"), PROJECT("project"), TASK("task"), CARRIER("carrier"), POLICY("policy"), CHAIN_NODE("chain");

        private final String area;

        Kind(String area) {
            this.area = area;
        }

        /** The id of the main window's area that shows records of this kind. */
        public String area() {
            return area;
        }

        String key() {
            return "zhaoshang.recordOpener." + name();
        }
    }

    private BiConsumer<Kind, UUID> opener = (kind, id) -> { };

    /** Set by the main window: shows the kind's area, then {@link #openIn} its view. */
    public void setOpener(BiConsumer<Kind, UUID> opener) {
        this.opener = opener;
    }

    public void open(Kind kind, UUID id) {
        if (id != null) {
            opener.accept(kind, id);
        }
    }

    /** A link that opens the record; plain text (no link) when there is no record to open. */
    public Node link(String text, Kind kind, UUID id) {
        if (id == null) {
            return new Label(text == null || text.isBlank() ? "—" : text);
        }
        Hyperlink link = new Hyperlink(text);
        link.getStyleClass().add("record-link");
        link.setOnAction(e -> open(kind, id));
        link.setMinWidth(0);
        return link;
    }

    /** A view declares that it opens records of this kind (its area's root node carries the handler). */
    public static void answer(Node viewRoot, Kind kind, Consumer<UUID> open) {
        viewRoot.getProperties().put(kind.key(), open);
    }

    /** Asks an area's view to open a record; false if the view does not open that kind. */
    @SuppressWarnings("unchecked")
    public static boolean openIn(Node viewRoot, Kind kind, UUID id) {
        if (viewRoot != null && viewRoot.getProperties().get(kind.key()) instanceof Consumer<?> handler) {
            ((Consumer<UUID>) handler).accept(id);
            return true;
        }
        return false;
    }
}
