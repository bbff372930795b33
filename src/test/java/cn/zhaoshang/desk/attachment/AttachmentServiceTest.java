package cn.zhaoshang.desk.attachment;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Attachments: stored encrypted (nothing of the file readable in the data folder), opened and downloaded on record, trashed. */
class AttachmentServiceTest {
    private static final String SECRET = "合同编号 ZY-2026-0042 华润新能源 投资额 12亿元 联系人 13800138000";

    @TempDir
    Path dir;
    @TempDir
    Path outside;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFileIsStoredEncryptedOpensAsItWasAndEveryOpenAndDownloadIsRecorded(Engine engine) throws IOException {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID company = f.company("郑州华润新能源有限公司", f.team, f.me);
            Path contract = Files.writeString(outside.resolve("投资合同.txt"), SECRET.repeat(50));
            AttachmentService attachments = services.attachments();

            Attachment a = attachments.add(AttachmentOwner.COMPANY, company, contract);

            assertThat(a.fileName()).isEqualTo("投资合同.txt");
            assertThat(a.addedBy()).isEqualTo("张伟");
            byte[] plain = Files.readAllBytes(contract);
            assertThat(storedFiles()).singleElement().satisfies(stored -> {
                byte[] bytes = Files.readAllBytes(stored);
                assertThat(contains(bytes, plain)).isFalse();
                assertThat(contains(bytes, "ZY-2026-0042".getBytes(StandardCharsets.UTF_8))).isFalse();
                assertThat(contains(bytes, "13800138000".getBytes(StandardCharsets.UTF_8))).isFalse();
            });
            assertThat(attachments.bytes(a.id())).isEqualTo(plain);
            Path opened = attachments.open(a.id());
            assertThat(opened.startsWith(dir)).as("the plain copy is outside the data folder").isFalse();
            assertThat(Files.readAllBytes(opened)).isEqualTo(plain);
            attachments.download(a.id(), outside.resolve("copy.txt"));
            assertThat(Files.readAllBytes(outside.resolve("copy.txt"))).isEqualTo(plain);
            assertThat(services.database().dsl().select(AUDIT_LOG.CHANGES).from(AUDIT_LOG)
                    .where(AUDIT_LOG.TABLE_NAME.eq("attachment")).and(AUDIT_LOG.ACTION.eq("EXPORT"))
                    .orderBy(AUDIT_LOG.OCCURRED_AT).fetch(AUDIT_LOG.CHANGES))
                    .hasSize(3).allMatch(c -> c.contains("投资合同.txt"))
                    .anyMatch(c -> c.contains("OPEN")).anyMatch(c -> c.contains("PREVIEW")).anyMatch(c -> c.contains("DOWNLOAD"));

            attachments.remove(a.id(), a.version());
            assertThat(attachments.of(AttachmentOwner.COMPANY, company)).isEmpty();
            attachments.restore(a.id(), a.version() + 1);
            assertThat(attachments.of(AttachmentOwner.COMPANY, company)).extracting(Attachment::id).containsExactly(a.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTooLargeOrMissingFileIsRefusedWithItsMessageAndNothingIsAttached(Engine engine) throws IOException {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID company = f.company("河南智造有限公司", f.team, f.me);
            Path big = outside.resolve("扫描件.pdf");
            try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
                file.setLength(AttachmentStore.MAX_BYTES + 1);
            }
            assertThatThrownBy(() -> services.attachments().add(AttachmentOwner.COMPANY, company, big))
                    .isInstanceOfSatisfying(DeskException.class, e -> {
                        assertThat(e.key()).isEqualTo("attachment.error.fileTooLarge");
                        assertThat(services.messages().get(e.key(), e.args())).contains("扫描件.pdf").contains("50 MB");
                    });
            assertThatThrownBy(() -> services.attachments().add(AttachmentOwner.COMPANY, company, outside.resolve("无.pdf")))
                    .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("attachment.error.fileUnreadable"));
            assertThat(services.attachments().of(AttachmentOwner.COMPANY, company)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFileChangedInTheFolderIsRefusedNotShownAltered(Engine engine) throws IOException {
        try (Services services = TestDatabases.open(engine, dir)) {
            var f = new TaskFixtures(services);
            UUID company = f.company("北京智芯科技有限公司", f.team, f.me);
            Attachment a = services.attachments().add(AttachmentOwner.COMPANY, company,
                    Files.writeString(outside.resolve("名片.txt"), SECRET));
            Path stored = storedFiles().get(0);
            byte[] bytes = Files.readAllBytes(stored);
            bytes[bytes.length - 1] ^= 1;
            Files.write(stored, bytes);

            assertThatThrownBy(() -> services.attachments().bytes(a.id()))
                    .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("attachment.error.unreadable"));
        }
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("attachments"))) {
            return files.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).toList();
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
