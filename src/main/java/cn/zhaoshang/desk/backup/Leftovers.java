package cn.zhaoshang.desk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What killed work leaves in the data and backup folders, cleared at the next start: a backup's
 * {@code .zip.partial} (never a usable backup), and the databases restores kept aside (each with its attachment
 * folder) beyond the newest {@value #KEPT_ASIDE} (each is a full copy; the newest are the backups before a restore). A restore's
 * staging folder is {@link RestoreService#finishInterrupted}'s, which may still need it.
 */
public final class Leftovers {
    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);
    static final int KEPT_ASIDE = 2;

    private Leftovers() {
    }

    public static void clean(List<Path> backupFolders) {
        for (Path folder : backupFolders.stream().distinct().filter(Files::isDirectory).toList()) {
            List<Path> files = list(folder);
            files.stream().filter(f -> f.getFileName().toString().endsWith(".partial")).forEach(Leftovers::delete);
            // A restore keeps a database and an attachment folder aside under one stamp: they go together.
            List<String> stamps = files.stream().map(Leftovers::keptAsideStamp).filter(s -> !s.isEmpty()).distinct()
                    .sorted(Comparator.reverseOrder()).skip(KEPT_ASIDE).toList();
            files.stream().filter(f -> stamps.contains(keptAsideStamp(f))).forEach(Leftovers::delete);
        }
    }

    /** The time stamp of something a restore kept aside ({@code replaced-by-restore-<stamp>.<kind>}); empty otherwise. */
    private static String keptAsideStamp(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(RestoreService.KEPT_ASIDE_PREFIX) || name.indexOf('.') < 0) {
            return "";
        }
        return name.substring(RestoreService.KEPT_ASIDE_PREFIX.length(), name.indexOf('.'));
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            LOG.warn("Cannot list {}", folder, e);
            return List.of();
        }
    }

    private static void delete(Path file) {
        try (Stream<Path> tree = Files.walk(file)) {
            for (Path inside : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(inside);
            }
            LOG.info("Removed the leftover {}", file);
        } catch (IOException e) {
            LOG.warn("Cannot remove the leftover {}", file, e);
        }
    }
}
