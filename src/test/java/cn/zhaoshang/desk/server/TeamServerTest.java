package cn.zhaoshang.desk.server;

import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Main;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.generated.tables.records.TeamRecord;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two clients, each with its own pool, on one PostgreSQL database. */
class TeamServerTest {
    @TempDir
    Path dir;

    @Test
    void aSaveOverSomeoneElsesNewerSaveIsRefusedAndTheOtherClientSeesTheChange() {
        DatabaseConfig server = TestDatabases.freshPostgres();
        try (Services alice = TestDatabases.open(server, dir.resolve("alice"));
             Services bob = TestDatabases.open(server, dir.resolve("bob"))) {
            TeamRecord team = alice.database().dsl().selectFrom(TEAM).orderBy(TEAM.NAME).limit(1).fetchOne();
            List<String> aliceSaw = new ArrayList<>();
            alice.changeStream().subscribe(batch -> {
                if (!batch.local()) {
                    aliceSaw.addAll(batch.tables());
                }
            });
            alice.changes().poll();

            TeamRecord bobsCopy = bob.writer().load(TEAM, team.getId());
            bobsCopy.setDescription("鲍勃的修改");
            bob.writer().update(bobsCopy);

            TeamRecord alicesCopy = team.copy();
            alicesCopy.setId(team.getId());
            alicesCopy.setVersion(team.getVersion());
            alicesCopy.setRegion("爱丽丝的修改");
            assertThatThrownBy(() -> alice.writer().update(alicesCopy))
                    .isInstanceOf(StaleRecordException.class)
                    .satisfies(e -> assertThat(((StaleRecordException) e).theirChanges()).containsKey("description"));
            assertThat(bob.writer().load(TEAM, team.getId()).getDescription()).isEqualTo("鲍勃的修改");

            alice.changes().poll();
            assertThat(aliceSaw).as("Bob's save of the team").contains("team").doesNotContain("company");
            aliceSaw.clear();
            bob.demoData().generate(20, 1, Progress.NONE);
            alice.changes().poll();
            assertThat(aliceSaw).contains("company", "contact");
        }
    }

    @Test
    void serverInitDemoDataImportSearchAndInfoWorkFromTheCommandLine() throws Exception {
        DatabaseConfig server = TestDatabases.emptyPostgres();
        String[] connect = {"--data-dir", dir.toString(), "--db-url", server.url(), "--db-user", server.user()};
        assertThat(run(connect, "server", "init")).contains("ready");
        assertThat(run(connect, "demo-data", "--companies", "30")).containsPattern("company\\s+30");

        Path csv = dir.resolve("list.csv");
        Files.writeString(csv, "统一社会信用代码,企业名称,法定代表人,注册资本,成立日期\n"
                + uscc(1) + ",郑州博研精密仪器有限公司,张伟,5000,2018-05-20\n"
                + uscc(2) + ",河南中原云链科技有限公司,李娜,1200,2021-03-01\n"
                + "123,坏代码有限公司,,,\n");
        assertThat(run(connect, "import", "companies", csv.toString()).lines().findFirst())
                .hasValue("imported 2, updated 0, skipped 0, rejected 1");

        assertThat(run(connect, "search", "博研精密")).contains(uscc(1) + "\t郑州博研精密仪器有限公司");
        assertThat(run(connect, "search", "zyyl")).contains("河南中原云链科技有限公司");

        String info = run(connect, "info");
        assertThat(info).contains("engine: POSTGRES").containsPattern("company\\s+32").containsPattern("import_run\\s+1")
                .contains(server.url());
    }

    private static String uscc(int n) {
        String first17 = "91410100" + String.format("%09d", n);
        return first17 + Uscc.checkChar(first17);
    }

    @Test
    void serverInitWithoutAnAddressIsRefused() {
        StringWriter err = new StringWriter();
        int code = Main.run(TestDatabases.asDemoAdmin(new String[] {"--data-dir", dir.toString(), "server", "init"}), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("--db-url");
    }

    private static String run(String[] connect, String... command) {
        String[] args = new String[connect.length + command.length];
        System.arraycopy(connect, 0, args, 0, connect.length);
        System.arraycopy(command, 0, args, connect.length, command.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(TestDatabases.asDemoAdmin(args), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(String.join(" ", command) + " stderr: " + err).isZero();
        return out.toString();
    }
}
