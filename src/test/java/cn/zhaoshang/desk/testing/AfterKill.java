package cn.zhaoshang.desk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.backup.BackupService;
import cn.zhaoshang.desk.backup.RestoreService;
import cn.zhaoshang.desk.backup.TestPermits;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What a user gets back after a kill tore a large commit (decisions 0141, 0148): the next open refuses the
 * file as damaged and offers the newest automatic backup, made just before the work.
 */
public final class AfterKill {
    private AfterKill() {
    }

    /** Asserts the refusal says "damaged" and nothing else. */
    public static void assertRefusedAsDamaged(DeskException refused) {
        assertThat(refused.key()).as("only a damaged file may be refused").isEqualTo("db.error.damaged");
    }

    /** Restores the newest automatic backup beside the damaged folder into {@code into}, and returns it. */
    public static Path restoreNewestBackup(Path damaged, Path into) throws IOException {
        Path newest;
        try (Stream<Path> zips = Files.list(BackupService.folder(new LocalSettings(damaged), damaged))) {
            newest = zips.filter(z -> z.getFileName().toString().startsWith(BackupService.AUTO_PREFIX))
                    .max(Comparator.comparing(Path::toString)).orElse(null);
        }
        assertThat(newest).as("a backup from before the work beside the damaged file").isNotNull();
        Files.createDirectories(into);
        new RestoreService(TestDatabases.CLOCK).restore(TestPermits.restore(newest), into);
        return into;
    }
}
