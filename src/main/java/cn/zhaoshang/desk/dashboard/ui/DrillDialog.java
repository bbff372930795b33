package cn.zhaoshang.desk.dashboard.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.dashboard.DashboardService;
import cn.zhaoshang.desk.dashboard.DrillRow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/**
 * The list behind a figure: projects (or visits, whose kind shows in the stage column) with company,
 * stage, team, amount and date.
 */
final class DrillDialog {
    private DrillDialog() {
    }

    static TableView<DrillRow> table(Messages m, List<DrillRow> rows) {
        TableView<DrillRow> table = new TableView<>();
        table.setId("dashboard-drill-table");
        table.setPlaceholder(new Label(m.get("dashboard.drill.empty")));
        // The amount next to the company, and every column squeezed into the dialog's width (no sideways
        // scrolling to find the amount at 1366×768); names and companies give way first.
        table.getColumns().add(column(m.get("dashboard.drill.name"), DrillRow::name, 220));
        table.getColumns().add(column(m.get("dashboard.drill.company"), DrillRow::companyName, 200));
        table.getColumns().add(column(m.get("dashboard.drill.amount"),
                r -> r.amount() == null ? "" : Texts.money(m, r.amount()), 110));
        table.getColumns().add(column(m.get("dashboard.drill.stage"), r -> Texts.stage(m, r.stage()), 64));
        table.getColumns().add(column(m.get("dashboard.drill.team"), DrillRow::teamName, 140));
        table.getColumns().add(column(m.get("dashboard.drill.date"), r -> r.date() == null ? "" : r.date().toString(), 100));
        double[] least = {120, 120, 96, 48, 80, 92};
        for (int i = 0; i < least.length; i++) {
            table.getColumns().get(i).setMinWidth(least[i]);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getItems().setAll(rows);
        return table;
    }

    static void show(Window owner, Messages m, String title, List<DrillRow> rows) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        // At the limit there may be more rows than shown: say so rather than give a wrong total.
        String count = rows.size() >= DashboardService.DRILL_LIMIT
                ? m.get("dashboard.drill.countLimited", String.valueOf(rows.size()))
                : m.get("dashboard.drill.count", String.valueOf(rows.size()));
        dialog.setHeaderText(title + " — " + count);
        BorderPane pane = new BorderPane(table(m, rows));
        pane.setPrefSize(900, 480);
        dialog.getDialogPane().setContent(pane);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("dashboard-drill");
        dialog.show();
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
