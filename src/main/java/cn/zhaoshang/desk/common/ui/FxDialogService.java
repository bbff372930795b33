package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.background.BackgroundTask;
import cn.zhaoshang.desk.common.background.CancelledException;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's {@link DialogService}: errors (short localised line, details folded away), confirmations,
 * passing notifications in the status bar, native file and folder choosers (the only place that makes
 * them, which the architecture test holds), and long jobs with progress and cancel.
 * Views also ask it for their own forms ({@link #showForm}), so every dialog has the same owner and buttons.
 */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    private final Messages messages;
    private final TaskRunner tasks;
    private Window owner;
    private Consumer<String> noticeArea;

    public FxDialogService(Messages messages, TaskRunner tasks) {
        this.messages = messages;
        this.tasks = tasks;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** The main window, which dialogs opened from the composition root belong to. */
    public Window owner() {
        return owner;
    }

    @Override
    public void showError(Throwable error) {
        error = ConnectionErrors.translate(error);
        if (error instanceof CancelledException) {
            notify(messages.get("common.task.cancelled"));
            return;
        }
        if (!(error instanceof DeskException)) {
            LOG.error("Unexpected error shown to the user", error);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.describe(error), ButtonType.OK);
        alert.setTitle(messages.get("common.dialog.error"));
        alert.setHeaderText(null);
        if (!(error instanceof DeskException)) {
            TextArea details = new TextArea(stackTrace(error));
            details.setEditable(false);
            alert.getDialogPane().setExpandableContent(details);
        }
        show(alert);
    }

    @Override
    public void showInfo(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle(messages.get("common.dialog.info"));
        alert.setHeaderText(null);
        show(alert);
    }

    @Override
    public boolean confirm(String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(messages.get("common.dialog.confirm"));
        alert.setHeaderText(null);
        if (owner != null) {
            alert.initOwner(owner);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    /**
     * Where passing messages appear: the main window's status bar, so a notice never covers a control (a
     * floating toast covered dialogs' buttons, and ControlsFX's toast lost its background under the theme).
     */
    public void setNoticeArea(Consumer<String> area) {
        this.noticeArea = area;
    }

    /** A passing message in the status bar; it never takes the focus and never covers anything. */
    @Override
    public void notify(String text) {
        LOG.info("Notification: {}", text);
        if (noticeArea != null) {
            noticeArea.accept(text);
        }
    }

    /** Runs a job in the background; the status bar shows it, errors come back here. */
    @Override
    public <T> void runInBackground(String title, BackgroundTask<T> job, Consumer<T> onSuccess) {
        tasks.run(title, job, onSuccess, this::showError);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType... types) {
        FileChooser chooser = chooser(title, types);
        return Optional.ofNullable(chooser.showOpenDialog(chooserOwner())).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileType... types) {
        FileChooser chooser = chooser(title, types);
        List<File> files = chooser.showOpenMultipleDialog(chooserOwner());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType... types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(chooserOwner())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(chooserOwner())).map(File::toPath);
    }

    /** A view's own form (fields it built) with OK and Cancel; true when the user pressed OK. */
    public boolean showForm(String title, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private static FileChooser chooser(String title, FileType... types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(),
                    type.extensions().stream().map(e -> "*." + e).toList()));
        }
        return chooser;
    }

    /**
     * The focused window, so that a chooser opened from a dialog (the contact export beside the company list)
     * stays above that dialog; the main window otherwise.
     */
    private Window chooserOwner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(owner);
    }

    private void show(Alert alert) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.showAndWait();
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
