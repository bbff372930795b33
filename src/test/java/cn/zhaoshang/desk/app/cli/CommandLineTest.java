package cn.zhaoshang.desk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    @Test
    void demoDataFillsTheDatabaseAndInfoCountsIt() {
        Cli.Result demo = run("--data-dir", dir.toString(), "demo-data", "--companies", "120");
        assertThat(demo.code()).isZero();
        assertThat(demo.out()).containsPattern("company\\s+120").containsPattern("project\\s+20");

        Cli.Result info = run("--data-dir", dir.toString(), "info");
        assertThat(info.code()).isZero();
        assertThat(info.out()).contains("database: " + dir.resolve("zhaoshang.mv.db"))
                .contains("schema version: " + TestDatabases.latestMigrationVersion()).containsPattern("company\\s+120").containsPattern("division\\s+3,2\\d\\d");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"info", "demo-data"}) {
            Cli.Result help = run(command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage:").contains(command);
        }
        assertThat(run("--help").out()).contains("info").contains("demo-data");
    }

    @Test
    void badArgumentsExitNonZeroWithOneLine() {
        Cli.Result bad = run("--data-dir", dir.toString(), "demo-data", "--companies", "lots");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("--companies");
        assertThat(run("no-such-command").code()).isNotZero();
    }

    @Test
    void aCorruptDatabaseGivesALocalisedMessageAndExitCodeOne() throws Exception {
        Files.writeString(dir.resolve("zhaoshang.mv.db"), "garbage".repeat(1000));
        Cli.Result info = run("--data-dir", dir.toString(), "info");
        assertThat(info.code()).isEqualTo(1);
        assertThat(info.err().strip().lines().toList()).hasSize(1);
        assertThat(info.err()).containsAnyOf("损坏", "无法打开数据库");
    }

    @Test
    void backupAndRestoreFromTheCommandLine() {
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--companies", "20").code()).isZero();
        Path zip = dir.resolve("copy.zip");
        Cli.Result backup = run("--data-dir", dir.toString(), "backup", zip.toString());
        assertThat(backup.code()).isZero();
        assertThat(backup.out()).contains("backup: ");
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--companies", "5").code()).isZero();

        Cli.Result restore = run("--data-dir", dir.toString(), "restore", zip.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("previous database kept at");
        assertThat(run("--data-dir", dir.toString(), "info").out()).containsPattern("company\\s+20\\b");

        Cli.Result bad = run("--data-dir", dir.toString(), "restore", dir.resolve("nothing.zip").toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("找不到备份文件");
    }
}
