package cn.zhaoshang.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.backup.BackupService;
import cn.zhaoshang.desk.backup.RestoreService;
import cn.zhaoshang.desk.backup.TestPermits;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.testing.ChildJvm;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After `encrypt`, a known company name and contact phone are searched for in every file of the data
 * folder and inside every backup zip, as UTF-8 and in H2's own 3-byte form of Chinese (STACK.md): they
 * must be found before (the search works) and nowhere after, and a plain backup restored into the
 * encrypted set-up stays encrypted.
 */
class NothingReadableAfterEncryptionTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;

    @Test
    void encryptLeavesNoPlainCopyAndARestoredPlainBackupIsEncrypted() throws Exception {
        String name;
        String phone;
        try (Services s = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            s.demoData().generate(40, 3, Progress.NONE);
            s.users().create("root", "管理员", Role.ADMIN, null, "root-pass-1".toCharArray());
            name = (String) s.database().dsl().fetchValue("select name from company order by name limit 1");
            phone = (String) s.database().dsl().fetchValue("select mobile from contact where mobile is not null limit 1");
            s.backups().autoBackup(BackupService.Reason.DAILY);
            s.backups().backupTo(outside.resolve("plain.zip"));
        }
        // A restore keeps the replaced database aside in backups/: one more plain copy to find.
        new RestoreService(Clock.systemUTC()).restore(TestPermits.restore(outside.resolve("plain.zip")), dir);
        assertThat(readable(dir, name, phone)).as("the search finds plain data").isNotEmpty();

        ChildJvm.Outcome encrypted = EncryptCommandTest.runIn(dir, Map.of("ZHAOSHANG_PASSWORD", "root-pass-1"),
                "--user", "root", "encrypt");
        assertThat(encrypted.code()).as(encrypted.err()).isZero();

        assertThat(readable(dir, name, phone)).as("plain data left after encrypt").isEmpty();

        String key = Keyring.load(dir).unlock("root", "root-pass-1".toCharArray()).orElseThrow();
        new RestoreService(Clock.systemUTC()).restore(TestPermits.restore(outside.resolve("plain.zip")), dir, key);
        assertThat(FileEncryption.isEncrypted(dir.resolve("zhaoshang.mv.db"))).as("restored plain backup").isTrue();
        try (Services s = TestDatabases.open(FileEncryption.unlock(DatabaseConfig.embedded(dir), dir, "root",
                "root-pass-1".toCharArray()), dir)) {
            assertThat(s.databaseInfo().count("company")).isEqualTo(40);
        }
        assertThat(readable(dir, name, phone)).as("plain data left after restoring a plain backup").isEmpty();
    }

    /** Every file (and zip entry) under the folder holding the name or the phone, in any of its forms. */
    private static List<String> readable(Path folder, String name, String phone) throws IOException {
        List<byte[]> needles = List.of(name.getBytes(StandardCharsets.UTF_8), EncryptionTest.h2Encoded(name),
                phone.getBytes(StandardCharsets.US_ASCII));
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(file), needles)) {
                    found.add(file.toString());
                }
                if (file.toString().endsWith(".zip")) {
                    try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
                        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                            zip.transferTo(bytes);
                            if (contains(bytes.toByteArray(), needles)) {
                                found.add(file + "!" + e.getName());
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, List<byte[]> needles) {
        return needles.stream().anyMatch(needle -> EncryptionTest.contains(haystack, needle));
    }
}
