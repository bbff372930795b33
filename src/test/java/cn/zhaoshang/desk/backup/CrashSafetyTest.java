package cn.zhaoshang.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
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
                "cn.zhaoshang.desk.app.Main", "--user", "admin", "--data-dir", dir.toString(), "demo-data", "--companies", "400000")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path file = dir.resolve("zhaoshang.mv.db");
        long before = Files.size(file);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (writer.isAlive() && Files.size(file) < before + 8_000_000 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(writer.isAlive()).as("the writer was still writing when killed").isTrue();
        writer.destroyForcibly().waitFor();

        try (Services services = openAfterKill(dir)) {
            if (services != null) {
                assertThat(services.databaseInfo().count("company")).isEqualTo(30);
                assertThat(services.databaseInfo().count("contact")).isBetween(30, 150);
            }
        }
    }

    @Test
    void killingABulkEditMidwayLeavesEveryCompanyAsItWas() throws Exception {
        Map<PursuitStatus, Integer> statuses;
        int audits;
        try (Services services = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            services.demoData().generate(400, 2, Progress.NONE);
            statuses = statusCounts(services);
            audits = services.databaseInfo().count("audit_log");
        }
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process editor = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                BulkEditMain.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(editor.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("editing")) {
                assertThat(editor.isAlive()).as("bulk edit still running: " + line).isTrue();
            }
            assertThat(line).as("the edit got under way before it was killed").isEqualTo("editing");
        }
        assertThat(editor.isAlive()).as("the editor was still editing when killed").isTrue();
        editor.destroyForcibly().waitFor();

        try (Services services = openAfterKill(dir)) {
            if (services != null) {
                assertThat(statusCounts(services)).isEqualTo(statuses);
                assertThat(services.databaseInfo().count("audit_log")).isEqualTo(audits);
            }
        }
    }

    /**
     * The folder opened after a kill, or null when the check after a crash refused it as damaged: H2 can
     * tear a large commit a kill cuts (decisions 0141, 0148), and then the only right answer is to refuse
     * the file, never to open it half-applied. These are demo databases, with no backup to go back to.
     */
    private static Services openAfterKill(Path dir) {
        try {
            return TestDatabases.open(DatabaseConfig.embedded(dir), dir);
        } catch (DeskException refused) {
            assertThat(refused.key()).as("only a damaged file may be refused").isEqualTo("db.error.damaged");
            System.out.println("crash safety: refused as damaged after the kill (" + refused.getMessage() + ")");
            return null;
        }
    }

    private static Map<PursuitStatus, Integer> statusCounts(Services services) {
        var company = Tables.COMPANY;
        return services.database().dsl().select(company.PURSUIT_STATUS, DSL.count()).from(company)
                .groupBy(company.PURSUIT_STATUS).fetchMap(r -> r.value1(), r -> r.value2());
    }

    @Test
    void aFileLeftByAnInterruptedReadIsOpenedAndRecoveredNextTime() throws Exception {
        try (Services services = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            services.demoData().generate(1_000, 3, Progress.NONE);
        }
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                InterruptedReadMain.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("child.log"))).contains("interrupted");

        try (Services services = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            assertThat(services.databaseInfo().count("company")).isEqualTo(1_000);
            assertThat(services.database().dsl().fetchCount(Tables.COMPANY,
                    Tables.COMPANY.NOTES.startsWith("round "))).as("uncommitted edits").isZero();
        }
    }
}
