package cn.zhaoshang.desk.sync.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.history.HistoryService;
import cn.zhaoshang.desk.sync.Conflict;
import cn.zhaoshang.desk.sync.ConflictKind;
import cn.zhaoshang.desk.sync.SyncService;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conflict queue (冲突): each disagreement the merge left, both values side by side with who changed
 * what when, and the two answers — keep the server's value, or send this laptop's with the next sync.
 */
public final class ConflictsViewModel {
    /** One conflict as the table shows it. */
    public record Row(Conflict conflict, String record, String field, String mine, String theirs, String myside,
                      String theirside) { }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final SyncService sync;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    // Properties
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();

    public ConflictsViewModel(SyncService sync, TaskRunner tasks, Messages messages, Consumer<Throwable> onError) {
        this.sync = sync;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    // Commands

    public void reload() {
        tasks.run(messages.get("sync.conflicts.loading"), p -> sync.conflicts(true).stream().map(this::row).toList(),
                (List<Row> loaded) -> rows.setAll(loaded), onError);
    }

    /** Settles the selected conflict with this laptop's value ({@code mine}) or the server's. */
    public void take(SyncService.Take take) {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        tasks.run(messages.get("sync.conflicts.saving"), p -> {
            sync.resolve(row.conflict().id(), take);
            return Boolean.TRUE;
        }, ok -> reload(), onError);
    }

    Row row(Conflict c) {
        String table = HistoryService.tableLabel(c.table(), messages);
        String field = c.kind() == ConflictKind.DELETE_EDIT || c.kind() == ConflictKind.EDIT_DELETE
                ? messages.label(c.kind()) : HistoryService.fieldLabel(c.table(), c.field(), messages);
        return new Row(c, table + " " + (c.recordLabel() == null ? "" : c.recordLabel()), field,
                value(c, c.mine(), true), value(c, c.theirs(), false), who(c.myUser(), c.myAt()),
                who(c.theirUser(), c.theirAt()));
    }

    private String value(Conflict c, String raw, boolean mine) {
        return switch (c.kind()) {
            case DELETE_EDIT -> messages.get(mine ? "sync.conflicts.deleted" : "sync.conflicts.edited");
            case EDIT_DELETE -> messages.get(mine ? "sync.conflicts.edited" : "sync.conflicts.deleted");
            case UNIQUE -> mine ? HistoryService.codeText(c.field(), raw, messages)
                    : messages.get("sync.conflicts.takenBy", raw);
            default -> HistoryService.codeText(c.field(), raw, messages);
        };
    }

    private String who(String user, OffsetDateTime at) {
        String name = user == null ? messages.get("sync.conflicts.someone") : user;
        return at == null ? name : name + " · " + WHEN.format(at.atZoneSameInstant(OfficeZone.ZONE));
    }
}
