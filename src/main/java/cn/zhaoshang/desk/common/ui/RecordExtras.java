package cn.zhaoshang.desk.common.ui;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * What other features add to a record's screen without the screen knowing them (the composition root
 * wires them): tabs beside the screen's own (a company's requests, its files) and actions on the visits
 * it lists (记录诉求 on a visit). The screen stays free of those features' packages.
 */
public record RecordExtras(List<Tab> tabs, List<Action> visitActions) {
    public static final RecordExtras NONE = new RecordExtras(List.of(), List.of());
    /**
     * A tab's content may put a {@code Runnable} under this key of its node's properties: the screen runs
     * it each time the tab is chosen (what it shows may have changed while it was hidden).
     */
    public static final String ON_SHOWN = "zhaoshang.recordExtras.onShown";

    /** Runs the content's {@link #ON_SHOWN} hook, if it has one. */
    public static void shown(Node content) {
        if (content != null && content.getProperties().get(ON_SHOWN) instanceof Runnable hook) {
            hook.run();
        }
    }

    public RecordExtras {
        tabs = List.copyOf(tabs);
        visitActions = List.copyOf(visitActions);
    }

    /** A tab: its node id, title key, and its content for the record shown (the value follows the selection; null: none). */
    public record Tab(String id, String titleKey, Function<ObservableValue<UUID>, Node> content) { }

    /** An action on one record listed inside the screen, e.g. a visit of the company. */
    public record Action(String id, String labelKey, Handler handler) { }

    /** Runs an action: the window to own its dialog, the company, the record, and what to call once something changed. */
    public interface Handler {
        void run(Window owner, UUID companyId, UUID recordId, Runnable changed);
    }
}
