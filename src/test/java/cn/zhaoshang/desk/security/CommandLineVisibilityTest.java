package cn.zhaoshang.desk.security;

import static cn.zhaoshang.desk.security.CompanyVisibilityFixture.MINE;
import static cn.zhaoshang.desk.security.CompanyVisibilityFixture.POOL;
import static cn.zhaoshang.desk.security.CompanyVisibilityFixture.THEIRS;
import static cn.zhaoshang.desk.security.CompanyVisibilityFixture.THEIR_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line runs through the same services after `--user` sign-in: a recruiter's `search` and
 * `export` leave out another team's claimed company (and the export is masked); a manager's do not.
 */
class CommandLineVisibilityTest {
    @TempDir
    Path dir;
    private String recruiter;
    private String manager;

    record Outcome(int code, String out, String err) { }

    @BeforeEach
    void database() {
        try (Services s = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            var f = new CompanyVisibilityFixture(s);
            // The child process runs on the real clock, the fixture on the tests' fixed day: keep the claims live.
            s.database().dsl().update(cn.zhaoshang.desk.generated.Tables.CLAIM)
                    .set(cn.zhaoshang.desk.generated.Tables.CLAIM.EXPIRES_ON, java.time.LocalDate.of(2099, 12, 31)).execute();
            TestDatabases.asSystem(s).users().create("root", "管理员", Role.ADMIN, null, "root-pass".toCharArray());
            s.users().resetPassword(f.recruiter.username(), "recruit-pass".toCharArray());
            s.users().resetPassword(f.manager.username(), "manage-pass".toCharArray());
            recruiter = f.recruiter.username();
            manager = f.manager.username();
        }
    }

    private Outcome run(String password, String... args) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                "cn.zhaoshang.desk.app.Main", "--data-dir", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("ZHAOSHANG_PASSWORD", password);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(p.waitFor(), out, err);
    }

    @Test
    void aRecruitersSearchAndExportLeaveOutAnotherTeamsClaim() throws Exception {
        Outcome search = run("recruit-pass", "--user", recruiter, "search", "蓝鲸");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains(MINE, POOL).doesNotContain(THEIRS);

        Path file = dir.resolve("r.csv");
        Outcome export = run("recruit-pass", "--user", recruiter, "export", "contacts", file.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains(MINE, POOL).doesNotContain(THEIRS)
                .doesNotContain("13800000002");
    }

    @Test
    void aManagersSearchAndExportShowEverything() throws Exception {
        Outcome search = run("manage-pass", "--user", manager, "search", "蓝鲸");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains(THEIRS, MINE, POOL);

        Path file = dir.resolve("m.csv");
        Outcome export = run("manage-pass", "--user", manager, "export", "contacts", file.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains(THEIRS, THEIR_MOBILE);
    }
}
