package cn.zhaoshang.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.testing.TestDatabases;
import cn.zhaoshang.desk.testing.ChildJvm;
import cn.zhaoshang.desk.testing.ChildJvm.Outcome;
import cn.zhaoshang.desk.testing.InProcessCli;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once users have passwords, every command needs --user and the password (ZHAOSHANG_PASSWORD). The
 * commands run in this JVM with the environment each names; one runs in a JVM of its own, to prove the
 * real environment reaches the sign-in.
 */
class CommandLineSignInTest {
    @TempDir
    Path dir;

    private Outcome run(Map<String, String> env, String... args) {
        return InProcessCli.run(dir, env, args);
    }

    @Test
    void commandsAskForTheUserAndThePassword() throws Exception {
        try (Services services = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            services.users().createFirstAdmin("admin", "管理员", "admin-pass".toCharArray(), "admin-pass".toCharArray());
        }
        Outcome anonymous = run(Map.of(), "info");
        assertThat(anonymous.code()).isEqualTo(1);
        assertThat(anonymous.err()).contains("--user");

        Outcome wrong = run(Map.of("ZHAOSHANG_PASSWORD", "nope-nope"), "--user", "admin", "info");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("用户名或密码不正确");

        // Main.main's System.getenv, end to end: the password from the child's real environment signs in.
        Outcome right = ChildJvm.run(dir, Map.of("ZHAOSHANG_PASSWORD", "admin-pass"), "--user", "admin", "info");
        assertThat(right.code()).as(right.err()).isZero();

        Outcome added = run(Map.of("ZHAOSHANG_PASSWORD", "admin-pass", "ZHAOSHANG_NEW_PASSWORD", "zhang-pass"),
                "--user", "admin", "users", "add", "zhangwei", "--display", "张伟", "--role", "TEAM_LEAD");
        assertThat(added.code()).as(added.err()).isZero();
        // The administrator chose zhangwei's first password: he must choose his own before anything else.
        Outcome owed = run(Map.of("ZHAOSHANG_PASSWORD", "zhang-pass"), "--user", "zhangwei", "info");
        assertThat(owed.code()).isEqualTo(1);
        assertThat(owed.err()).contains("users passwd");
        Outcome chosen = run(Map.of("ZHAOSHANG_PASSWORD", "zhang-pass", "ZHAOSHANG_NEW_PASSWORD", "zhang-own-pass"),
                "--user", "zhangwei", "users", "passwd");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(run(Map.of("ZHAOSHANG_PASSWORD", "zhang-pass"), "--user", "zhangwei", "info").code()).isEqualTo(1);
        assertThat(run(Map.of("ZHAOSHANG_PASSWORD", "zhang-own-pass"), "--user", "zhangwei", "info").code()).isZero();

        Outcome listed = run(Map.of("ZHAOSHANG_PASSWORD", "admin-pass"), "--user", "admin", "users", "list");
        assertThat(listed.out()).contains("zhangwei\t张伟\tTEAM_LEAD\tpassword").contains("admin\t管理员\tADMIN");
        Outcome listedByLead = run(Map.of("ZHAOSHANG_PASSWORD", "zhang-own-pass"), "--user", "zhangwei", "users", "list");
        assertThat(listedByLead.code()).isEqualTo(1);
        assertThat(listedByLead.err()).contains("只有管理员");

        Outcome notAdmin = run(Map.of("ZHAOSHANG_PASSWORD", "zhang-own-pass", "ZHAOSHANG_NEW_PASSWORD", "hijacked!"),
                "--user", "zhangwei", "users", "reset", "admin");
        assertThat(notAdmin.code()).isEqualTo(1);
        assertThat(notAdmin.err()).contains("只有管理员");
    }
}
