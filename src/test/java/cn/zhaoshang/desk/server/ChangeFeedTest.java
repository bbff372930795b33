package cn.zhaoshang.desk.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.change.ChangeBatch;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    /** Changes are numbered in commit order, so a client whose clock is minutes behind is heard like any other. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSaveStampedByAClockThatIsBehindIsHeardToo(Engine engine) {
        DatabaseConfig config = TestDatabases.config(engine);
        try (Services alice = TestDatabases.open(config, dir.resolve("alice"));
             Services bob = TestDatabases.asSystem(Composition.open(dir.resolve("bob"), new LocalSettings(dir.resolve("bob")),
                     alice.messages(), config, Clock.offset(TestDatabases.CLOCK, Duration.ofMinutes(-3)), null))) {
            var company = alice.companies().create(CompanyData.named("郑州博研科技有限公司").build());
            List<ChangeBatch> heard = new ArrayList<>();
            alice.changeStream().subscribe(b -> {
                if (!b.local()) {
                    heard.add(b);
                }
            });
            alice.changes().poll();
            alice.changes().poll();
            assertThat(heard).as("nothing changed between two polls").isEmpty();

            var bobs = bob.companies().update(company.id(), company.version(),
                    company.data().toBuilder().address("中原路 88 号").build());
            assertThat(bobs.updatedAt()).isBefore(company.updatedAt());
            alice.changes().poll();
            assertThat(heard).singleElement().satisfies(b -> assertThat(b.ids("company")).containsExactly(company.id()));

            bob.companies().delete(bobs.id(), bobs.version());
            alice.changes().poll();
            assertThat(heard).hasSize(2);
        }
    }

    @Test
    void ownChangesAreHeardWhenTheyCommitWithoutAPoll() {
        try (Services services = TestDatabases.open(Engine.H2, dir)) {
            List<String> changed = new ArrayList<>();
            services.changeStream().subscribe(b -> changed.addAll(b.tables()));
            services.demoData().generate(10, 1, Progress.NONE);
            assertThat(changed).contains("company", "project", "task");
        }
    }
}
