package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.task.ReportMark;
import cn.zhaoshang.desk.task.SupervisionState;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskPriority;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;

/** Small pieces the task screens share: chips, the priority dot, and the two little input dialogs. */
final class TaskWidgets {
    static final String STYLESHEET = TaskWidgets.class.getResource("/css/task.css").toExternalForm();

    private TaskWidgets() {
    }

    static void style(Parent root) {
        if (!root.getStylesheets().contains(STYLESHEET)) {
            root.getStylesheets().add(STYLESHEET);
        }
    }

    static Label chip(String text, String variant) {
        Label chip = new Label(text);
        chip.getStyleClass().add("task-chip");
        if (variant != null) {
            chip.getStyleClass().add("task-chip-" + variant);
        }
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }

    static Label statusChip(Messages messages, Task task, LocalDate today) {
        if (task.isOverdue(today)) {
            return chip(messages.get("task.chip.overdue"), "danger");
        }
        return chip(messages.label(task.status()), switch (task.status()) {
            case OPEN -> "accent";
            case IN_PROGRESS -> "warning";
            case DONE -> "success";
            case CANCELLED -> "muted";
        });
    }

    static Label supervisionChip(Messages messages, SupervisionState state) {
        return chip(messages.label(state), switch (state) {
            case ON_TRACK -> "success";
            case LAGGING -> "danger";
            case DONE -> "accent";
            case CANCELLED -> "muted";
        });
    }

    static String markVariant(ReportMark mark) {
        return switch (mark) {
            case REPORTED -> "success";
            case LATE -> "warning";
            case MISSED -> "danger";
            case DUE_TODAY -> "accent";
            case UPCOMING -> "muted";
        };
    }

    static Region priorityDot(TaskPriority priority) {
        Region dot = new Region();
        dot.getStyleClass().addAll("task-priority-dot", "task-priority-" + priority.name());
        return dot;
    }

    static String titleStyle(Task task) {
        if (task.status() == TaskStatus.DONE || task.status() == TaskStatus.CANCELLED) {
            return "task-done-title";
        }
        return task.priority() == TaskPriority.URGENT ? "task-urgent-title" : null;
    }

    /** Dates typed and shown as 2026-06-15 whatever the computer's locale: the form every Chinese office reads. */
    static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new LocalDateStringConverter(
                DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        return picker;
    }

    /** The dialog's own "cancel", in the user's language (the toolkit's follows the computer's locale). */
    static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("task.action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Asks for a note (completion note, cancel reason); empty when the user backed out. */
    static Optional<String> askNote(Window owner, Messages messages, String title, String prompt, boolean required) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        TextArea note = new TextArea();
        note.setId("task-note-input");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        dialog.getDialogPane().setContent(new VBox(6, note, error));
        ButtonType ok = new ButtonType(messages.get("task.action.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel(messages));
        dialog.getDialogPane().lookupButton(ok).setId("task-note-ok");
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (required && note.getText().isBlank()) {
                error.setText(messages.get("task.error.noteRequired"));
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ok ? note.getText() : null);
        Platform.runLater(note::requestFocus);
        return dialog.showAndWait();
    }

    /** Asks for a day (reschedule, report-back date); empty when the user backed out. */
    static Optional<LocalDate> askDate(Window owner, Messages messages, String title, String prompt, LocalDate initial) {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        DatePicker picker = datePicker("task-date-input");
        picker.setValue(initial);
        dialog.getDialogPane().setContent(picker);
        ButtonType ok = new ButtonType(messages.get("task.action.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel(messages));
        dialog.getDialogPane().lookupButton(ok).setId("task-date-ok");
        dialog.setResultConverter(b -> b == ok ? picker.getValue() : null);
        Platform.runLater(picker::requestFocus);
        return dialog.showAndWait();
    }
}
