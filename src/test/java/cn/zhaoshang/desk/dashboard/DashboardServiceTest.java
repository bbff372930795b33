package cn.zhaoshang.desk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
            // Signed in 2026 (live): 星河华中总部 1000 (registered, started), 星河研发中心 500, 海川新材料基地 2000
            // (registered). 履约率 2/3, 开工率 1/3; funds of those three up to today 300+200+500 = 1000 of 3500.
            Kpis all = s.dashboard().kpis(new DashboardFilter(YEAR, null));
            assertThat(all.signed()).isEqualTo(3);
            assertThat(all.fulfilmentRate()).isEqualByComparingTo("0.6667");
            assertThat(all.startRate()).isEqualByComparingTo("0.3333");
            assertThat(all.fundsInPlace()).isEqualByComparingTo("1000");
            assertThat(all.fundsRate()).isEqualByComparingTo("0.2857");

            // Beijing: 华中总部 and 研发中心 — 1 of 2 registered, 1 of 2 started, funds 500 of 1500.
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
            // 2026 actuals: Beijing signed 2, contract 1500, registered 2, started 1, funds 600, visits 2;
            // Shanghai 1, 2000, 1, 0, 500, 1; Guangzhou and Shenzhen nothing. Without a target the benchmark
            // is the mean of the four teams: registered .75, funds 275, started .25, visits .75.
            // Beijing (default weights .25 .25 .10 .20 .10 .10): signed 2/4=.5, contract 1500/3000=.5, the
            // rest above the mean, capped at 1.5: .125+.125+.15+.30+.15+.15 = 1.0 → 100.0.
            // Shanghai: 1/2=.5, 2000/4000=.5, 1/.75=1.333, funds capped 1.5, started 0, visits 1.333:
            // .125+.125+.1333+.30+0+.1333 = .8167 → 81.7. Guangzhou 0.
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
            // No unit targets: each indicator is measured against the mean of all N seeded units (N >= 6).
            // 区工信局 (华中总部, 研发中心): signed 2, contract 1500, registered 1, started 1, funds 500, visits 1 —
            // each at least 1.5 times the mean once N >= 4, so every indicator is capped: 150.0.
            // 西流湖街道 (海川新材料基地): signed 1 = N/3 of the mean, contract 2000, registered 1, funds 500 — all
            // capped at 1.5 for N >= 6 — started 0, visits 0: .25*1.5+.25*1.5+.1*1.5+.2*1.5 = 1.2 → 120.0.
            assertThat(s.dashboard().units()).hasSizeGreaterThanOrEqualTo(6);
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
            assertThat(s.dashboard().drill(DrillDown.of(DrillDown.Kind.KPI_NOT_REGISTERED), year)).extracting(DrillRow::id)
                    .containsExactly(f.p2);
            // A unit's ranking row opens the projects it signed in the period (the deleted one left out), newest first.
            assertThat(s.dashboard().drill(DrillDown.unitSigned(f.industryBureau), year)).extracting(DrillRow::id)
                    .containsExactly(f.p2, f.p1);
            assertThat(s.dashboard().drill(DrillDown.unitSigned(f.xiliuhu), new DashboardFilter(new Period(PeriodKind.QUARTER, 2026, 1), null)))
                    .as("海川 signed in April, not in Q1").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void onlyManagersSetTargetsAndOnlyTheAdministratorWeighsTheRanking(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            s.session().signIn(UUID.randomUUID(), "lina", "李娜", null, "RECRUITER");
            assertThat(s.targets().maySetTargets()).isFalse();
            assertThatThrownBy(() -> s.targets().setYearTarget(2026, OwnerKind.TEAM, f.beijing, Indicator.VISITS, n("10")))
                    .isInstanceOf(DeskException.class).hasMessageContaining("security.error.managersOnly");
            s.session().signIn(UUID.randomUUID(), "juzhang", "局长", null, "MANAGER");
            s.targets().setYearTarget(2026, OwnerKind.TEAM, f.beijing, Indicator.VISITS, n("10"));
            assertThat(s.targets().maySetWeights()).isFalse();
            assertThatThrownBy(() -> s.targets().setWeight(Indicator.VISITS, n("0.5"))).isInstanceOf(DeskException.class);
            assertThat(s.targets().weights()).containsEntry(Indicator.VISITS, n("0.100"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void editedPartsAreSavedTogetherOrNotAtAll(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            List<TargetLine> lines = s.targets().setYearTarget(2026, OwnerKind.UNIT, f.xiliuhu, Indicator.VISITS, n("120"));
            TargetLine june = lines.stream().filter(l -> l.periodKind() == PeriodKind.MONTH && l.periodNo() == 6).findFirst().orElseThrow();
            TargetLine q3 = lines.stream().filter(l -> l.periodKind() == PeriodKind.QUARTER && l.periodNo() == 3).findFirst().orElseThrow();
            s.targets().saveAll(List.of(withAmount(june, "25")));
            // June is now 25 (was 10); a second edit made from the old June refuses Q3's edit with it.
            assertThatThrownBy(() -> s.targets().saveAll(List.of(withAmount(q3, "40"), withAmount(june, "30"))))
                    .isInstanceOf(RuntimeException.class);
            Map<PeriodKind, List<TargetLine>> stored = s.targets().targets(2026, OwnerKind.UNIT).stream()
                    .collect(Collectors.groupingBy(TargetLine::periodKind));
            assertThat(stored.get(PeriodKind.QUARTER).get(2).amount()).as("Q3 unchanged").isEqualByComparingTo("30");
            assertThat(stored.get(PeriodKind.MONTH).get(5).amount()).isEqualByComparingTo("25");
            // the month figure of June for 西流湖街道 now reads against 25
            assertThat(s.dashboard().targetsFor(new Period(PeriodKind.MONTH, 2026, 6), OwnerKind.UNIT).get(f.xiliuhu)
                    .get(Indicator.VISITS)).isEqualByComparingTo("25");
        }
    }

    private static TargetLine withAmount(TargetLine l, String amount) {
        return new TargetLine(l.id(), l.version(), l.year(), l.ownerKind(), l.ownerId(), l.indicator(), l.periodKind(),
                l.periodNo(), n(amount));
    }

    @org.junit.jupiter.api.Test
    void periodsParseTheirCodesAndMeasureElapsedTime() {
        assertThat(Period.parse("2026-Q2")).isEqualTo(new Period(PeriodKind.QUARTER, 2026, 2));
        assertThat(Period.parse("2026-06").to()).isEqualTo(DashboardFixture.d(2026, 6, 30));
        assertThat(Period.parse("2026").shift(-1).code()).isEqualTo("2025");
        assertThat(Period.parse("2026-01").shift(-1).code()).isEqualTo("2025-12");
        assertThat(new Period(PeriodKind.MONTH, 2026, 6).elapsedShare(DashboardFixture.d(2026, 6, 15))).isEqualByComparingTo("0.5");
        assertThatThrownBy(() -> Period.parse("2026-13")).isInstanceOf(IllegalArgumentException.class);
        // English: 608.7 亿元 = 60.87 billion CNY; 850 万元 = 8.5 million CNY (the one formatter of common.text)
        var english = new Messages(Messages.ENGLISH);
        assertThat(Money.format(n("6087000"), english)).isEqualTo("CNY 60.87 bn");
        assertThat(Money.format(n("850"), english)).isEqualTo("CNY 8.5 M");
    }

    private static IndicatorProgress find(List<IndicatorProgress> rows, PeriodKind kind, Indicator indicator) {
        return rows.stream().filter(r -> r.period().kind() == kind && r.indicator() == indicator).findFirst().orElseThrow();
    }
}
