package cn.zhaoshang.desk.dashboard.ui;

import static cn.zhaoshang.desk.dashboard.ui.DrillDialog.column;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.dashboard.Indicator;
import cn.zhaoshang.desk.dashboard.OverdueItem;
import cn.zhaoshang.desk.dashboard.RankingRow;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/** Rankings (红黑榜: the top three red, the bottom three black) and the overdue supervision items. */
final class DashboardTables {
    private DashboardTables() {
    }

    static TableView<RankingRow> ranking(Messages m, String id, List<RankingRow> rows, Consumer<RankingRow> open) {
        TableView<RankingRow> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(m.get("dashboard.ranking.empty")));
        int size = rows.size();
        table.getColumns().add(column(m.get("dashboard.ranking.rank"), r -> String.valueOf(r.rank()), 44));
        table.getColumns().add(column(m.get("dashboard.ranking.board"), r -> switch (board(r.rank(), size)) {
            case 1 -> m.get("dashboard.ranking.red");
            case -1 -> m.get("dashboard.ranking.black");
            default -> "";
        }, 50));
        table.getColumns().add(column(m.get("dashboard.ranking.name"), RankingRow::ownerName, 200));
        table.getColumns().getLast().setMinWidth(140);
        table.getColumns().add(column(m.get("dashboard.ranking.score"), r -> r.score().toPlainString(), 60));
        for (Indicator i : Indicator.values()) {
            table.getColumns().add(column(m.label(i), r -> Texts.value(m, i, r.actuals().get(i)), 100));
        }
        table.setRowFactory(t -> {
            TableRow<RankingRow> row = new TableRow<>() {
                @Override protected void updateItem(RankingRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("dashboard-red", "dashboard-black");
                    int place = empty || item == null ? 0 : board(item.rank(), size);
                    if (place != 0) {
                        getStyleClass().add(place > 0 ? "dashboard-red" : "dashboard-black");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null && open != null) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.getItems().setAll(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fitRows(table, rows.size(), 10);
        return table;
    }

    /**
     * 红榜 (+1) for the top third, 黑榜 (-1) for the bottom third, at least one and at most three each
     * once two are ranked, 0 between: with the four seeded teams the first is red and the last black;
     * among thirty units the top three and the bottom three.
     */
    static int board(int rank, int size) {
        if (size < 2) {
            return 0;
        }
        int third = Math.min(3, Math.max(1, size / 3));
        return rank <= third ? 1 : rank > size - third ? -1 : 0;
    }

    static TableView<OverdueItem> overdue(Messages m, List<OverdueItem> rows) {
        TableView<OverdueItem> table = new TableView<>();
        table.setId("dashboard-overdue");
        table.setPlaceholder(new Label(m.get("dashboard.overdue.empty")));
        table.getColumns().add(column(m.get("dashboard.overdue.task"), OverdueItem::title, 260));
        table.getColumns().add(column(m.get("dashboard.overdue.level"), r -> supervision(m, r.supervisionLevel()), 80));
        table.getColumns().add(column(m.get("dashboard.overdue.due"), r -> r.dueOn().toString(), 100));
        table.getColumns().add(column(m.get("dashboard.overdue.days"), r -> m.get("dashboard.overdue.daysValue", String.valueOf(r.daysOverdue())), 80));
        table.getColumns().add(column(m.get("dashboard.overdue.team"), OverdueItem::teamName, 150));
        table.getColumns().add(column(m.get("dashboard.overdue.assignee"), OverdueItem::assigneeName, 90));
        table.getColumns().add(column(m.get("dashboard.overdue.project"), OverdueItem::projectName, 200));
        table.getItems().setAll(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fitRows(table, rows.size(), 8);
        return table;
    }

    /**
     * As tall as its header and rows (up to max, then it scrolls): no band of empty rows under a short list.
     * The header is measured once laid out (a CJK font makes it taller than a guess, and a guessed height
     * left the first row half under it). The wheel over the table scrolls the table while it can, then the page.
     */
    private static void fitRows(TableView<?> table, int rows, int max) {
        double row = 26;
        int shown = Math.min(Math.max(rows, 2), max);
        table.setFixedCellSize(row);
        Runnable fit = () -> {
            Region header = (Region) table.lookup(".column-header-background");
            double head = header == null || header.getHeight() == 0 ? 32 : header.getHeight();
            table.setPrefHeight(head + row * shown + table.snappedTopInset() + table.snappedBottomInset() + 1);
        };
        fit.run();
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                fit.run();
            }
        });
        table.setMinHeight(Region.USE_PREF_SIZE);
        wheelScrollsTableFirst(table);
    }

    /**
     * Inside the scrolling page the wheel moves the table under the pointer while it has rows to show that
     * way; at its end (or when it has no scroll bar) the event goes on to the page.
     */
    static void wheelScrollsTableFirst(TableView<?> table) {
        boolean[] tableMoves = {false};
        table.addEventFilter(ScrollEvent.SCROLL, e -> {
            ScrollBar bar = table.lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL && b.isVisible())
                    .map(n -> (ScrollBar) n).findFirst().orElse(null);
            tableMoves[0] = bar != null && e.getDeltaY() != 0
                    && (e.getDeltaY() < 0 ? bar.getValue() < bar.getMax() : bar.getValue() > bar.getMin());
        });
        table.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (tableMoves[0]) {
                e.consume();
            }
        });
    }

    static String supervision(Messages m, String level) {
        String key = "dashboard.supervision." + level;
        return m.has(key) ? m.get(key) : level;
    }
}
