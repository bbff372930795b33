package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Someone else saved the company first: shows field by field what they changed next to what the
 * user typed, and lets the user take theirs or keep their own edits on top.
 */
final class StaleChangesDialog {
    /** The user's choice. */
    enum Choice { KEEP_MINE, TAKE_THEIRS }

    private StaleChangesDialog() {
    }

    static Choice ask(Window owner, UiKit kit, List<ChangedField> changes) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(kit.t("company.stale.title"));
        dialog.setHeaderText(null);
        Label text = new Label(kit.t("company.stale.text"));
        text.setWrapText(true);
        TableView<ChangedField> table = new TableView<>();
        table.setId("stale-changes");
        table.getItems().setAll(changes);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(kit.t("company.stale.field"), 120, ChangedField::label));
        table.getColumns().add(column(kit.t("company.stale.before"), 150, ChangedField::before));
        table.getColumns().add(column(kit.t("company.stale.theirs"), 150, ChangedField::theirs));
        table.getColumns().add(column(kit.t("company.stale.mine"), 150, ChangedField::mine));
        table.setRowFactory(t -> new TableRow<>() {
            @Override protected void updateItem(ChangedField item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("stale-conflict");
                if (!empty && item != null && item.conflicting()) {
                    getStyleClass().add("stale-conflict");
                }
            }
        });
        table.setPrefHeight(220);
        VBox content = new VBox(10, text, table);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        ButtonType keep = new ButtonType(kit.t("company.stale.keepMine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType take = new ButtonType(kit.t("company.stale.takeTheirs"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(keep, take);
        dialog.getDialogPane().lookupButton(keep).setId("stale-keep-mine");
        dialog.getDialogPane().lookupButton(take).setId("stale-take-theirs");
        dialog.setResultConverter(b -> b == keep ? Choice.KEEP_MINE : Choice.TAKE_THEIRS);
        return dialog.showAndWait().orElse(Choice.TAKE_THEIRS);
    }

    private static TableColumn<ChangedField, String> column(String title, double width, Function<ChangedField, String> v) {
        TableColumn<ChangedField, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(v.apply(cd.getValue())));
        return col;
    }
}
