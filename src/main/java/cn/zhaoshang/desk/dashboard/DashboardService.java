package cn.zhaoshang.desk.dashboard;

import cn.zhaoshang.desk.common.db.ChangeKeyedCache;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.dashboard.db.DashboardRepository;
import cn.zhaoshang.desk.dashboard.db.DrillRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The manager's dashboard (领导驾驶舱): pipeline funnel, actuals against targets with time elapsed vs.
 * work done, the three rates, team and unit rankings (红黑榜), projects by chain and source, overdue
 * supervision items, and the list behind each figure. Every figure is computed from the records
 * (never typed in) by grouped SQL; "today" comes from the injected clock in the office's zone.
 */
public final class DashboardService {
    /** One indicator's completion counts at most 150% in a ranking score, so one huge deal cannot carry a team. */
    static final BigDecimal COMPLETION_CAP = new BigDecimal("1.5");
    /** The most rows a list behind a figure shows. */
    public static final int DRILL_LIMIT = 1000;

    private final DashboardRepository figures;
    private final DrillRepository drills;
    private final TargetService targets;
    private final Clock clock;
    /** Projects, funds and chain links, kept until one of them changes (one value: the whole pipeline). */
    private final ChangeKeyedCache<Boolean, PipelineFacts> pipeline;
    /** A year's visits per day, team and unit, kept until a visit changes. */
    private final ChangeKeyedCache<Integer, VisitTally> visits;
    /** The whole screen, kept until anything it shows changes (the ranking weights are part of the key). */
    private final ChangeKeyedCache<ScreenKey, DashboardData> screens;

    /** What a screen depends on besides its tables. */
    private record ScreenKey(DashboardFilter filter, LocalDate today, boolean realNames, Map<Indicator, BigDecimal> weights) {
    }

    public DashboardService(Database database, DashboardRepository figures, DrillRepository drills, TargetService targets,
                            Clock clock) {
        this.figures = figures;
        this.drills = drills;
        this.targets = targets;
        this.clock = clock;
        this.pipeline = new ChangeKeyedCache<>(database, DashboardRepository.PIPELINE_TABLES, 1);
        this.visits = new ChangeKeyedCache<>(database, DashboardRepository.VISIT_TABLES, 2);
        this.screens = new ChangeKeyedCache<>(database, DashboardRepository.SCREEN_TABLES, 16);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(OfficeZone.ZONE));
    }

    /** This year, whole district: what the screen opens with when the user has no team. */
    public DashboardFilter defaultFilter(UUID teamId) {
        return new DashboardFilter(Period.yearOf(today()), teamId);
    }

    /**
     * Everything the screen shows, in one call (run it in the background). Kept between loads until
     * one of its tables changes, by anyone (decision 0097): exactly what a recount would give.
     */
    public DashboardData load(DashboardFilter filter) {
        ScreenKey key = new ScreenKey(filter, today(), figures.showsRealNames(), Map.copyOf(targets.weights()));
        return screens.get(key, () -> count(filter, factsFor(filter.period())));
    }

    /** How many loads were counted from the tables rather than kept (for tests and the benchmark). */
    public long recountCount() {
        return screens.computedCount();
    }

    /** How many times the projects, funds and chains were read rather than kept (a visit leaves them kept). */
    long pipelineReadCount() {
        return pipeline.computedCount();
    }

    /** Every figure counted from the tables now, nothing kept (what the kept screen must equal). */
    DashboardData recount(DashboardFilter filter) {
        Period year = Period.yearOf(filter.period().from());
        return count(filter, figures.facts(year.from(), year.to()));
    }

    private DashboardData count(DashboardFilter filter, PipelineFacts facts) {
        UUID team = filter.teamId();
        return new DashboardData(filter, funnel(facts, team), progress(filter, facts), kpis(filter, facts),
                ranking(filter.period(), OwnerKind.TEAM, facts), ranking(filter.period(), OwnerKind.UNIT, facts),
                facts.byChain(team), facts.bySource(team),
                figures.overdue(team, today(), 100), figures.overdueCount(team, today()));
    }

    /** Read once per load; every period on the screen lies in the year of the filter's period. */
    private PipelineFacts factsFor(Period period) {
        Period year = Period.yearOf(period.from());
        VisitTally tally = visits.get(year.year(), () -> figures.visits(year.from(), year.to()));
        return pipeline.get(Boolean.TRUE, figures::pipeline).withVisits(tally);
    }

    /** Projects now in each stage, in pipeline order (stages without projects shown as 0). */
    public List<StageCount> funnel(UUID teamId) {
        return funnel(factsFor(Period.yearOf(today())), teamId);
    }

    private static List<StageCount> funnel(PipelineFacts facts, UUID teamId) {
        Map<String, StageCount> found = new HashMap<>();
        facts.funnel(teamId).forEach(s -> found.put(s.stage(), s));
        List<StageCount> ordered = new ArrayList<>();
        for (String stage : STAGES) {
            ordered.add(found.getOrDefault(stage, new StageCount(stage, 0, BigDecimal.ZERO)));
        }
        return ordered;
    }

    /** Pipeline order of the stages, then the side states. */
    public static final List<String> STAGES = List.of("LEAD", "CONTACTED", "NEGOTIATING", "SIGNED", "REGISTERED",
            "STARTED", "OPERATING", "ON_HOLD", "DROPPED");

    public Kpis kpis(DashboardFilter filter) {
        return kpis(filter, factsFor(filter.period()));
    }

    private Kpis kpis(DashboardFilter filter, PipelineFacts facts) {
        return facts.kpis(filter.period().from(), filter.period().to(), filter.teamId(), today());
    }

    /**
     * The month, quarter and year around the filter's period (today when it lies inside, else the
     * period's last day), each indicator against the team's target (the sum of all teams' targets
     * when no team is chosen).
     */
    public List<IndicatorProgress> progress(DashboardFilter filter) {
        return progress(filter, factsFor(filter.period()));
    }

    private List<IndicatorProgress> progress(DashboardFilter filter, PipelineFacts facts) {
        LocalDate today = today();
        Period p = filter.period();
        LocalDate anchor = today.isBefore(p.from()) || today.isAfter(p.to()) ? p.to() : today;
        List<IndicatorProgress> rows = new ArrayList<>();
        for (PeriodKind kind : List.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)) {
            Period period = Period.of(kind, anchor);
            Map<UUID, Map<Indicator, BigDecimal>> actuals = facts.actuals(period.from(), period.to(), OwnerKind.TEAM);
            Map<UUID, Map<Indicator, BigDecimal>> goals = targetsFor(period, OwnerKind.TEAM);
            for (Indicator indicator : Indicator.values()) {
                BigDecimal actual = filter.teamId() == null ? total(actuals, indicator) : get(actuals.get(filter.teamId()), indicator);
                BigDecimal target = filter.teamId() == null
                        ? goals.values().stream().map(m -> m.get(indicator)).filter(Objects::nonNull)
                                .reduce(BigDecimal::add).orElse(null)
                        : goals.getOrDefault(filter.teamId(), Map.of()).get(indicator);
                rows.add(new IndicatorProgress(indicator, period, actual, target, period.elapsedShare(today)));
            }
        }
        return rows;
    }

    /**
     * Target amounts per owner and indicator for one period: the stored row for the period, else
     * the year amount split evenly (a quarter ¼, a month 1/12).
     */
    Map<UUID, Map<Indicator, BigDecimal>> targetsFor(Period period, OwnerKind kind) {
        Map<UUID, Map<Indicator, BigDecimal>> exact = new HashMap<>();
        Map<UUID, Map<Indicator, BigDecimal>> year = new HashMap<>();
        for (TargetLine t : targets.targets(period.year(), kind)) {
            if (t.periodKind() == period.kind() && t.periodNo() == period.no()) {
                exact.computeIfAbsent(t.ownerId(), k -> new EnumMap<>(Indicator.class)).put(t.indicator(), t.amount());
            } else if (t.periodKind() == PeriodKind.YEAR) {
                int parts = switch (period.kind()) {
                    case YEAR -> 1;
                    case QUARTER -> 4;
                    case MONTH -> 12;
                };
                year.computeIfAbsent(t.ownerId(), k -> new EnumMap<>(Indicator.class))
                        .put(t.indicator(), t.amount().divide(BigDecimal.valueOf(parts), 4, RoundingMode.HALF_UP));
            }
        }
        year.forEach((owner, byIndicator) -> byIndicator.forEach((indicator, amount) ->
                exact.computeIfAbsent(owner, k -> new EnumMap<>(Indicator.class)).putIfAbsent(indicator, amount)));
        return exact;
    }

    /**
     * The 红黑榜 for the period: every team (or unit), scored 0–150 as the weighted mean of its
     * completion per indicator (actual / target, capped at 150%). Where an owner has no target for
     * an indicator, the benchmark is the mean actual of all ranked owners, so ranking works before
     * targets are set. Highest score first; ties by name.
     */
    public List<RankingRow> ranking(Period period, OwnerKind kind) {
        return ranking(period, kind, factsFor(period));
    }

    private List<RankingRow> ranking(Period period, OwnerKind kind, PipelineFacts facts) {
        Map<UUID, String> names = kind == OwnerKind.TEAM ? figures.teamNames() : figures.unitNames();
        Map<UUID, Map<Indicator, BigDecimal>> actuals = facts.actuals(period.from(), period.to(), kind);
        Map<UUID, Map<Indicator, BigDecimal>> goals = targetsFor(period, kind);
        Map<Indicator, BigDecimal> weights = targets.weights();
        Map<Indicator, BigDecimal> mean = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            BigDecimal sum = names.keySet().stream().map(id -> get(actuals.get(id), indicator)).reduce(BigDecimal.ZERO, BigDecimal::add);
            mean.put(indicator, names.isEmpty() ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(names.size()), 4, RoundingMode.HALF_UP));
        }
        List<RankingRow> rows = new ArrayList<>();
        for (Map.Entry<UUID, String> owner : names.entrySet()) {
            Map<Indicator, BigDecimal> done = new EnumMap<>(Indicator.class);
            Map<Indicator, BigDecimal> completion = new EnumMap<>(Indicator.class);
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal weightSum = BigDecimal.ZERO;
            for (Indicator indicator : Indicator.values()) {
                BigDecimal actual = get(actuals.get(owner.getKey()), indicator);
                done.put(indicator, actual);
                BigDecimal goal = goals.getOrDefault(owner.getKey(), Map.of()).get(indicator);
                BigDecimal base = goal != null && goal.signum() > 0 ? goal : mean.get(indicator);
                BigDecimal weight = weights.getOrDefault(indicator, BigDecimal.ZERO);
                if (base.signum() == 0 || weight.signum() == 0) {
                    continue;
                }
                BigDecimal share = actual.divide(base, 4, RoundingMode.HALF_UP).min(COMPLETION_CAP);
                if (goal != null) {
                    completion.put(indicator, share);
                }
                weighted = weighted.add(share.multiply(weight));
                weightSum = weightSum.add(weight);
            }
            BigDecimal score = weightSum.signum() == 0 ? BigDecimal.ZERO
                    : weighted.multiply(BigDecimal.valueOf(100)).divide(weightSum, 1, RoundingMode.HALF_UP);
            rows.add(new RankingRow(0, owner.getKey(), owner.getValue(), score, done, completion));
        }
        rows.sort(Comparator.comparing(RankingRow::score).reversed().thenComparing(RankingRow::ownerName));
        List<RankingRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RankingRow r = rows.get(i);
            ranked.add(new RankingRow(i + 1, r.ownerId(), r.ownerName(), r.score(), r.actuals(), r.completion()));
        }
        return ranked;
    }

    /** The rows behind a figure, for the filter's period and team (at most 1,000). */
    public List<DrillRow> drill(DrillDown drill, DashboardFilter filter) {
        return drills.rows(drill, filter.period().from(), filter.period().to(), filter.teamId(), today(), DRILL_LIMIT);
    }

    /** Teams by id and name, for the team picker. */
    public Map<UUID, String> teams() {
        return figures.teamNames();
    }

    /** Units by id and name, for target setting. */
    public Map<UUID, String> units() {
        return figures.unitNames();
    }

    public List<OverdueItem> overdue(UUID teamId) {
        return figures.overdue(teamId, today(), DRILL_LIMIT);
    }

    /** Overdue supervision items as they stood at the end of {@code day} (today's when the day has not passed). */
    public List<OverdueItem> overdueAtEndOf(UUID teamId, LocalDate day) {
        return day.isBefore(today()) ? figures.overdueOn(teamId, day.plusDays(1), DRILL_LIMIT) : overdue(teamId);
    }

    private static BigDecimal total(Map<UUID, Map<Indicator, BigDecimal>> byOwner, Indicator indicator) {
        return byOwner.values().stream().map(m -> get(m, indicator)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal get(Map<Indicator, BigDecimal> values, Indicator indicator) {
        return values == null ? BigDecimal.ZERO : values.getOrDefault(indicator, BigDecimal.ZERO);
    }
}
