package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.project.StageField;
import cn.zhaoshang.desk.project.TransitionRequest;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Asks for what a stage change needs (signing date and contract amount, local entity code and
 * registration date, a reason …) with the message for each refused field beside it. The dialog
 * stays open until the rules accept the values or the user cancels.
 */
final class TransitionDialog {
    private final TransitionViewModel model;
    private final Messages messages;
    private final List<DatePicker> pickers = new ArrayList<>();

    TransitionDialog(TransitionViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Optional<TransitionRequest> showAndWait(Window owner) {
        Dialog<TransitionRequest> dialog = new Dialog<>();
        dialog.setTitle(messages.get("project.transition.window"));
        dialog.setHeaderText(model.title() + "\n" + model.projectName());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType ok = new ButtonType(messages.get("project.action.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        ProjectUi.prepare(dialog.getDialogPane(), form(), 0);
        dialog.getDialogPane().setId("transition-dialog");
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("transition-ok");
        dialog.getDialogPane().lookupButton(cancel).setId("transition-cancel");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!commitDates() || !model.validate()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok ? model.request() : null);
        return dialog.showAndWait();
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setMinWidth(480);
        int row = 0;
        String cleared = model.clearedText();
        if (!cleared.isEmpty()) {
            Label warning = new Label(messages.get("project.transition.clears", cleared));
            warning.setId("transition-cleared");
            warning.setWrapText(true);
            warning.getStyleClass().add("text-muted");
            grid.add(warning, 0, row++, 2, 1);
        }
        for (StageField field : model.fields()) {
            Control input = input(field);
            input.setId("transition-" + field.column().replace('_', '-'));
            Label label = new Label(messages.label(field));
            label.setLabelFor(input);
            label.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setHgrow(input, Priority.ALWAYS);
            grid.addRow(row++, label, input);
            grid.add(errorLabel(field), 1, row++);
        }
        Label general = new Label();
        general.setId("transition-error");
        general.getStyleClass().add("field-error");
        general.textProperty().bind(model.generalErrorProperty());
        general.managedProperty().bind(general.textProperty().isNotEmpty());
        grid.add(general, 0, row, 2, 1);
        return grid;
    }

    private Control input(StageField field) {
        switch (field) {
            case CONTRACT_AMOUNT -> {
                TextField amount = new TextField();
                amount.textProperty().bindBidirectional(model.amountProperty());
                amount.setPromptText(messages.get("project.form.amountPrompt"));
                return amount;
            }
            case LOCAL_USCC -> {
                TextField code = new TextField();
                code.textProperty().bindBidirectional(model.usccProperty());
                code.setPromptText(messages.get("project.transition.usccPrompt"));
                return code;
            }
            case REASON -> {
                TextArea reason = new TextArea();
                reason.setPrefRowCount(3);
                reason.setWrapText(true);
                reason.textProperty().bindBidirectional(model.reasonProperty());
                return reason;
            }
            default -> {
                DatePicker picker = ProjectUi.datePicker();
                picker.valueProperty().bindBidirectional(model.date(field));
                picker.setMaxWidth(Double.MAX_VALUE);
                picker.setUserData(field);
                pickers.add(picker);
                return picker;
            }
        }
    }

    private Label errorLabel(StageField field) {
        Label error = new Label();
        error.setId("transition-error-" + field.column().replace('_', '-'));
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.error(field));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    /** A date typed but not yet committed (no Enter, focus still inside) is taken as typed. */
    private boolean commitDates() {
        for (DatePicker picker : pickers) {
            String typed = picker.getEditor().getText();
            try {
                picker.setValue(typed == null || typed.isBlank() ? null : picker.getConverter().fromString(typed));
            } catch (DateTimeParseException e) {
                model.error((StageField) picker.getUserData()).set(messages.get("project.form.dateFormat", typed));
                return false;
            }
        }
        return true;
    }
}
