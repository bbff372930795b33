package cn.zhaoshang.desk.common.office;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;

/**
 * A document written for others (briefing, ledger, list): its name must say the format it holds, and it
 * appears whole or not at all. The bytes go to a hidden file beside it, created like any new file of that
 * folder (so it gets the folder's normal permissions, unlike {@code Files.createTempFile}'s owner-only
 * ones), which is then moved over the name. The folder must exist: a mistyped folder is an error, not a new one.
 */
public final class OutputFile {
    /** Writes the document's bytes; the stream is closed by {@link #write}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * Refuses a file whose extension is not {@code extension} (e.g. "docx"): a report asked for as
     * {@code m.pdf} would otherwise be a .docx under a .pdf name that no program opens.
     */
    public static void requireExtension(Path file, String extension) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith("." + extension)) {
            throw new DeskException("common.error.fileKind", file.toString(), "." + extension);
        }
    }

    /** Checks the extension, then writes through a sibling file and moves it into place. */
    public static void write(Path file, String extension, Content content) throws IOException {
        requireExtension(file, extension);
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
