package cn.zhaoshang.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.testing.ChildJvm;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first administrator set up on the command line encrypts a fresh database; a demo database stays plain. */
class EncryptionByDefaultTest {
    @TempDir
    Path fresh;
    @TempDir
    Path demo;

    @Test
    void theFirstAdministratorEncryptsAFreshDatabaseButNotADemoOne() throws Exception {
        ChildJvm.Outcome added = EncryptCommandTest.runIn(fresh, Map.of("ZHAOSHANG_NEW_PASSWORD", "root-pass-1"),
                "users", "add", "root", "--role", "ADMIN");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("added: root").contains("数据库已加密");
        assertThat(FileEncryption.isEncrypted(fresh.resolve("zhaoshang.mv.db"))).isTrue();
        ChildJvm.Outcome info = EncryptCommandTest.runIn(fresh, Map.of("ZHAOSHANG_PASSWORD", "root-pass-1"),
                "--user", "root", "info");
        assertThat(info.code()).as(info.err()).isZero();

        assertThat(EncryptCommandTest.runIn(demo, Map.of(), "demo-data", "--companies", "20").code()).isZero();
        ChildJvm.Outcome demoAdmin = EncryptCommandTest.runIn(demo,
                Map.of("ZHAOSHANG_NEW_PASSWORD", "root-pass-1", "ZHAOSHANG_PASSWORD", "root-pass-1"),
                "--user", "admin", "users", "add", "root", "--role", "ADMIN");
        assertThat(demoAdmin.code()).as(demoAdmin.err()).isZero();
        assertThat(demoAdmin.out()).doesNotContain("数据库已加密");
        assertThat(FileEncryption.isEncrypted(demo.resolve("zhaoshang.mv.db"))).isFalse();
    }
}
