package cn.zhaoshang.desk.app;

import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a damaged database leaves the user: the newest backup to restore (decision 0141). The desktop
 * offers it, the command line names it with the command that restores it.
 */
public final class DamageRecovery {
    private static final Set<String> DAMAGE = Set.of("db.error.damaged", "db.error.corrupt");

    private DamageRecovery() {
    }

    /** Did the open fail because the file is damaged (rather than locked, newer, or unreachable)? */
    public static boolean isDamage(Throwable error) {
        return error instanceof DeskException desk && DAMAGE.contains(desk.key());
    }

    /** The newest backup zip in the backup folder (Settings may have moved it) or the data folder's backups/. */
    public static Optional<Path> lastGoodBackup(Path dataDir, LocalSettings settings) {
        Stream<Path> folders = Stream.of(settings.get("backup.dir").map(Path::of).orElse(null), dataDir.resolve("backups"))
                .filter(f -> f != null && Files.isDirectory(f)).distinct();
        return folders.flatMap(DamageRecovery::zipsIn).max(Comparator.comparing(DamageRecovery::modified));
    }

    private static Stream<Path> zipsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
