package cn.zhaoshang.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.attachment.Attachment;
import cn.zhaoshang.desk.attachment.AttachmentOwner;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachment files travel in backups, still encrypted, and a restore puts back the database and its files as a pair. */
class AttachmentBackupTest {
    private static final String CONTRACT = "投资合同 ZY-2026-0042 华润新能源 12亿元 ".repeat(40);

    @TempDir
    Path dir;
    @TempDir
    Path outside;

    private Services open() {
        return TestDatabases.open(DatabaseConfig.embedded(dir), dir);
    }

    /** Two files attached, a backup, then the files deleted and a third added: what the restore must undo. */
    private Map<UUID, byte[]> attachTwoAndBackUp(Path zip) throws IOException {
        Map<UUID, byte[]> attached = new HashMap<>();
        try (Services services = open()) {
            var f = new TaskFixtures(services);
            UUID company = f.company("郑州华润新能源有限公司", f.team, f.me);
            for (String name : List.of("投资合同.txt", "名片.bin")) {
                byte[] bytes = name.endsWith(".txt") ? CONTRACT.getBytes(StandardCharsets.UTF_8) : randomBytes(70_000);
                Attachment a = services.attachments().add(AttachmentOwner.COMPANY, company,
                        Files.write(outside.resolve(name), bytes));
                attached.put(a.id(), bytes);
            }
            services.session().asSystem(() -> services.backups().backupTo(zip));
            services.attachments().add(AttachmentOwner.COMPANY, company,
                    Files.writeString(outside.resolve("later.txt"), "added after the backup"));
        }
        return attached;
    }

    @Test
    void aRestorePutsBackTheFilesByteForByteStillEncryptedAndKeepsTheReplacedOnesAside() throws IOException {
        Path zip = outside.resolve("manual.zip");
        Map<UUID, byte[]> attached = attachTwoAndBackUp(zip);
        Map<String, byte[]> inZip = attachmentEntries(zip);
        assertThat(inZip).hasSize(2);
        assertThat(inZip.values()).noneSatisfy(bytes -> assertThat(contains(bytes, "ZY-2026-0042")).isTrue());
        List<Path> before = stored();
        assertThat(before).hasSize(3);
        for (Path file : before) {
            Files.delete(file);
        }

        new RestoreService(TestDatabases.CLOCK).restore(TestPermits.restore(zip), dir);

        assertThat(stored()).hasSize(2);
        try (Services services = open()) {
            attached.forEach((id, bytes) -> assertThat(services.attachments().bytes(id)).isEqualTo(bytes));
        }
        try (Stream<Path> aside = Files.list(dir.resolve("backups"))) {
            assertThat(aside.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith(RestoreService.KEPT_ASIDE_PREFIX) && n.endsWith(".mv.db"))
                    .anyMatch(n -> n.startsWith(RestoreService.KEPT_ASIDE_PREFIX)
                            && n.endsWith(RestoreService.ATTACHMENTS_ASIDE_SUFFIX));
        }
    }

    @Test
    void aDamagedZipOrOneLackingAFileItsDatabaseNamesLeavesEverythingAsItWas() throws IOException {
        Path zip = outside.resolve("manual.zip");
        attachTwoAndBackUp(zip);
        Map<Path, byte[]> filesBefore = contents(stored());
        long companies;
        try (Services services = open()) {
            companies = services.databaseInfo().count("company");
        }

        Path truncated = outside.resolve("truncated.zip");
        byte[] whole = Files.readAllBytes(zip);
        Files.write(truncated, Arrays.copyOf(whole, whole.length - 40_000));
        assertThatThrownBy(() -> new RestoreService(TestDatabases.CLOCK).restore(TestPermits.restore(truncated), dir))
                .isInstanceOf(DeskException.class);

        Path lacking = outside.resolve("lacking.zip");
        withoutOneAttachment(zip, lacking);
        assertThatThrownBy(() -> new RestoreService(TestDatabases.CLOCK).restore(TestPermits.restore(lacking), dir))
                .isInstanceOf(DeskException.class)
                .satisfies(e -> assertThat(((DeskException) e).key()).isEqualTo("backup.error.missingAttachments"))
                .satisfies(e -> assertThat(TestDatabases.chinese().describe(e)).contains("缺少").contains("1 个附件"));

        assertThat(contents(stored())).containsOnlyKeys(filesBefore.keySet())
                .allSatisfy((file, bytes) -> assertThat(bytes).isEqualTo(filesBefore.get(file)));
        try (Services services = open()) {
            assertThat(services.databaseInfo().count("company")).isEqualTo(companies);
        }
    }

    @Test
    void aRestoreCutOffAfterTheFilesWentInPutsBackTheOldDatabaseWithItsOldFiles() throws IOException {
        Path zip = outside.resolve("manual.zip");
        attachTwoAndBackUp(zip);
        Map<Path, byte[]> oldFiles = contents(stored());
        byte[] oldDatabase = Files.readAllBytes(dir.resolve("zhaoshang.mv.db"));
        // The state a kill leaves between moving the backup's files in and moving its database in.
        Path aside = Files.createDirectories(dir.resolve("backups")).resolve(RestoreService.KEPT_ASIDE_PREFIX + "20260615-100000");
        Files.move(dir.resolve("zhaoshang.mv.db"), Path.of(aside + ".mv.db"));
        Files.move(dir.resolve("attachments"), Path.of(aside + RestoreService.ATTACHMENTS_ASIDE_SUFFIX));
        Files.createDirectories(dir.resolve("restore-staging"));
        BackupArchive.extract(zip, dir.resolve("restore-staging"));
        Files.move(dir.resolve("restore-staging/attachments"), dir.resolve("attachments"));

        RestoreService.finishInterrupted(dir);

        assertThat(Files.readAllBytes(dir.resolve("zhaoshang.mv.db"))).isEqualTo(oldDatabase);
        assertThat(contents(stored())).containsOnlyKeys(oldFiles.keySet());
        assertThat(dir.resolve("restore-staging")).doesNotExist();
    }

    private List<Path> stored() throws IOException {
        return BackupArchive.storedAttachments(dir.resolve("attachments"));
    }

    private static Map<Path, byte[]> contents(List<Path> files) throws IOException {
        Map<Path, byte[]> all = new HashMap<>();
        for (Path file : files) {
            all.put(file, Files.readAllBytes(file));
        }
        return all;
    }

    private static Map<String, byte[]> attachmentEntries(Path zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().startsWith(BackupArchive.ATTACHMENTS)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** A copy of the backup with its first attachment file left out. */
    private static void withoutOneAttachment(Path zip, Path target) throws IOException {
        boolean skipped = false;
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file);
             OutputStream copy = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!skipped && e.getName().startsWith(BackupArchive.ATTACHMENTS)) {
                    skipped = true;
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1)
                .contains(new String(needle.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
}
