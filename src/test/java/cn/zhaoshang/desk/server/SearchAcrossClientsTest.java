package cn.zhaoshang.desk.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanySort;
import cn.zhaoshang.desk.search.SearchHit;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two clients on one database: what one of them does to a company is found (or no longer found)
 * by the other's search after one poll of the change log, without a restart or a rebuild.
 */
class SearchAcrossClientsTest {
    @TempDir
    Path dir;

    private static List<UUID> found(Services services, String query) {
        services.search().awaitUpToDate();
        return services.search().search(query, 10).stream().map(SearchHit::companyId).toList();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void createdRenamedMergedDeletedAndRestoredCompaniesReachTheOtherClientsSearch(Engine engine) {
        DatabaseConfig shared = TestDatabases.config(engine);
        try (Services alice = TestDatabases.open(shared, dir.resolve("alice"));
             Services bob = TestDatabases.open(shared, dir.resolve("bob"))) {
            bob.search().rebuild(Progress.NONE);

            var boyan = alice.companies().create(CompanyData.named("郑州博研科技有限公司").build());
            bob.changes().poll();
            assertThat(found(bob, "博研")).containsExactly(boyan.id());
            assertThat(found(bob, "byk")).as("initials").containsExactly(boyan.id());

            boyan = alice.companies().update(boyan.id(), boyan.version(),
                    boyan.data().toBuilder().name("郑州启明博研科技有限公司").build());
            bob.changes().poll();
            assertThat(found(bob, "启明")).containsExactly(boyan.id());

            var twin = alice.companies().create(CompanyData.named("郑州启明星辰科技有限公司").build());
            bob.changes().poll();
            assertThat(found(bob, "星辰")).containsExactly(twin.id());
            alice.companies().duplicates().merge(boyan.id(), twin.id());
            bob.changes().poll();
            assertThat(found(bob, "星辰")).as("merged away").isEmpty();
            assertThat(found(bob, "启明")).containsExactly(boyan.id());

            var kept = alice.companies().get(boyan.id());
            alice.companies().delete(kept.id(), kept.version());
            bob.changes().poll();
            assertThat(found(bob, "启明")).isEmpty();

            var inTrash = alice.history().trash().stream().filter(t -> t.id().equals(kept.id())).findFirst().orElseThrow();
            alice.history().restore(inTrash);
            bob.changes().poll();
            assertThat(found(bob, "启明")).containsExactly(kept.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLargeImportByAColleagueIsFoundAfterThePollWithoutARebuild(Engine engine) {
        DatabaseConfig shared = TestDatabases.config(engine);
        try (Services alice = TestDatabases.open(shared, dir.resolve("alice"));
             Services bob = TestDatabases.open(shared, dir.resolve("bob"))) {
            bob.search().rebuild(Progress.NONE);
            alice.demoData().generate(150, 11, Progress.NONE);
            bob.changes().poll();
            String someName = alice.companies().page(CompanyFilter.NONE,
                    CompanySort.DEFAULT, null, 1).rows().get(0).name();
            assertThat(found(bob, someName)).isNotEmpty();
            assertThat(bob.search().companyIndex().size())
                    .isEqualTo(bob.companies().count(CompanyFilter.NONE));
        }
    }
}
