package cn.zhaoshang.desk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every figure against the hand-computed values of {@link DashboardFixture} (today 2026-06-15). */
class DashboardServiceTest {
    private static final Period YEAR = new Period(PeriodKind.YEAR, 2026, 1);
    @TempDir
    Path dir;

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void funnelCountsLiveProjectsPerStageWithTheirAmounts(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            new DashboardFixture(s);
            Map<String, StageCount> funnel = s.dashboard().funnel(null).stream()
                    .collect(Collectors.toMap(StageCount::stage, Function.identity()));
            assertThat(s.dashboard().funnel(null)).extracting(StageCount::stage).containsExactlyElementsOf(DashboardService.STAGES);
            assertThat(funnel.get("LEAD").projects()).isZero();
            assertThat(funnel.get("NEGOTIATING").projects()).isEqualTo(1);
            assertThat(funnel.get("NEGOTIATING").amount()).isEqualByComparingTo("300");
            assertThat(funnel.get("SIGNED").projects()).as("the deleted project is not counted").isEqualTo(1);
            assertThat(funnel.get("SIGNED").amount()).isEqualByComparingTo("500");
            assertThat(funnel.get("REGISTERED").projects()).isEqualTo(2);
            assertThat(funnel.get("REGISTERED").amount()).isEqualByComparingTo("2800");
            assertThat(funnel.get("OPERATING").amount()).isEqualByComparingTo("1000");
            assertThat(funnel.get("DROPPED").projects()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ratesAreComputedOverTheProjectsSignedInThePeriod(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            Kpis all = s.dashboard().kpis(new DashboardFilter(YEAR, null));
            assertThat(all.signed()).isEqualTo(3);
            assertThat(all.fulfilmentRate()).isEqualByComparingTo("0.6667");
            assertThat(all.startRate()).isEqualByComparingTo("0.3333");
            assertThat(all.fundsInPlace()).isEqualByComparingTo("1000");
            assertThat(all.fundsRate()).isEqualByComparingTo("0.2857");

            Kpis beijing = s.dashboard().kpis(new DashboardFilter(YEAR, f.beijing));
            assertThat(beijing.fulfilmentRate()).isEqualByComparingTo("0.5");
            assertThat(beijing.startRate()).isEqualByComparingTo("0.5");
            assertThat(beijing.fundsRate()).isEqualByComparingTo("0.3333");

            Kpis empty = s.dashboard().kpis(new DashboardFilter(new Period(PeriodKind.MONTH, 2026, 2), null));
            assertThat(empty.signed()).isZero();
            assertThat(empty.fulfilmentRate()).as("no base, no rate").isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void progressSetsWorkDoneAgainstTimeElapsedForMonthQuarterAndYear(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            s.targets().setYearTarget(2026, OwnerKind.TEAM, f.beijing, Indicator.SIGNED_PROJECTS, n("4"));
            s.targets().setYearTarget(2026, OwnerKind.TEAM, f.shanghai, Indicator.SIGNED_PROJECTS, n("2"));
            List<IndicatorProgress> progress = s.dashboard().progress(new DashboardFilter(YEAR, null));
            IndicatorProgress year = find(progress, PeriodKind.YEAR, Indicator.SIGNED_PROJECTS);
            assertThat(year.actual()).isEqualByComparingTo("3");
            assertThat(year.target()).isEqualByComparingTo("6");
            assertThat(year.elapsedShare()).isEqualByComparingTo("0.4548");   // 166 of 365 days
            assertThat(year.behind()).isFalse();
            IndicatorProgress quarter = find(progress, PeriodKind.QUARTER, Indicator.SIGNED_PROJECTS);
            assertThat(quarter.actual()).isEqualByComparingTo("2");
            assertThat(quarter.target()).isEqualByComparingTo("1.5");
            assertThat(quarter.elapsedShare()).isEqualByComparingTo("0.8352"); // 76 of 91 days
            IndicatorProgress visits = find(progress, PeriodKind.MONTH, Indicator.VISITS);
            assertThat(visits.actual()).as("the correction is not a second visit").isEqualByComparingTo("1");
            assertThat(visits.target()).isNull();

            IndicatorProgress beijingYear = find(s.dashboard().progress(new DashboardFilter(YEAR, f.beijing)),
                    PeriodKind.YEAR, Indicator.FUNDS_IN_PLACE);
            assertThat(beijingYear.actual()).isEqualByComparingTo("600");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void yearTargetsSplitEvenlyAndEditedQuartersOverrideTheSplit(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            List<TargetLine> lines = s.targets().setYearTarget(2026, OwnerKind.TEAM, f.beijing, Indicator.CONTRACT_AMOUNT, n("1000"));
            assertThat(lines).hasSize(17);
            assertThat(lines.stream().filter(l -> l.periodKind() == PeriodKind.MONTH).map(TargetLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000");
            assertThat(lines.get(1).amount()).isEqualByComparingTo("250");
            TargetLine q2 = lines.stream().filter(l -> l.periodKind() == PeriodKind.QUARTER && l.periodNo() == 2).findFirst().orElseThrow();
            s.targets().save(new TargetLine(q2.id(), q2.version(), 2026, OwnerKind.TEAM, f.beijing, Indicator.CONTRACT_AMOUNT,
                    PeriodKind.QUARTER, 2, n("400")));
            assertThat(find(s.dashboard().progress(new DashboardFilter(YEAR, f.beijing)), PeriodKind.QUARTER,
                    Indicator.CONTRACT_AMOUNT).target()).isEqualByComparingTo("400");
            assertThatThrownBy(() -> s.targets().save(q2)).as("a stale edit is refused").isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> s.targets().setYearTarget(2026, OwnerKind.TEAM, f.beijing, Indicator.VISITS, n("-1")))
                    .isInstanceOf(DeskException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void teamRankingWeighsCompletionAgainstTargetsOrTheAverage(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            s.targets().setYearTarget(2026, OwnerKind.TEAM, f.beijing, Indicator.SIGNED_PROJECTS, n("4"));
            s.targets().setYearTarget(2026, OwnerKind.TEAM, f.beijing, Indicator.CONTRACT_AMOUNT, n("3000"));
            s.targets().setYearTarget(2026, OwnerKind.TEAM, f.shanghai, Indicator.SIGNED_PROJECTS, n("2"));
            s.targets().setYearTarget(2026, OwnerKind.TEAM, f.shanghai, Indicator.CONTRACT_AMOUNT, n("4000"));
            List<RankingRow> ranking = s.dashboard().ranking(YEAR, OwnerKind.TEAM);
            assertThat(ranking).extracting(RankingRow::ownerName)
                    .containsExactly("北京驻地招商小分队", "上海驻地招商小分队", "广州驻地招商小分队", "深圳驻地招商小分队");
            assertThat(ranking.get(0).score()).isEqualByComparingTo("100.0");
            assertThat(ranking.get(1).score()).isEqualByComparingTo("81.7");
            assertThat(ranking.get(2).score()).isEqualByComparingTo("0");
            assertThat(ranking.get(0).actuals()).containsEntry(Indicator.VISITS, n("2"));
            assertThat(ranking.get(0).completion().get(Indicator.SIGNED_PROJECTS)).isEqualByComparingTo("0.5");

            s.targets().setWeight(Indicator.FUNDS_IN_PLACE, BigDecimal.ZERO);
            s.targets().setWeight(Indicator.STARTED_PROJECTS, BigDecimal.ZERO);
            // Beijing .25*.5+.25*.5+.1*1.5+.1*1.5 = .55 of .7; Shanghai .125+.125+.1333+.1333 = .5167 of .7
            List<RankingRow> reweighted = s.dashboard().ranking(YEAR, OwnerKind.TEAM);
            assertThat(reweighted.get(0).score()).isEqualByComparingTo("78.6");
            assertThat(reweighted.get(1).score()).isEqualByComparingTo("73.8");
            assertThatThrownBy(() -> s.targets().setWeight(Indicator.VISITS, n("2"))).isInstanceOf(DeskException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void unitRankingCountsProjectsOfTheResponsibleUnit(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            new DashboardFixture(s);
            List<RankingRow> ranking = s.dashboard().ranking(YEAR, OwnerKind.UNIT);
            assertThat(ranking.get(0).ownerName()).isEqualTo("区工信局");
            assertThat(ranking.get(0).score()).isEqualByComparingTo("150.0");
            assertThat(ranking.get(0).actuals()).containsEntry(Indicator.SIGNED_PROJECTS, n("2"))
                    .containsEntry(Indicator.VISITS, n("1"));
            assertThat(ranking.get(1).ownerName()).isEqualTo("西流湖街道");
            assertThat(ranking.get(1).score()).isEqualByComparingTo("120.0");
            assertThat(ranking.get(2).score()).isEqualByComparingTo("0");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void chainsSourcesAndOverdueSupervisionItems(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            List<GroupCount> chains = s.dashboard().load(new DashboardFilter(YEAR, null)).byChain();
            assertThat(chains).singleElement().satisfies(c -> {
                assertThat(c.label()).isEqualTo("新材料产业链");
                assertThat(c.projects()).as("the dropped project is left out").isEqualTo(2);
                assertThat(c.amount()).isEqualByComparingTo("3000");
            });
            DashboardData data = s.dashboard().load(new DashboardFilter(YEAR, null));
            assertThat(data.bySource()).extracting(GroupCount::key, GroupCount::projects)
                    .contains(org.assertj.core.groups.Tuple.tuple("REFERRAL", 2L), org.assertj.core.groups.Tuple.tuple("EXPO", 1L),
                            org.assertj.core.groups.Tuple.tuple("OTHER", 1L), org.assertj.core.groups.Tuple.tuple("RESIDENT_TEAM", 1L));
            assertThat(data.overdue()).extracting(OverdueItem::title, OverdueItem::daysOverdue)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("督办：星河注册", 14L),
                            org.assertj.core.groups.Tuple.tuple("督办：海川开工", 5L));
            assertThat(data.overdueCount()).isEqualTo(2);
            assertThat(s.dashboard().load(new DashboardFilter(YEAR, f.beijing)).overdue()).extracting(OverdueItem::title)
                    .containsExactly("督办：星河注册");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void eachFigureOpensTheRowsBehindIt(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            DashboardFilter year = new DashboardFilter(YEAR, null);
            assertThat(s.dashboard().drill(DrillDown.of(Indicator.SIGNED_PROJECTS), year)).extracting(DrillRow::name)
                    .containsExactly("星河研发中心", "海川新材料基地", "星河华中总部");
            assertThat(s.dashboard().drill(new DrillDown(DrillDown.Kind.STAGE, "REGISTERED"), year)).extracting(DrillRow::id)
                    .containsExactlyInAnyOrder(f.p3, f.p6);
            List<DrillRow> funds = s.dashboard().drill(DrillDown.of(Indicator.FUNDS_IN_PLACE), year);
            assertThat(funds).extracting(r -> r.amount().intValue())
                    .containsExactlyInAnyOrder(500, 500, 100);
            assertThat(s.dashboard().drill(DrillDown.of(Indicator.VISITS), year)).hasSize(3);
            assertThat(s.dashboard().drill(DrillDown.of(Indicator.VISITS), year.withTeam(f.beijing))).hasSize(2);
            assertThat(s.dashboard().drill(new DrillDown(DrillDown.Kind.CHAIN, f.chainId.toString()), year)).hasSize(2);
            assertThat(s.dashboard().drill(new DrillDown(DrillDown.Kind.SOURCE, "OTHER"), year)).extracting(DrillRow::id)
                    .containsExactly(f.p6);
            assertThat(s.dashboard().drill(DrillDown.of(DrillDown.Kind.KPI_NOT_STARTED), year)).extracting(DrillRow::id)
                    .containsExactlyInAnyOrder(f.p2, f.p3);
        }
    }

    @org.junit.jupiter.api.Test
    void periodsParseTheirCodesAndMeasureElapsedTime() {
        assertThat(Period.parse("2026-Q2")).isEqualTo(new Period(PeriodKind.QUARTER, 2026, 2));
        assertThat(Period.parse("2026-06").to()).isEqualTo(DashboardFixture.d(2026, 6, 30));
        assertThat(Period.parse("2026").shift(-1).code()).isEqualTo("2025");
        assertThat(Period.parse("2026-01").shift(-1).code()).isEqualTo("2025-12");
        assertThat(new Period(PeriodKind.MONTH, 2026, 6).elapsedShare(DashboardFixture.d(2026, 6, 15))).isEqualByComparingTo("0.5");
        assertThatThrownBy(() -> Period.parse("2026-13")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.show(n("12345.6")).number()).isEqualTo("1.23");
        assertThat(Money.show(n("12345.6")).unitKey()).isEqualTo("dashboard.unit.yi");
        assertThat(Money.show(n("850")).number()).isEqualTo("850");
    }

    private static IndicatorProgress find(List<IndicatorProgress> rows, PeriodKind kind, Indicator indicator) {
        return rows.stream().filter(r -> r.period().kind() == kind && r.indicator() == indicator).findFirst().orElseThrow();
    }
}
