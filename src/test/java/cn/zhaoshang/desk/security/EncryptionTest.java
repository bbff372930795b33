package cn.zhaoshang.desk.security;

import static cn.zhaoshang.desk.company.CompanyFixtures.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.backup.RestoreService;
import cn.zhaoshang.desk.backup.TestPermits;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyFixtures;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encryption at rest of the embedded H2 file (decision 0008): the conversion keeps every record,
 * the file shows no plain text, it opens only with a user's password, passwords set later unlock
 * it too, and backups of it restore. (H2 only: a team server is not a file on this laptop.)
 */
class EncryptionTest {
    private static final String NAME = "蓝鲸保密测试储能科技有限公司";
    private static final char[] ADMIN_PASSWORD = "admin-pass-1".toCharArray();

    @TempDir
    Path dir;
    private int companies;
    private Path backupBefore;

    @BeforeEach
    void plainDatabaseWithAnAdministrator() {
        try (Services s = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            s.demoData().generate(300, 7, Progress.NONE);
            s.users().create("root", "管理员", Role.ADMIN, null, ADMIN_PASSWORD);
            // A name with a dot: the demo generator names its users by pinyin (zhangwei, zhangwei2 …).
            s.users().create("zhang.wei", "张伟", Role.RECRUITER, null, "zhang-pass-1".toCharArray());
            s.companies().create(company(NAME, 777).build());
            companies = s.companies().count(CompanyFilter.NONE);
            backupBefore = s.backups().backupTo(dir.resolve("before.zip"));
        }
    }

    private DatabaseConfig plain() {
        return DatabaseConfig.embedded(dir);
    }

    private Services open(String user, char[] password) {
        Services s = TestDatabases.open(FileEncryption.unlock(plain(), dir, user, password), dir);
        s.users().authenticate(user, password);
        return s;
    }

    /**
     * Does the database file hold the text, in UTF-8 or in H2's own string encoding (like UTF-8 but
     * without the high bit on continuation bytes), as a grep over the file would find it?
     */
    private boolean fileContains(String text) throws Exception {
        byte[] file = Files.readAllBytes(dir.resolve("zhaoshang.mv.db"));
        return contains(file, text.getBytes(StandardCharsets.UTF_8)) || contains(file, h2Encoded(text));
    }

    static byte[] h2Encoded(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0x800) {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            } else {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    static boolean contains(byte[] file, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= file.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (file[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void theConvertedFileKeepsEveryRecordAndShowsNoPlainText() throws Exception {
        String uscc = CompanyFixtures.uscc(777);
        assertThat(fileContains(NAME)).as("the plain file holds the name (so the search below can find it)").isTrue();
        assertThat(fileContains(uscc)).isTrue();

        EncryptionService.convert(plain(), dir, "root", ADMIN_PASSWORD);

        assertThat(FileEncryption.isEncrypted(dir.resolve("zhaoshang.mv.db"))).isTrue();
        assertThat(fileContains(NAME)).isFalse();
        assertThat(fileContains(uscc)).isFalse();
        assertThat(fileContains("pbkdf2-sha256")).isFalse();
        assertThat(Files.exists(dir.resolve(Keyring.FILE))).isTrue();
        assertThat(Files.exists(dir.resolve(Keyring.PENDING))).isFalse();
        try (Services s = open("root", ADMIN_PASSWORD)) {
            assertThat(s.companies().count(CompanyFilter.NONE)).isEqualTo(companies);
            assertThat(s.companies().search(NAME, CompanyFilter.NONE, 5)).hasSize(1);
            assertThat(s.encryption().isEncrypted()).isTrue();
        }
    }

    @Test
    void theEncryptedFileDoesNotOpenWithoutTheRightPassword() {
        EncryptionService.convert(plain(), dir, "root", ADMIN_PASSWORD);

        assertThatThrownBy(() -> TestDatabases.open(plain(), dir)).isInstanceOf(DeskException.class)
                .extracting(e -> ((DeskException) e).key()).isEqualTo("security.error.encryptedNeedsPassword");
        assertThatThrownBy(() -> FileEncryption.unlock(plain(), dir, "root", "wrong-pass".toCharArray()))
                .isInstanceOf(DeskException.class)
                .extracting(e -> ((DeskException) e).key()).isEqualTo("security.error.badCredentials");
        assertThatThrownBy(() -> FileEncryption.unlock(plain(), dir, "nobody", ADMIN_PASSWORD))
                .extracting(e -> ((DeskException) e).key()).isEqualTo("security.error.badCredentials");
        assertThat(TestDatabases.chinese().get("security.error.encryptedNeedsPassword")).contains("已加密");
    }

    @Test
    void passwordsSetAfterTheConversionUnlockTheFileAndAChangedOneReplacesTheOld() {
        EncryptionService.convert(plain(), dir, "root", ADMIN_PASSWORD);
        assertThatThrownBy(() -> FileEncryption.unlock(plain(), dir, "zhang.wei", "zhang-pass-1".toCharArray()))
                .as("users with a password from before need a reset").isInstanceOf(DeskException.class);

        try (Services s = open("root", ADMIN_PASSWORD)) {
            assertThat(s.encryption().usersWithoutKey(s.users().list())).containsExactly("zhang.wei");
            s.users().resetPassword("zhang.wei", "zhang-pass-2".toCharArray());
            s.users().create("lina", "李娜", Role.TEAM_LEAD, null, "lina-pass-1".toCharArray());
        }
        try (Services s = open("zhang.wei", "zhang-pass-2".toCharArray())) {
            s.users().changeOwnPassword("zhang-pass-2".toCharArray(), "zhang-pass-3".toCharArray(),
                    "zhang-pass-3".toCharArray());
        }
        assertThatThrownBy(() -> FileEncryption.unlock(plain(), dir, "zhang.wei", "zhang-pass-2".toCharArray()))
                .isInstanceOf(DeskException.class);
        try (Services s = open("zhang.wei", "zhang-pass-3".toCharArray())) {
            assertThat(s.companies().search(NAME, CompanyFilter.NONE, 5)).hasSize(1);
        }
        try (Services s = open("lina", "lina-pass-1".toCharArray())) {
            assertThat(s.session().userName()).isEqualTo("lina");
        }
    }

    @Test
    void backupsOfTheEncryptedFileStayEncryptedAndRestore() throws Exception {
        DatabaseConfig keyed = EncryptionService.convert(plain(), dir, "root", ADMIN_PASSWORD);
        String key = FileEncryption.keyOf(keyed);
        Path zip = dir.resolve("encrypted.zip");
        try (Services s = open("root", ADMIN_PASSWORD)) {
            s.backups().backupTo(zip);
            s.companies().create(company("备份之后新增有限公司", 778).build());
            assertThat(s.companies().count(CompanyFilter.NONE)).isEqualTo(companies + 1);
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            in.getNextEntry();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain(NAME);
        }
        assertThatThrownBy(() -> new RestoreService(TestDatabases.CLOCK).restore(TestPermits.restore(zip), dir))
                .extracting(e -> ((DeskException) e).key()).isEqualTo("security.error.encryptedNeedsPassword");

        new RestoreService(TestDatabases.CLOCK).restore(TestPermits.restore(zip), dir, key);

        try (Services s = open("root", ADMIN_PASSWORD)) {
            assertThat(s.companies().count(CompanyFilter.NONE)).isEqualTo(companies);
        }
        // The plain backup from before the conversion restores too, and stays encrypted (decision 0143).
        new RestoreService(TestDatabases.CLOCK).restore(TestPermits.restore(backupBefore), dir, key);
        assertThat(FileEncryption.isEncrypted(dir.resolve("zhaoshang.mv.db"))).isTrue();
        try (Services s = open("root", ADMIN_PASSWORD)) {
            assertThat(s.companies().count(CompanyFilter.NONE)).isEqualTo(companies);
        }
    }
}
