package cn.zhaoshang.desk.sync.ui;

import cn.zhaoshang.desk.common.background.CancelledException;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.sync.ServerConnector;
import cn.zhaoshang.desk.sync.SyncResult;
import cn.zhaoshang.desk.sync.SyncService;
import cn.zhaoshang.desk.sync.SyncState;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A laptop's sync as the status bar shows it: "已同步 10:42", "12 条修改待上传", "离线", "冲突 2 个", and
 * the sync itself (on start, every few minutes, on demand) in the background.
 */
public final class SyncStatusViewModel {
    /** What the line says. */
    public enum State { SYNCED, WAITING, OFFLINE, CONFLICTS, SYNCING, FAILED }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final SyncService sync;
    private final ServerConnector server;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;
    private final Consumer<String> notice;
    // Properties
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.WAITING);
    private final StringProperty text = new SimpleStringProperty("");
    private final IntegerProperty conflicts = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private boolean offline;

    /** @param notice where a finished sync says what it did (the status bar's passing notice) */
    public SyncStatusViewModel(SyncService sync, ServerConnector server, TaskRunner tasks, Messages messages, Clock clock,
                               Consumer<String> notice) {
        this.sync = sync;
        this.server = server;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = clock.getZone().equals(ZoneOffset.UTC) ? OfficeZone.ZONE : clock.getZone();
        this.notice = notice;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty textProperty() {
        return text;
    }

    public IntegerProperty conflictsProperty() {
        return conflicts;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    // Commands

    /** Reads where the laptop stands (no server needed). */
    public void refresh() {
        tasks.run(messages.get("sync.status.reading"), p -> sync.state().orElse(null), this::show, error -> { });
    }

    /** Pushes and pulls now, unless a sync is under way. */
    public void syncNow() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        state.set(State.SYNCING);
        text.set(messages.get("sync.status.syncing"));
        tasks.run(messages.get("sync.status.syncing"), p -> sync.sync(server, p), (SyncResult result) -> {
            busy.set(false);
            offline = false;
            if (result.pushed() + result.pulled() + result.conflicts() > 0) {
                notice.accept(messages.get("sync.status.done", result.pushed(), result.pulled(), result.conflicts()));
            }
            refresh();
        }, error -> {
            busy.set(false);
            offline = !(error instanceof CancelledException) && unreachable(error);
            if (!offline && !(error instanceof CancelledException)) {
                notice.accept(messages.describe(error));
            }
            refresh();
        });
    }

    private static boolean unreachable(Throwable error) {
        return error instanceof DeskException d && (d.key().equals("db.error.unreachable") || d.key().equals("db.error.open"));
    }

    void show(SyncState s) {
        if (s == null) {
            return;
        }
        conflicts.set(s.conflicts());
        String last = s.lastSyncAt() == null ? messages.get("sync.status.never")
                : TIME.format(s.lastSyncAt().atZoneSameInstant(zone));
        if (s.conflicts() > 0) {
            state.set(State.CONFLICTS);
            text.set(messages.get("sync.status.conflicts", s.conflicts()));
        } else if (offline) {
            state.set(State.OFFLINE);
            text.set(messages.get("sync.status.offline", last, s.waiting()));
        } else if (s.waiting() > 0) {
            state.set(State.WAITING);
            text.set(messages.get("sync.status.waiting", s.waiting(), last));
        } else {
            state.set(State.SYNCED);
            text.set(messages.get("sync.status.synced", last));
        }
    }
}
