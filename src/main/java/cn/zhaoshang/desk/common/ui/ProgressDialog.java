package cn.zhaoshang.desk.common.ui;

import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A modal window for a job the user waits on (demo data, import): title, current step, a progress
 * bar and Cancel. It closes itself when the job ends, before the job's own callbacks report the
 * outcome: a callback that opens a dialog of its own (the sign-in after demo data, an import's
 * summary) runs a nested event loop, and a window closed only after it would stay over the result.
 */
public final class ProgressDialog {
    private ProgressDialog() {
    }

    public static void show(Window owner, Task<?> task) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(task.getTitle());
        dialog.setHeaderText(task.getTitle());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ProgressBar bar = new ProgressBar();
        bar.setId("progress-dialog-bar");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label step = new Label();
        step.textProperty().bind(task.messageProperty());
        VBox box = new VBox(10, step, bar);
        box.setPadding(new Insets(8, 0, 0, 0));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("progress-dialog-cancel");
        dialog.setResultConverter(button -> {
            if (button == ButtonType.CANCEL && !task.isDone()) {
                task.cancel();
            }
            return null;
        });
        // Added for the exact event types: then they run before the task's onSucceeded/onFailed/onCancelled
        // (the callbacks); a handler for WorkerStateEvent.ANY would run after them.
        EventHandler<WorkerStateEvent> close = e -> {
            dialog.setResult(null);
            dialog.close();
        };
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, close);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, close);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, close);
        if (!task.isDone()) {
            dialog.show();
        }
    }
}
