package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.project.StageHistoryEntry;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The stage history of a project: when, from where to where, why, what was recorded, by whom. */
final class StageHistoryTable {
    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StageHistoryTable() {
    }

    static TableView<StageHistoryEntry> create(ObservableList<StageHistoryEntry> rows, Messages m) {
        TableView<StageHistoryEntry> table = new TableView<>(rows);
        table.setId("detail-history");
        table.setPlaceholder(new Label(m.get("project.history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("project.history.date"), 90, e -> String.valueOf(e.changedOn())));
        table.getColumns().add(column(m.get("project.history.from"), 60, e -> e.from() == null ? "—" : m.label(e.from())));
        table.getColumns().add(column(m.get("project.history.to"), 60, e -> m.label(e.to())));
        table.getColumns().add(column(m.get("project.history.reason"), 160, e -> e.reason() == null ? "" : e.reason()));
        table.getColumns().add(column(m.get("project.history.details"), 220, e -> details(e, m)));
        table.getColumns().add(column(m.get("project.history.by"), 70, StageHistoryEntry::changedBy));
        table.getColumns().add(column(m.get("project.history.recorded"), 120,
                e -> e.recordedAt() == null ? "" : e.recordedAt().atZoneSameInstant(OfficeZone.ZONE).format(RECORDED)));
        return table;
    }

    /** "签约日期 2026-06-10、合同金额 5000" and "清除 注册日期 2026-03-01". */
    static String details(StageHistoryEntry entry, Messages m) {
        return entry.details().stream().map(d -> d.cleared()
                        ? m.get("project.history.cleared", m.label(d.field()), d.value())
                        : m.label(d.field()) + " " + d.value())
                .collect(Collectors.joining(m.get("project.list.separator")));
    }

    private static TableColumn<StageHistoryEntry, String> column(String title, double width,
                                                                 Function<StageHistoryEntry, String> value) {
        TableColumn<StageHistoryEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}
