package cn.zhaoshang.desk.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import java.time.Clock;
import java.time.Duration;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSaveStampedByAClockThatIsBehindIsNoticedToo(Engine engine) {
        DatabaseConfig config = TestDatabases.config(engine);
        try (Services alice = TestDatabases.open(config, dir.resolve("alice"));
             Services bob = TestDatabases.asSystem(Composition.open(dir.resolve("bob"), new LocalSettings(dir.resolve("bob")), alice.messages(),
                     config, Clock.offset(TestDatabases.CLOCK, Duration.ofMinutes(-3)), null))) {
            var company = alice.companies().create(cn.zhaoshang.desk.company.CompanyData.named("郑州博研科技有限公司").build());
            List<String> changed = new ArrayList<>();
            alice.changes().onChange(changed::add);
            alice.changes().poll();
            alice.changes().poll();
            assertThat(changed).as("nothing changed between two polls").isEmpty();

            var bobs = bob.companies().update(company.id(), company.version(),
                    company.data().toBuilder().address("中原路 88 号").build());
            assertThat(bobs.updatedAt()).isBefore(company.updatedAt());
            alice.changes().poll();
            assertThat(changed).containsExactly("company");

            bob.companies().delete(bobs.id(), bobs.version());
            alice.changes().poll();
            assertThat(changed).containsExactly("company", "company");
        }
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
