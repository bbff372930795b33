package cn.zhaoshang.desk.history.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.history.AuditEntry;
import cn.zhaoshang.desk.history.HistoryService;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The history of one record (who, when, field, old → new), for detail panes to embed:
 * {@code new RecordHistoryPane(kit, history).show("company", id)}.
 */
public final class RecordHistoryPane {
    private final UiKit kit;
    private final HistoryService history;
    private final TableView<AuditEntry> table = new TableView<>();

    public RecordHistoryPane(UiKit kit, HistoryService history) {
        this.kit = kit;
        this.history = history;
        table.setId("record-history");
        table.setPlaceholder(new Label(kit.t("history.record.empty")));
        table.getColumns().add(column(kit.t("history.column.when"), e -> Times.show(e.occurredAt()), 130));
        table.getColumns().add(column(kit.t("history.column.who"), AuditEntry::userName, 90));
        table.getColumns().add(column(kit.t("history.column.action"), e -> actionLabel(kit, e.action()), 70));
        table.getColumns().add(column(kit.t("history.column.changes"), e -> describe(e), 420));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    public TableView<AuditEntry> node() {
        return table;
    }

    /** Loads the record's history in the background. */
    public void show(String tableName, Object recordId) {
        kit.tasks().run(kit.t("history.loading"), p -> history.recordHistory(tableName, recordId),
                rows -> table.getItems().setAll(rows), kit.dialogs()::showError);
    }

    static String describe(AuditEntry e) {
        return e.changes().entrySet().stream()
                .map(c -> c.getKey() + ": " + nullToDash(c.getValue().before()) + " → " + nullToDash(c.getValue().after()))
                .collect(Collectors.joining("；"));
    }

    static String actionLabel(UiKit kit, String action) {
        return kit.messages().has("history.action." + action) ? kit.t("history.action." + action) : action;
    }

    /** A table's name for people, e.g. company → 企业. */
    static String tableLabel(UiKit kit, String table) {
        return kit.messages().has("history.table." + table) ? kit.t("history.table." + table) : table;
    }

    private static String nullToDash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }

    static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> col = new TableColumn<>(title);
        col.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    List<AuditEntry> rows() {
        return table.getItems();
    }
}
