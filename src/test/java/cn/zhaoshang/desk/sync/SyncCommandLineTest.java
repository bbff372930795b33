package cn.zhaoshang.desk.sync;

import static cn.zhaoshang.desk.generated.Tables.APP_USER;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.app.Main;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `sync` from the command line against a real PostgreSQL team server: tying a folder, status, a sync
 * killed (kill -9 of the child JVM) at random moments and resumed, an out-of-date app, a revoked laptop.
 */
class SyncCommandLineTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) { }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** A server with demo data (users without passwords); returns the name of a team lead. */
    private static String serverWithDemoData(DatabaseConfig server, Path dir) {
        try (Services s = TestDatabases.open(server, dir.resolve("server"))) {
            s.demoData().generate(150, 5, Progress.NONE);
            return s.database().dsl().select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ROLE.eq(Role.TEAM_LEAD))
                    .orderBy(APP_USER.USERNAME).limit(1).fetchOne(APP_USER.USERNAME);
        }
    }

    @Test
    void aSyncKilledAtRandomMomentsResumesWithoutDuplicatesOrGaps() throws Exception {
        DatabaseConfig server = TestDatabases.freshPostgres();
        String lead = serverWithDemoData(server, dir);
        String laptop = dir.resolve("laptop").toString();

        Result tie = run("--data-dir", laptop, "--db-url", server.url(), "--db-user", server.user(), "--user", lead, "sync");
        assertThat(tie.code()).as(tie.err()).isZero();
        assertThat(tie.out()).containsPattern("pushed 0, pulled [1-9]\\d*, conflicts 0");
        assertThat(run("--data-dir", laptop, "--user", lead, "sync", "status").out()).contains(server.url());

        int rows = 3_000;
        Path csv = dir.resolve("线索.csv");
        Files.writeString(csv, "企业名称\n" + IntStream.range(0, rows).mapToObj(i -> String.format("离线线索%04d有限公司", i))
                .collect(Collectors.joining("\n")) + "\n", StandardCharsets.UTF_8);
        Result imported = run("--data-dir", laptop, "--user", lead, "import", "companies", csv.toString());
        assertThat(imported.code()).as(imported.err()).isZero();

        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Random random = new Random(20261205);
        for (int kill = 0; kill < 3; kill++) {
            Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "--data-dir", laptop, "--user", lead, "sync").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child-" + kill + ".log").toFile()).start();
            Thread.sleep(1_500 + random.nextInt(2_500));
            child.destroyForcibly().waitFor();
        }
        Result finish = run("--data-dir", laptop, "--user", lead, "sync");
        assertThat(finish.code()).as(finish.err()).isZero();
        assertThat(run("--data-dir", laptop, "--user", lead, "sync").out()).contains("pushed 0, pulled 0, conflicts 0");

        try (Services s = TestDatabases.open(server, dir.resolve("check"))) {
            var names = s.database().dsl().select(COMPANY.NAME).from(COMPANY).where(COMPANY.NAME.like("离线线索%"))
                    .fetch(COMPANY.NAME);
            assertThat(names).as("every offline company once").hasSize(rows).doesNotHaveDuplicates();
        }
        assertThat(run("--data-dir", laptop, "--user", lead, "sync", "status").out()).contains("待上传 0 条");
    }

    @Test
    void anAppOlderThanTheServerIsToldToUpdateAndARevokedLaptopIsRefused() throws Exception {
        DatabaseConfig server = TestDatabases.freshPostgres();
        String lead = serverWithDemoData(server, dir);
        String laptop = dir.resolve("laptop").toString();
        assertThat(run("--data-dir", laptop, "--db-url", server.url(), "--db-user", server.user(), "--user", lead, "sync")
                .code()).isZero();

        Result laptops = run("--db-url", server.url(), "--db-user", server.user(), "--user", "admin", "laptops", "list");
        assertThat(laptops.out()).contains(lead).contains("laptop");
        String id = laptops.out().lines().filter(l -> l.contains(lead)).findFirst().orElseThrow().split("\t")[0];
        assertThat(run("--db-url", server.url(), "--db-user", server.user(), "--user", "admin", "laptops", "revoke", id)
                .code()).isZero();
        Result refused = run("--data-dir", laptop, "--user", lead, "sync");
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("已被").contains("停用");

        try (Services s = TestDatabases.open(server, dir.resolve("future"))) {
            s.database().dsl().execute("insert into flyway_schema_history (installed_rank, version, description, type, "
                    + "script, checksum, installed_by, installed_on, execution_time, success) values (9999, '999', "
                    + "'from a newer release', 'SQL', 'V999__future.sql', 0, 'postgres', now(), 1, true)");
        }
        Result old = run("--data-dir", dir.resolve("second").toString(), "--db-url", server.url(), "--db-user",
                server.user(), "--user", lead, "sync");
        assertThat(old.code()).isNotZero();
        assertThat(old.err()).contains("请先更新招商台");
    }
}
