package cn.zhaoshang.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.company.Company;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A laptop that never reaches the server: the same changes as encrypted files, each importable twice. */
class SyncBundleTest {
    private static final char[] PASSWORD = "出差包-2026".toCharArray();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void bundlesCarryChangesBothWaysAndASecondImportChangesNothing(Engine engine) {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Company c = f.company("北京博研科技有限公司", f.beijing);
            Services laptop = f.laptop("liming");
            UUID laptopId = laptop.sync().state().orElseThrow().laptopId();
            Company mine = laptop.companies().get(c.id());
            laptop.companies().update(c.id(), mine.version(), mine.data().toBuilder().address("海淀区 1 号").build());
            Company created = f.company("北京后来的线索有限公司", f.beijing);

            Path toOffice = dir.resolve("李明-出差.zsbundle");
            assertThat(laptop.sync().exportChanges(toOffice, PASSWORD)).isPositive();
            assertThat(f.server.sync().importChanges(toOffice, PASSWORD)).isEqualTo(new SyncResult(1, 0, 0));
            assertThat(f.server.sync().importChanges(toOffice, PASSWORD)).isEqualTo(new SyncResult(0, 0, 0));
            assertThat(f.server.companies().get(c.id()).data().address()).isEqualTo("海淀区 1 号");

            Path toLaptop = dir.resolve("给李明.zsbundle");
            f.server.sync().exportFor(laptopId, toLaptop, PASSWORD);
            SyncResult first = laptop.sync().importServerChanges(toLaptop, PASSWORD);
            assertThat(first.pulled()).isPositive();
            assertThat(laptop.companies().find(created.id())).isPresent();
            assertThat(laptop.sync().importServerChanges(toLaptop, PASSWORD)).isEqualTo(new SyncResult(0, 0, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aWrongPasswordOrADamagedBundleIsRefusedAndNothingChanges(Engine engine) throws Exception {
        try (SyncFixture f = new SyncFixture(engine, dir)) {
            Company c = f.company("北京博研科技有限公司", f.beijing);
            Services laptop = f.laptop("liming");
            Company mine = laptop.companies().get(c.id());
            laptop.companies().update(c.id(), mine.version(), mine.data().toBuilder().address("海淀区 1 号").build());
            Path bundle = dir.resolve("b.zsbundle");
            laptop.sync().exportChanges(bundle, PASSWORD);

            assertThatThrownBy(() -> f.server.sync().importChanges(bundle, "wrong".toCharArray()))
                    .isInstanceOf(DeskException.class)
                    .satisfies(e -> assertThat(((DeskException) e).key()).isEqualTo("sync.error.bundlePassword"));
            byte[] bytes = Files.readAllBytes(bundle);
            bytes[bytes.length / 2] ^= 0x40;
            Files.write(bundle, bytes);
            assertThatThrownBy(() -> f.server.sync().importChanges(bundle, PASSWORD))
                    .isInstanceOf(DeskException.class);
            Path notABundle = Files.writeString(dir.resolve("note.zsbundle"), "企业名称,地址\n");
            assertThatThrownBy(() -> f.server.sync().importChanges(notABundle, PASSWORD))
                    .satisfies(e -> assertThat(((DeskException) e).key()).isEqualTo("sync.error.notABundle"));
            assertThat(f.server.companies().get(c.id()).data().address()).isEqualTo("中原区建设路 1 号");
        }
    }
}
