package cn.zhaoshang.desk.common.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Tells screens that rows they show have changed — by this computer (an import, another window, a
 * background job) or by another client of the team server — so they read them again in the
 * background. The app connects {@link #changed(String)} to the change stream; a screen calls
 * {@link #watch} once with its root and a reload.
 *
 * <p>A screen is only reloaded while it is in the window: the shell keeps screens it left (and drops
 * all of them when the language changes), so a detached screen is not reloaded, and not held here
 * either; it is reloaded once when it comes back if its tables changed meanwhile. Changes of several
 * tables reported together cause one reload, and a screen is reloaded at most once a second (an
 * import commits a chunk every fraction of a second). The reload itself must keep what the user is doing
 * (selection, scroll position, unsaved edits): see {@link KeepPlace}.
 */
public final class LiveRefresh {
    /** The shortest time between two reloads of one screen. */
    static final Duration MIN_INTERVAL = Duration.seconds(1);

    private final Map<String, Long> changes = new HashMap<>();
    private final List<Watch> attached = new ArrayList<>();

    private static final class Watch {
        final Set<String> tables;
        final Runnable reload;
        long seen;
        boolean pending;
        long lastReloadMillis = Long.MIN_VALUE / 2;

        Watch(Set<String> tables, Runnable reload) {
            this.tables = tables;
            this.reload = reload;
        }
    }

    /** Called from any thread with the name of a table that others changed. */
    public void changed(String table) {
        if (Platform.isFxApplicationThread()) {
            deliver(table);
        } else {
            Platform.runLater(() -> deliver(table));
        }
    }

    /** Reloads {@code view} (through {@code reload}, on the FX thread) when any of the tables changes. */
    public void watch(Node view, Runnable reload, String... tables) {
        Watch watch = new Watch(Set.of(tables), reload);
        watch.seen = stamp(watch.tables);
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                attached.remove(watch);
            } else if (old == null) {
                attached.add(watch);
                if (stamp(watch.tables) != watch.seen) {
                    schedule(watch);
                }
            }
        });
        if (view.getScene() != null) {
            attached.add(watch);
        }
    }

    private void deliver(String table) {
        changes.merge(table, 1L, Long::sum);
        for (Watch watch : List.copyOf(attached)) {
            if (watch.tables.contains(table)) {
                schedule(watch);
            }
        }
    }

    /**
     * Later in this pulse, so that the other tables of the same batch join the same reload; or, when
     * the screen was reloaded less than {@link #MIN_INTERVAL} ago, once that time is up.
     */
    private void schedule(Watch watch) {
        if (watch.pending) {
            return;
        }
        watch.pending = true;
        Runnable reload = () -> {
            watch.pending = false;
            if (attached.contains(watch)) {
                watch.seen = stamp(watch.tables);
                watch.lastReloadMillis = System.currentTimeMillis();
                watch.reload.run();
            }
        };
        double wait = watch.lastReloadMillis + MIN_INTERVAL.toMillis() - System.currentTimeMillis();
        if (wait <= 0) {
            Platform.runLater(reload);
        } else {
            PauseTransition pause = new PauseTransition(Duration.millis(wait));
            pause.setOnFinished(e -> reload.run());
            pause.play();
        }
    }

    private long stamp(Set<String> tables) {
        long sum = 0;
        for (String table : tables) {
            sum += changes.getOrDefault(table, 0L);
        }
        return sum;
    }
}
