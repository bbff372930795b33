package cn.zhaoshang.desk.history.ui;

import cn.zhaoshang.desk.common.background.BackgroundTask;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.history.AuditFilter;
import cn.zhaoshang.desk.history.HistoryLine;
import cn.zhaoshang.desk.history.HistoryService;
import cn.zhaoshang.desk.history.TrashItem;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The history screen's state and commands: the change log under a filter (user, table, days; newest first,
 * a page at a time), the export log, and the trash with restore and a confirmed purge.
 */
public final class HistoryViewModel {
    static final int PAGE = 200;
    static final int EXPORT_LINES = 1000;

    // Properties
    private final StringProperty user = new SimpleStringProperty("");
    /** An audited table's name; null or "" for all of them. */
    private final ObjectProperty<String> table = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<String> tables = FXCollections.observableArrayList();
    private final ObservableList<HistoryLine> changes = FXCollections.observableArrayList();
    private final ObservableList<HistoryLine> exports = FXCollections.observableArrayList();
    private final ObservableList<TrashItem> trash = FXCollections.observableArrayList();

    private final HistoryService history;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public HistoryViewModel(HistoryService history, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.history = history;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public StringProperty user() { return user; }
    public ObjectProperty<String> table() { return table; }
    public ObjectProperty<LocalDate> from() { return from; }
    public ObjectProperty<LocalDate> to() { return to; }
    /** The table filter's choices: "" (all tables) first, then every audited table. */
    public ObservableList<String> tables() { return tables; }
    public ObservableList<HistoryLine> changes() { return changes; }
    public ObservableList<HistoryLine> exports() { return exports; }
    public ObservableList<TrashItem> trash() { return trash; }

    // Commands

    /** The table filter's choices; without them the filter still offers all tables, so a failure stays quiet. */
    public void loadTables() {
        tasks.run(messages.get("history.loading"), p -> history.auditedTables(), names -> {
            tables.setAll("");
            tables.addAll(names);
        }, e -> { });
    }

    /** The first page under the filter, or with {@code more} the page older than the last line shown. */
    public void loadChanges(boolean more) {
        var before = more && !changes.isEmpty() ? changes.getLast().occurredAt() : null;
        AuditFilter filter = new AuditFilter(user.get(), table.get(), from.get(), to.get(), before, PAGE);
        run(messages.get("history.loading"), p -> history.lines(filter, messages), rows -> {
            if (more) {
                changes.addAll(rows);
            } else {
                changes.setAll(rows);
            }
        });
    }

    public void loadExports() {
        run(messages.get("history.loading"), p -> history.exportLines(EXPORT_LINES, messages), exports::setAll);
    }

    public void loadTrash() {
        run(messages.get("history.loading"), p -> history.trash(), trash::setAll);
    }

    public void restore(List<TrashItem> chosen) {
        List<TrashItem> items = List.copyOf(chosen);
        run(messages.get("history.trash.restore"), p -> {
            items.forEach(history::restore);
            return items.size();
        }, n -> {
            dialogs.notify(messages.get("history.trash.restored", n));
            loadTrash();
        });
    }

    /** Deletes the chosen records for good, once the user confirmed; the service says how many it could. */
    public void purge(List<TrashItem> chosen) {
        List<TrashItem> items = List.copyOf(chosen);
        if (items.isEmpty() || !dialogs.confirm(messages.get("history.trash.confirmPurge", items.size()))) {
            return;
        }
        run(messages.get("history.trash.purge"), p -> history.empty(items), n -> {
            dialogs.notify(messages.get("history.trash.purged", n, items.size() - n));
            loadTrash();
        });
    }

    private <T> void run(String title, BackgroundTask<T> job, Consumer<T> onSuccess) {
        tasks.run(title, job, onSuccess, dialogs::showError);
    }
}
