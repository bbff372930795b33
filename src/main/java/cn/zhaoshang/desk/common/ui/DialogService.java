package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.background.BackgroundTask;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one way a screen speaks to the user outside its own controls: errors, information, confirmations,
 * passing notices, file choices and jobs whose failures come back as errors. View models get it by
 * constructor and never see a window; the desktop passes {@link FxDialogService}, tests a scripted one
 * that answers as the test says. In the file choices a null title leaves the system's own ("Open", "Save")
 * and no types offers every file; screens make no chooser of their own.
 */
public interface DialogService {
    /** A short localised line for the user; anything but a {@code DeskException} is logged with its cause. */
    void showError(Throwable error);

    void showInfo(String text);

    /** Asks a localised yes/no question; true only for an explicit yes. */
    boolean confirm(String question);

    /** A passing message that never takes the focus and never covers anything. */
    void notify(String text);

    /** Runs a job in the background; errors come back here as {@link #showError}. */
    <T> void runInBackground(String title, BackgroundTask<T> job, Consumer<T> onSuccess);

    /** A file to read, among files of the given types; empty when the user cancels. */
    Optional<Path> chooseFileToOpen(String title, FileType... types);

    /** Several files to read at once (attachments); empty when the user cancels. */
    List<Path> chooseFilesToOpen(String title, FileType... types);

    /** Where to write a file, starting from a suggested name; empty when the user cancels. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, FileType... types);

    /** A folder (where backups go); empty when the user cancels. */
    Optional<Path> chooseDirectory(String title);

    /**
     * A kind of file offered by a chooser: a localised description and its extensions without the dot
     * ({@code "xlsx"}), so that no view model needs JavaFX's filter class.
     */
    record FileType(String description, List<String> extensions) {
        public FileType {
            extensions = List.copyOf(extensions);
        }

        public FileType(String description, String... extensions) {
            this(description, List.of(extensions));
        }
    }
}
