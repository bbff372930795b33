package cn.zhaoshang.desk.server;

import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.generated.tables.records.TeamRecord;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Losing the team server: the change feed notices (the banner listens to it), writes are refused
 * with a message that says nothing was saved, and everything works again once the server is back.
 * The server is "lost" by closing the test database to new connections and ending the open ones.
 */
class ServerLossTest {
    @TempDir
    Path dir;

    @Test
    void writesAreRefusedWhileTheServerIsGoneAndWorkAgainWhenItIsBack() {
        DatabaseConfig server = TestDatabases.freshPostgres();
        String name = server.url().substring(server.url().lastIndexOf('/') + 1);
        try (Services services = TestDatabases.open(server, dir)) {
            List<Boolean> reachability = new ArrayList<>();
            services.changes().onReachability(reachability::add);
            services.changes().poll();
            TeamRecord team = services.database().dsl().selectFrom(TEAM).orderBy(TEAM.NAME).limit(1).fetchOne();

            TestDatabases.cutOff(server, true);
            services.changes().poll();
            assertThat(reachability).containsExactly(false);
            assertThat(services.changes().isReachable()).isFalse();

            TeamRecord edited = team.copy();
            edited.setId(team.getId());
            edited.setVersion(team.getVersion());
            edited.setDescription("断线时输入的说明");
            assertThatThrownBy(() -> services.writer().update(edited))
                    .isInstanceOf(DeskException.class)
                    .satisfies(e -> {
                        assertThat(((DeskException) e).key()).isEqualTo("server.error.offline");
                        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).describe(e)).contains("没有保存", name);
                        assertThat(new Messages(Locale.ENGLISH).describe(e)).contains("nothing was saved");
                    });
            assertThat(edited.getDescription()).as("what the user typed").isEqualTo("断线时输入的说明");

            TestDatabases.cutOff(server, false);
            services.changes().poll();
            assertThat(reachability).containsExactly(false, true);
            services.writer().update(edited);
            assertThat(services.writer().load(TEAM, team.getId()).getDescription()).isEqualTo("断线时输入的说明");
        }
    }

    @Test
    void aClosedDatabaseRefusesWritesWithTheSameMessage() {
        Services services = TestDatabases.open(Engine.H2, dir);
        TeamRecord team = services.database().dsl().selectFrom(TEAM).limit(1).fetchOne();
        services.close();
        services.changes().poll();
        assertThatThrownBy(() -> services.writer().update(team))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("server.error.offline"));
    }
}
