package cn.zhaoshang.desk.sync.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.sync.SyncService;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The conflict queue as a window: the table, and the two answers for the selected conflict. */
public final class ConflictsDialog {
    private ConflictsDialog() {
    }

    public static void show(UiKit kit, SyncService sync, Window owner, Runnable afterwards) {
        ConflictsViewModel model = new ConflictsViewModel(sync, kit.tasks(), kit.messages(), kit.dialogs()::showError);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(kit.t("sync.conflicts.title"));
        dialog.setHeaderText(kit.t("sync.conflicts.header"));
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TableView<ConflictsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("sync-conflicts");
        table.setPlaceholder(new Label(kit.t("sync.conflicts.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(kit.t("sync.conflicts.record"), ConflictsViewModel.Row::record, 200));
        table.getColumns().add(column(kit.t("sync.conflicts.field"), ConflictsViewModel.Row::field, 90));
        table.getColumns().add(column(kit.t("sync.conflicts.mine"), ConflictsViewModel.Row::mine, 150));
        table.getColumns().add(column(kit.t("sync.conflicts.myside"), ConflictsViewModel.Row::myside, 110));
        table.getColumns().add(column(kit.t("sync.conflicts.theirs"), ConflictsViewModel.Row::theirs, 150));
        table.getColumns().add(column(kit.t("sync.conflicts.theirside"), ConflictsViewModel.Row::theirside, 110));
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        Button mine = new Button(kit.t("sync.conflicts.takeMine"));
        mine.setId("sync-take-mine");
        mine.setOnAction(e -> model.take(SyncService.Take.MINE));
        Button theirs = new Button(kit.t("sync.conflicts.takeTheirs"));
        theirs.setId("sync-take-theirs");
        theirs.setOnAction(e -> model.take(SyncService.Take.THEIRS));
        mine.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        theirs.disableProperty().bind(mine.disableProperty());
        Label hint = new Label(kit.t("sync.conflicts.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        // The selected conflict in full: values can be long (an address, a note) and the table cuts them.
        Label myValue = detail("sync-conflict-mine");
        Label theirValue = detail("sync-conflict-theirs");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            myValue.setText(row == null ? "" : kit.t("sync.conflicts.detailMine", row.mine(), row.myside()));
            theirValue.setText(row == null ? "" : kit.t("sync.conflicts.detailTheirs", row.theirs(), row.theirside()));
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(10, table, myValue, theirValue, new HBox(8, mine, theirs), hint);
        content.setPadding(new Insets(12));
        content.setPrefSize(960, 480);
        dialog.getDialogPane().setContent(content);
        ButtonType close = new ButtonType(kit.t("sync.conflicts.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        dialog.getDialogPane().setId("sync-conflicts-dialog");
        model.reload();
        model.rows().addListener((ListChangeListener<ConflictsViewModel.Row>) c -> {
            if (table.getSelectionModel().isEmpty() && !model.rows().isEmpty()) {
                table.getSelectionModel().selectFirst(); // the first conflict is shown in full at once
            }
        });
        dialog.showAndWait();
        afterwards.run();
    }

    private static Label detail(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static TableColumn<ConflictsViewModel.Row, String> column(String title,
            Function<ConflictsViewModel.Row, String> value, double width) {
        TableColumn<ConflictsViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
