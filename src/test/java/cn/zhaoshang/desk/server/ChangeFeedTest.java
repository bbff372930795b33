package cn.zhaoshang.desk.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeFeedTest {
    @TempDir
    Path dir;

    @Test
    void aLostDatabaseIsReportedOnceAsUnreachable() {
        Services services = TestDatabases.open(Engine.H2, dir);
        List<Boolean> reachability = new ArrayList<>();
        services.changes().onReachability(reachability::add);
        services.changes().poll();
        assertThat(reachability).isEmpty();
        assertThat(services.changes().isReachable()).isTrue();

        services.close();
        services.changes().poll();
        services.changes().poll();
        assertThat(reachability).containsExactly(false);
        assertThat(services.changes().isReachable()).isFalse();
    }

    @Test
    void ownChangesAreNoticedToo() {
        try (Services services = TestDatabases.open(Engine.H2, dir)) {
            List<String> changed = new ArrayList<>();
            services.changes().onChange(changed::add);
            services.changes().poll();
            services.demoData().generate(10, 1, cn.zhaoshang.desk.common.background.Progress.NONE);
            services.changes().poll();
            assertThat(changed).contains("company", "project", "task");
        }
    }
}
