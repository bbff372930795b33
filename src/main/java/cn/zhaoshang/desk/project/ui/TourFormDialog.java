package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.project.InspectionTour;
import java.time.LocalDate;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Name, date and notes of an inspection tour. */
final class TourFormDialog {
    record Values(String name, LocalDate date, String notes) { }

    private TourFormDialog() {
    }

    static Optional<Values> show(Window owner, Messages m, InspectionTour editing) {
        Dialog<Values> dialog = new Dialog<>();
        dialog.setTitle(m.get(editing == null ? "project.tour.new" : "project.tour.editTitle"));
        dialog.setHeaderText(null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType save = new ButtonType(m.get("project.action.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(m.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        TextField name = new TextField(editing == null ? m.get("project.tour.defaultName") : editing.name());
        name.setId("tour-form-name");
        name.setPrefColumnCount(24);
        DatePicker date = ProjectUi.datePicker();
        date.setValue(editing == null ? LocalDate.now(OfficeZone.ZONE) : editing.tourDate());
        date.setId("tour-form-date");
        TextArea notes = new TextArea(editing == null || editing.notes() == null ? "" : editing.notes());
        notes.setPrefRowCount(3);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("project.tour.name")), name);
        grid.addRow(1, new Label(m.get("project.tour.date")), date);
        grid.addRow(2, new Label(m.get("project.tour.notes")), notes);
        grid.add(error, 1, 3);
        ProjectUi.prepare(dialog.getDialogPane(), grid, 0);
        dialog.getDialogPane().lookupButton(save).setId("tour-form-save");
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            if (name.getText().isBlank()) {
                error.setText(m.get("project.tour.error.nameRequired"));
                e.consume();
            } else if (date.getValue() == null) {
                error.setText(m.get("project.tour.error.dateRequired"));
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == save ? new Values(name.getText(), date.getValue(), notes.getText()) : null);
        return dialog.showAndWait();
    }
}
