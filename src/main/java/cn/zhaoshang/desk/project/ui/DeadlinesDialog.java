package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import javafx.beans.property.IntegerProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Edits the stage clock's deadlines (阶段期限), e.g. 签约 → 注册 within 90 days, warn 14 days before. */
final class DeadlinesDialog {
    private final DeadlinesViewModel model;
    private final Messages m;

    DeadlinesDialog(DeadlinesViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
    }

    boolean showAndWait(Window owner) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(m.get("project.deadline.title"));
        dialog.setHeaderText(m.get("project.deadline.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType save = new ButtonType(m.get("project.action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        dialog.getDialogPane().setId("deadlines-dialog");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("project.deadline.stage")), new Label(m.get("project.deadline.maxDays")),
                new Label(m.get("project.deadline.warnDays")));
        int row = 1;
        for (DeadlinesViewModel.Row r : model.rows()) {
            Spinner<Integer> max = spinner("deadline-max-" + r.stage().name(), 1, 3650, r.maxDays());
            Spinner<Integer> warn = spinner("deadline-warn-" + r.stage().name(), 0, 3649, r.warnDays());
            grid.addRow(row++, new Label(m.get("project.deadline.row", m.label(r.stage()))), max, warn);
        }
        Label error = new Label();
        error.setId("deadlines-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());
        ProjectUi.prepare(dialog.getDialogPane(), new VBox(8, grid, error), 0);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("deadlines-save");
        saveButton.setDisable(true);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(() -> {
                dialog.setResult(Boolean.TRUE);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> Boolean.FALSE);
        model.load(() -> saveButton.setDisable(false));
        return dialog.showAndWait().orElse(Boolean.FALSE);
    }

    private static Spinner<Integer> spinner(String id, int min, int max, IntegerProperty value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        value.addListener((o, a, now) -> spinner.getValueFactory().setValue(now.intValue()));
        spinner.valueProperty().addListener((o, a, now) -> value.set(now));
        return spinner;
    }
}
