package cn.zhaoshang.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.sync.ui.ConflictsViewModel;
import cn.zhaoshang.desk.sync.ui.SyncStatusViewModel;
import cn.zhaoshang.desk.sync.ui.SyncStatusViewModel.State;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The laptop's sync as the desktop shows it: the status line, offline, the conflict queue and its answers. */
class SyncStatusTest {
    @TempDir
    Path dir;

    @Test
    void theStatusLineFollowsTheLaptopFromSyncedToWaitingOfflineAndConflictsAndTheQueueSettlesThem() {
        try (SyncFixture f = new SyncFixture(Engine.H2, dir)) {
            Company c = f.company("北京博研科技有限公司", f.beijing);
            Services laptop = f.laptop("liming");
            ServerConnector online = () -> Database.open(f.server.database().config(), TestDatabases.CLOCK);
            ServerConnector[] server = {online};
            List<String> notices = new ArrayList<>();
            SyncStatusViewModel status = new SyncStatusViewModel(laptop.sync(), () -> server[0].open(),
                    new ImmediateTaskRunner(), laptop.messages(), TestDatabases.CLOCK, notices::add);

            status.refresh();
            assertThat(status.stateProperty().get()).isEqualTo(State.SYNCED);
            assertThat(status.textProperty().get()).startsWith("已同步 10:00"); // 02:00 UTC in the office's zone

            Company mine = laptop.companies().get(c.id());
            laptop.companies().update(c.id(), mine.version(), mine.data().toBuilder().address("海淀区 1 号").build());
            status.refresh();
            assertThat(status.stateProperty().get()).isEqualTo(State.WAITING);
            assertThat(status.textProperty().get()).startsWith("1 条修改待上传");

            server[0] = () -> {
                throw new DeskException("db.error.unreachable", "the team server");
            };
            status.syncNow();
            assertThat(status.stateProperty().get()).isEqualTo(State.OFFLINE);
            assertThat(status.textProperty().get()).startsWith("离线").contains("待上传 1 条");
            assertThat(notices).as("being offline is a state, not an error to report").isEmpty();

            Company stored = f.server.companies().get(c.id());
            f.server.companies().update(c.id(), stored.version(), stored.data().toBuilder().address("朝阳区 2 号").build());
            server[0] = online;
            status.syncNow();
            assertThat(status.stateProperty().get()).isEqualTo(State.CONFLICTS);
            assertThat(status.textProperty().get()).isEqualTo("冲突 1 个");
            assertThat(notices).singleElement().asString().contains("新冲突 1 个");

            ConflictsViewModel queue = new ConflictsViewModel(laptop.sync(), new ImmediateTaskRunner(), laptop.messages(),
                    e -> { throw new AssertionError(e); });
            queue.reload();
            assertThat(queue.rows()).singleElement().satisfies(row -> {
                assertThat(row.record()).contains("北京博研科技有限公司");
                assertThat(row.mine()).isEqualTo("海淀区 1 号");
                assertThat(row.theirs()).isEqualTo("朝阳区 2 号");
                assertThat(row.myside()).startsWith("liming");
                assertThat(row.theirside()).startsWith("banzhang");
            });
            queue.selectedProperty().set(queue.rows().getFirst());
            queue.take(SyncService.Take.THEIRS);
            assertThat(queue.rows()).isEmpty();
            assertThat(laptop.companies().get(c.id()).data().address()).isEqualTo("朝阳区 2 号");
            status.refresh();
            assertThat(status.stateProperty().get()).isEqualTo(State.SYNCED);
        }
    }
}
