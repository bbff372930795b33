package cn.zhaoshang.desk.dashboard;

import static cn.zhaoshang.desk.dashboard.DashboardFixture.d;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.company.Interaction;
import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.generated.tables.records.CompanyRecord;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dashboard keeps its figures between loads until a table they come from changes (decision
 * 0097). After every change to projects, funds and visits the kept screen must equal a full recount;
 * a change elsewhere keeps it without counting again.
 */
class DashboardCacheTest {
    private static final Period YEAR = Period.of(PeriodKind.YEAR, d(2026, 6, 15));

    @TempDir
    Path dir;

    /** The loaded screens (whole district and one team) against a recount from the tables, figure by figure. */
    private static void assertKeptEqualsRecount(Services s, List<DashboardFilter> filters, String after) {
        for (DashboardFilter filter : filters) {
            assertThat(s.dashboard().load(filter)).as(after + ", " + filter).isEqualTo(s.dashboard().recount(filter));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void keptFiguresEqualAFullRecountAfterProjectsFundsAndVisitsChange(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            List<DashboardFilter> filters = List.of(new DashboardFilter(YEAR, null), new DashboardFilter(YEAR, f.beijing),
                    new DashboardFilter(Period.of(PeriodKind.QUARTER, d(2026, 6, 15)), f.shanghai));
            DashboardData first = s.dashboard().load(filters.get(0));
            long counted = s.dashboard().recountCount();
            assertThat(s.dashboard().load(filters.get(0))).isSameAs(first);
            assertThat(s.dashboard().recountCount()).as("nothing changed: kept").isEqualTo(counted);

            // A change the dashboard does not show: kept, not counted again.
            UUID company = s.database().dsl().select(COMPANY.ID).from(COMPANY).limit(1).fetchOne(COMPANY.ID);
            CompanyRecord renamed = s.writer().load(COMPANY, company);
            renamed.setShortName("改了简称");
            s.writer().update(renamed);
            assertThat(s.dashboard().load(filters.get(0))).isSameAs(first);
            assertThat(s.dashboard().recountCount()).isEqualTo(counted);

            // A fund received, then taken back.
            UUID fund = s.projectFinance().addFund(f.p3, d(2026, 6, 12), new BigDecimal("250"), "第二笔");
            assertKeptEqualsRecount(s, filters, "fund added");
            assertThat(s.dashboard().load(filters.get(0))).isNotEqualTo(first);
            assertThat(s.dashboard().recountCount()).isGreaterThan(counted);
            s.projectFinance().deleteFund(fund, s.projectFinance().funds(f.p3).stream()
                    .filter(x -> x.id().equals(fund)).findFirst().orElseThrow().version());
            assertKeptEqualsRecount(s, filters, "fund deleted");

            // Visits recorded and corrected: only the visits are counted again, projects and funds are kept.
            long pipelineReads = s.dashboard().pipelineReadCount();
            Interaction visit = s.companies().visits().record(company,
                    new Interaction.Draft(d(2026, 6, 11), InteractionKind.VISIT_OUT, null, null, "回访", null, null));
            assertKeptEqualsRecount(s, filters, "visit recorded");
            s.companies().visits().correct(visit.id(),
                    new Interaction.Draft(d(2026, 5, 11), InteractionKind.VISIT_OUT, null, null, "回访（更正日期）", null, null));
            assertKeptEqualsRecount(s, filters, "visit corrected");
            assertThat(s.dashboard().pipelineReadCount()).as("projects not read again for visits").isEqualTo(pipelineReads);

            // Projects archived and deleted.
            s.projects().archive(f.p2, s.projects().get(f.p2).version());
            assertKeptEqualsRecount(s, filters, "project archived");
            s.projects().delete(f.p6, s.projects().get(f.p6).version());
            assertKeptEqualsRecount(s, filters, "project deleted");
            assertThat(s.dashboard().load(filters.get(0)).funnel()).isEqualTo(s.dashboard().recount(filters.get(0)).funnel());
        }
    }
}
