package cn.zhaoshang.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupAndRestoreTest {
    @TempDir
    Path dir;

    private Services open() {
        return TestDatabases.open(DatabaseConfig.embedded(dir), dir);
    }

    @Test
    void restoreRoundTripBringsBackTheBackedUpStateAndKeepsTheReplacedFile() {
        Path backup = dir.resolve("out/manual.zip");
        try (Services services = open()) {
            services.demoData().generate(40, 1, Progress.NONE);
            services.backups().backupTo(backup);
            services.demoData().generate(25, 2, Progress.NONE);
            assertThat(services.databaseInfo().count("company")).isEqualTo(65);
        }
        Path aside = new RestoreService(TestDatabases.CLOCK).restore(TestPermits.restore(backup), dir);
        assertThat(aside).exists();
        try (Services services = open()) {
            assertThat(services.databaseInfo().count("company")).isEqualTo(40);
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheDatabaseIsUntouched() throws Exception {
        try (Services services = open()) {
            services.demoData().generate(10, 1, Progress.NONE);
        }
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "not a zip at all");
        assertThatThrownBy(() -> new RestoreService(TestDatabases.CLOCK).restore(TestPermits.restore(junk), dir))
                .isInstanceOf(DeskException.class)
                .satisfies(e -> assertThat(((DeskException) e).key()).isEqualTo("backup.error.notABackup"));
        assertThatThrownBy(() -> new RestoreService(TestDatabases.CLOCK).restore(TestPermits.restore(dir.resolve("missing.zip")), dir))
                .satisfies(e -> assertThat(((DeskException) e).key()).isEqualTo("backup.error.noFile"));
        try (Services services = open()) {
            assertThat(services.databaseInfo().count("company")).isEqualTo(10);
        }
    }

    @Test
    void aBackupThatCannotBeWrittenSaysWhyAndChangesNothing() throws Exception {
        Path blocker = dir.resolve("a-file");
        Files.writeString(blocker, "x");
        try (Services services = open()) {
            services.demoData().generate(5, 1, Progress.NONE);
            assertThatThrownBy(() -> services.backups().backupTo(blocker.resolve("inside/backup.zip")))
                    .isInstanceOf(DeskException.class)
                    .satisfies(e -> assertThat(TestDatabases.chinese().describe(e)).contains("无法写入备份"));
            assertThat(services.databaseInfo().count("company")).isEqualTo(5);
        }
    }

    @Test
    void theDailyBackupIsMadeOncePerDayIntoTheChosenFolder() {
        Path usb = dir.resolve("usb");
        try (Services services = open()) {
            services.backups().setFolder(usb);
            assertThat(services.backups().dailyBackupIfDue()).isPresent();
            assertThat(services.backups().dailyBackupIfDue()).isEmpty();
            assertThat(services.backups().list()).hasSize(1);
            assertThat(usb.resolve(services.backups().list().get(0).name())).exists();
        }
    }

    @Test
    void aServerDatabaseIsNotBackedUpHere() {
        try (Services services = TestDatabases.open(Engine.H2, dir)) {
            assertThat(services.backups().isAvailable()).isFalse();
            assertThat(services.backups().dailyBackupIfDue()).isEmpty();
        }
    }
}
