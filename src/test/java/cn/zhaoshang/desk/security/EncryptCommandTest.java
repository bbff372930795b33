package cn.zhaoshang.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.testing.ChildJvm.Outcome;
import cn.zhaoshang.desk.testing.ChildJvm;
import cn.zhaoshang.desk.testing.InProcessCli;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `encrypt` as an administrator would run it, then every command needs the password to open the file. The
 * commands run in this JVM with the environment each names; the last of each test runs in a JVM of its
 * own, so a fresh process opens the encrypted file with the password from its real environment.
 */
class EncryptCommandTest {
    @TempDir
    Path dir;

    private Outcome run(Map<String, String> env, String... args) {
        return InProcessCli.run(dir, env, args);
    }

    /** The command in a JVM of its own (other encryption tests share it). */
    static Outcome runIn(Path dataDir, Map<String, String> env, String... args) throws Exception {
        return ChildJvm.run(dataDir, env, args);
    }

    @Test
    void encryptBacksUpConvertsAndTheFileThenOpensOnlyWithAPassword() throws Exception {
        try (Services s = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            s.users().createFirstAdmin("root", "管理员", "root-pass-1".toCharArray(), "root-pass-1".toCharArray());
            TestDatabases.asSystem(s).users().create("zhangwei", "张伟", Role.RECRUITER, null, "zhang-pass-1".toCharArray());
        }
        Outcome notAdmin = run(Map.of("ZHAOSHANG_PASSWORD", "zhang-pass-1"), "--user", "zhangwei", "encrypt");
        assertThat(notAdmin.code()).isEqualTo(1);
        assertThat(notAdmin.err()).contains("只有管理员");

        Outcome encrypted = run(Map.of("ZHAOSHANG_PASSWORD", "root-pass-1"), "--user", "root", "encrypt");
        assertThat(encrypted.code()).as(encrypted.err()).isZero();
        assertThat(encrypted.out()).contains("已加密").contains("before-encryption-").contains("zhangwei");
        assertThat(FileEncryption.isEncrypted(dir.resolve("zhaoshang.mv.db"))).isTrue();
        try (var backups = Files.list(dir.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("before-encryption-"));
        }

        Outcome anonymous = run(Map.of(), "info");
        assertThat(anonymous.code()).isEqualTo(1);
        assertThat(anonymous.err()).contains("--user");
        Outcome wrong = run(Map.of("ZHAOSHANG_PASSWORD", "not-it-at-all"), "--user", "root", "info");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("用户名或密码不正确");
        Outcome again = run(Map.of("ZHAOSHANG_PASSWORD", "root-pass-1"), "--user", "root", "encrypt");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("已经加密");
        Outcome right = runIn(dir, Map.of("ZHAOSHANG_PASSWORD", "root-pass-1"), "--user", "root", "info");
        assertThat(right.code()).as(right.err()).isZero();
    }

    @Test
    void aBackupOfAnEncryptedDatabaseCarriesItsKeyringAndRestoresOnAnotherComputer(@TempDir Path other) throws Exception {
        try (Services s = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            s.users().createFirstAdmin("root", "管理员", "root-pass-1".toCharArray(), "root-pass-1".toCharArray());
            s.demoData().generate(30, 5, Progress.NONE);
        }
        Map<String, String> root = Map.of("ZHAOSHANG_PASSWORD", "root-pass-1");
        Outcome encrypted = run(root, "--user", "root", "encrypt");
        assertThat(encrypted.code()).as(encrypted.err()).isZero();
        Path zip = other.resolve("laptop.zip");
        Outcome backup = run(root, "--user", "root", "backup", zip.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        try (var archive = new ZipFile(zip.toFile())) {
            assertThat(archive.getEntry(Keyring.FILE)).as("the keyring travels with the backup").isNotNull();
        }

        Path newComputer = other.resolve("new-computer");
        Outcome restore = InProcessCli.run(newComputer, root, "--user", "root", "restore", zip.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(Keyring.exists(newComputer)).isTrue();
        Outcome info = runIn(newComputer, root, "--user", "root", "info");
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).containsPattern("company\\s+30\\b");
    }
}
