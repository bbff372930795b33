package cn.zhaoshang.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed in the middle of a large write leaves the last committed state readable. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killingABulkWriteMidwayLeavesTheCommittedStateIntact() throws Exception {
        try (Services services = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            services.demoData().generate(30, 1, Progress.NONE);
        }
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "cn.zhaoshang.desk.app.Main", "--data-dir", dir.toString(), "demo-data", "--companies", "400000")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path file = dir.resolve("zhaoshang.mv.db");
        long before = Files.size(file);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (writer.isAlive() && Files.size(file) < before + 8_000_000 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(writer.isAlive()).as("the writer was still writing when killed").isTrue();
        writer.destroyForcibly().waitFor();

        try (Services services = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            assertThat(services.databaseInfo().count("company")).isEqualTo(30);
            assertThat(services.databaseInfo().count("contact")).isBetween(30, 150);
        }
    }
}
