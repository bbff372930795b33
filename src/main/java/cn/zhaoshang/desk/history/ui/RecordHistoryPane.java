package cn.zhaoshang.desk.history.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.history.HistoryLine;
import cn.zhaoshang.desk.history.HistoryService;
import java.util.List;
import java.util.function.Function;
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
    private final TableView<HistoryLine> table = new TableView<>();

    public RecordHistoryPane(UiKit kit, HistoryService history) {
        this.kit = kit;
        this.history = history;
        table.setId("record-history");
        table.setPlaceholder(new Label(kit.t("history.record.empty")));
        addColumns(kit, table, false);
    }

    /** When, who, what was done (and to which record), and the details as people read them. */
    static void addColumns(UiKit kit, TableView<HistoryLine> table, boolean withRecord) {
        table.getColumns().add(column(kit.t("history.column.when"), e -> Times.show(e.occurredAt()), 130));
        table.getColumns().add(column(kit.t("history.column.who"), HistoryLine::who, 90));
        table.getColumns().add(column(kit.t("history.column.action"), HistoryLine::action, 70));
        if (withRecord) {
            table.getColumns().add(column(kit.t("history.column.record"), HistoryLine::record, 240));
        }
        table.getColumns().add(column(kit.t("history.column.changes"), HistoryLine::details, 420));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    public TableView<HistoryLine> node() {
        return table;
    }

    /** Loads the record's history in the background. */
    public void show(String tableName, Object recordId) {
        kit.tasks().run(kit.t("history.loading"), p -> history.recordLines(tableName, recordId, kit.messages()),
                rows -> table.getItems().setAll(rows), kit.dialogs()::showError);
    }

    /** A table's name for people, e.g. company → 企业. */
    static String tableLabel(UiKit kit, String table) {
        return HistoryService.tableLabel(table, kit.messages());
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> col = new TableColumn<>(title);
        col.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    List<HistoryLine> rows() {
        return table.getItems();
    }
}
