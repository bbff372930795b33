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
 * {@code .zip.partial} (never a usable backup), and the databases restores kept aside beyond the newest
 * {@value #KEPT_ASIDE} (each is a full copy; the newest are the backups before a restore). A restore's
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
            files.stream().filter(f -> f.getFileName().toString().startsWith(RestoreService.KEPT_ASIDE_PREFIX))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .skip(KEPT_ASIDE).forEach(Leftovers::delete);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            LOG.warn("Cannot list {}", folder, e);
            return List.of();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            LOG.info("Removed the leftover {}", file);
        } catch (IOException e) {
            LOG.warn("Cannot remove the leftover {}", file, e);
        }
    }
}
