package cn.zhaoshang.desk.security;

import static cn.zhaoshang.desk.security.CompanyVisibilityFixture.MINE;
import static cn.zhaoshang.desk.security.CompanyVisibilityFixture.POOL;
import static cn.zhaoshang.desk.security.CompanyVisibilityFixture.THEIRS;
import static cn.zhaoshang.desk.security.CompanyVisibilityFixture.THEIR_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.testing.ChildJvm.Outcome;
import cn.zhaoshang.desk.testing.ChildJvm;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

    @BeforeEach
    void database() {
        try (Services s = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            var f = new CompanyVisibilityFixture(s);
            // The child process runs on the real clock, the fixture on the tests' fixed day: keep the claims live.
            s.database().dsl().update(Tables.CLAIM)
                    .set(Tables.CLAIM.EXPIRES_ON, LocalDate.of(2099, 12, 31)).execute();
            TestDatabases.asSystem(s).users().create("root", "管理员", Role.ADMIN, null, "root-pass".toCharArray());
            s.users().resetPassword(f.recruiter.username(), "recruit-pass".toCharArray());
            s.users().resetPassword(f.manager.username(), "manage-pass".toCharArray());
            recruiter = f.recruiter.username();
            manager = f.manager.username();
        }
    }

    private Outcome run(String password, String... args) throws Exception {
        return ChildJvm.run(dir, Map.of("ZHAOSHANG_PASSWORD", password), args);
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
        // Masked by default as in the app; a manager may ask for whole numbers (recorded in the export log).
        Outcome export = run("manage-pass", "--user", manager, "export", "contacts", file.toString(), "--no-mask");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains(THEIRS, THEIR_MOBILE);
    }
}
