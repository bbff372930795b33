package cn.zhaoshang.desk.dashboard.db;

import static cn.zhaoshang.desk.generated.Tables.CHAIN;
import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PERSON;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_FUND;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.sum;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.dashboard.GroupCount;
import cn.zhaoshang.desk.dashboard.Indicator;
import cn.zhaoshang.desk.dashboard.Kpis;
import cn.zhaoshang.desk.dashboard.OverdueItem;
import cn.zhaoshang.desk.dashboard.OwnerKind;
import cn.zhaoshang.desk.dashboard.StageCount;
import cn.zhaoshang.desk.dashboard.VisitTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * The dashboard's figures, each one GROUP BY in SQL over indexed columns (stage, the stage dates,
 * received_on, occurred_on), so that they stay quick with 100k projects and 1M companies.
 */
public final class DashboardRepository {
    private static final List<String> OPEN_TASK = List.of("OPEN", "IN_PROGRESS");
    private final Database database;
    private final java.util.function.BooleanSupplier realNames;

    /** @param realNames whether the person working now reads real names of confidential projects */
    public DashboardRepository(Database database, java.util.function.BooleanSupplier realNames) {
        this.database = database;
        this.realNames = realNames;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    static Condition teamIs(UUID teamId) {
        return teamId == null ? noCondition() : PROJECT.TEAM_ID.eq(teamId);
    }

    /** Projects now in each stage (archived and deleted ones left out). */
    public List<StageCount> funnel(UUID teamId) {
        return dsl().select(PROJECT.STAGE, count(), sum(coalesce(PROJECT.CONTRACT_AMOUNT, PROJECT.PLANNED_INVESTMENT)))
                .from(PROJECT)
                .where(PROJECT.DELETED_AT.isNull()).and(PROJECT.ARCHIVED_AT.isNull()).and(teamIs(teamId))
                .groupBy(PROJECT.STAGE)
                .fetch(r -> new StageCount(r.value1(), r.value2(), zero(r.value3())));
    }

    /**
     * Actual figures per owner (team or responsible unit; the null key holds records with neither) for
     * each indicator in [from, to]. Visits come from {@code visits} (which must cover the days): each
     * counts for the team and unit it was credited to when recorded; corrections are not counted again.
     */
    public Map<UUID, Map<Indicator, BigDecimal>> actuals(LocalDate from, LocalDate to, OwnerKind kind, VisitTally visits) {
        Map<UUID, Map<Indicator, BigDecimal>> result = new HashMap<>();
        Field<UUID> owner = kind == OwnerKind.TEAM ? PROJECT.TEAM_ID : PROJECT.RESPONSIBLE_UNIT_ID;
        Condition live = PROJECT.DELETED_AT.isNull();
        dsl().select(owner, count(), sum(PROJECT.CONTRACT_AMOUNT)).from(PROJECT)
                .where(live).and(PROJECT.SIGNED_ON.between(from, to)).groupBy(owner)
                .forEach(r -> {
                    put(result, r.value1(), Indicator.SIGNED_PROJECTS, BigDecimal.valueOf(r.value2()));
                    put(result, r.value1(), Indicator.CONTRACT_AMOUNT, zero(r.value3()));
                });
        countBy(owner, PROJECT.REGISTERED_ON, from, to).forEach(r ->
                put(result, r.value1(), Indicator.REGISTERED_COMPANIES, BigDecimal.valueOf(r.value2())));
        countBy(owner, PROJECT.STARTED_ON, from, to).forEach(r ->
                put(result, r.value1(), Indicator.STARTED_PROJECTS, BigDecimal.valueOf(r.value2())));
        dsl().select(owner, sum(PROJECT_FUND.AMOUNT)).from(PROJECT_FUND).join(PROJECT).on(PROJECT.ID.eq(PROJECT_FUND.PROJECT_ID))
                .where(live).and(PROJECT_FUND.DELETED_AT.isNull()).and(PROJECT_FUND.RECEIVED_ON.between(from, to))
                .groupBy(owner)
                .forEach(r -> put(result, r.value1(), Indicator.FUNDS_IN_PLACE, zero(r.value2())));
        visits.count(from, to, kind).forEach((who, n) -> put(result, who, Indicator.VISITS, BigDecimal.valueOf(n)));
        return result;
    }

    /**
     * The visits of [from, to] per day and credited team and unit: one range of the V42 index
     * (occurred_on, deleted_at, corrects_id, team_id, unit_id), read without touching the rows.
     */
    public VisitTally visits(LocalDate from, LocalDate to) {
        List<VisitTally.Day> days = dsl().select(INTERACTION.OCCURRED_ON, INTERACTION.TEAM_ID, INTERACTION.UNIT_ID, count())
                .from(INTERACTION)
                .where(INTERACTION.OCCURRED_ON.between(from, to)).and(notACorrection())
                .groupBy(INTERACTION.OCCURRED_ON, INTERACTION.TEAM_ID, INTERACTION.UNIT_ID)
                .fetch(r -> new VisitTally.Day(r.value1(), r.value2(), r.value3(), r.value4()));
        return new VisitTally(from, to, days);
    }

    /**
     * Live and not a correction, written so that no index can serve it: H2 otherwise walks the
     * corrects_id index for "IS NULL" (true for almost every row) instead of the occurred_on range.
     */
    static Condition notACorrection() {
        return DSL.when(INTERACTION.DELETED_AT.isNull().and(INTERACTION.CORRECTS_ID.isNull()), DSL.inline(1))
                .otherwise(DSL.inline(0)).eq(DSL.inline(1));
    }

    private List<Record2<UUID, Integer>> countBy(Field<UUID> owner, Field<LocalDate> date, LocalDate from, LocalDate to) {
        return dsl().select(owner, count()).from(PROJECT)
                .where(PROJECT.DELETED_AT.isNull()).and(date.between(from, to)).groupBy(owner).fetch();
    }

    private static void put(Map<UUID, Map<Indicator, BigDecimal>> map, UUID owner, Indicator indicator, BigDecimal value) {
        map.computeIfAbsent(owner, k -> new EnumMap<>(Indicator.class)).merge(indicator, value, BigDecimal::add);
    }

    /** The rates' raw figures over the projects signed in [from, to]; funds counted up to {@code today}. */
    public Kpis kpis(LocalDate from, LocalDate to, UUID teamId, LocalDate today) {
        Condition signed = PROJECT.DELETED_AT.isNull().and(PROJECT.SIGNED_ON.between(from, to)).and(teamIs(teamId));
        var r = dsl().select(count(), count(PROJECT.REGISTERED_ON), count(PROJECT.STARTED_ON), sum(PROJECT.CONTRACT_AMOUNT))
                .from(PROJECT).where(signed).fetchOne();
        BigDecimal funds = dsl().select(sum(PROJECT_FUND.AMOUNT)).from(PROJECT_FUND)
                .join(PROJECT).on(PROJECT.ID.eq(PROJECT_FUND.PROJECT_ID))
                .where(signed).and(PROJECT_FUND.DELETED_AT.isNull()).and(PROJECT_FUND.RECEIVED_ON.le(today))
                .fetchOne(0, BigDecimal.class);
        return new Kpis(r.value1(), r.value2(), r.value3(), zero(r.value4()), zero(funds));
    }

    /** Live (not dropped, not archived) projects per industry chain; a project on two chains counts in both. */
    public List<GroupCount> byChain(UUID teamId) {
        return dsl().select(CHAIN.ID, CHAIN.NAME, countDistinct(PROJECT.ID), sum(coalesce(PROJECT.CONTRACT_AMOUNT, PROJECT.PLANNED_INVESTMENT)))
                .from(PROJECT)
                .join(PROJECT_CHAIN_NODE).on(PROJECT_CHAIN_NODE.PROJECT_ID.eq(PROJECT.ID))
                .join(CHAIN_NODE).on(CHAIN_NODE.ID.eq(PROJECT_CHAIN_NODE.NODE_ID))
                .join(CHAIN).on(CHAIN.ID.eq(CHAIN_NODE.CHAIN_ID))
                .where(active()).and(teamIs(teamId)).and(CHAIN.DELETED_AT.isNull())
                .groupBy(CHAIN.ID, CHAIN.NAME, CHAIN.SORT_ORDER)
                .orderBy(CHAIN.SORT_ORDER, CHAIN.NAME)
                .fetch(r -> new GroupCount(r.value1().toString(), r.value2(), r.value3(), zero(r.value4())));
    }

    /** Live projects per source channel (招商方式); projects without one count as OTHER. */
    public List<GroupCount> bySource(UUID teamId) {
        Map<String, GroupCount> merged = new java.util.LinkedHashMap<>();
        dsl().select(PROJECT.SOURCE_CHANNEL, count(), sum(coalesce(PROJECT.CONTRACT_AMOUNT, PROJECT.PLANNED_INVESTMENT)))
                .from(PROJECT).where(active()).and(teamIs(teamId))
                .groupBy(PROJECT.SOURCE_CHANNEL)
                .forEach(r -> {
                    String key = r.value1() == null ? "OTHER" : r.value1();
                    merged.merge(key, new GroupCount(key, key, r.value2(), zero(r.value3())),
                            (a, b) -> new GroupCount(key, key, a.projects() + b.projects(), a.amount().add(b.amount())));
                });
        return merged.values().stream().sorted(java.util.Comparator.comparingLong(GroupCount::projects).reversed()).toList();
    }

    static Condition active() {
        return PROJECT.DELETED_AT.isNull().and(PROJECT.ARCHIVED_AT.isNull()).and(PROJECT.STAGE.ne("DROPPED"));
    }

    /** Open supervision items (督办) due before today, oldest first. */
    public List<OverdueItem> overdue(UUID teamId, LocalDate today, int limit) {
        Field<String> project = realNames.getAsBoolean() ? PROJECT.NAME
                : org.jooq.impl.DSL.when(PROJECT.CODE_NAME.isNotNull().and(PROJECT.CODE_NAME.ne("")), PROJECT.CODE_NAME)
                        .otherwise(PROJECT.NAME);
        return dsl().select(TASK.ID, TASK.TITLE, TASK.SUPERVISION_LEVEL, TASK.DUE_ON, TEAM.NAME, PERSON.NAME, project)
                .from(TASK)
                .leftJoin(TEAM).on(TEAM.ID.eq(TASK.TEAM_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(TASK.ASSIGNEE_PERSON_ID))
                .leftJoin(PROJECT).on(PROJECT.ID.eq(TASK.PROJECT_ID))
                .where(overdueCondition(teamId, today))
                .orderBy(TASK.DUE_ON, TASK.TITLE).limit(limit)
                .fetch(r -> new OverdueItem(r.value1(), r.value2(), r.value3(), r.value4(),
                        ChronoUnit.DAYS.between(r.value4(), today), r.value5(), r.value6(), r.value7()));
    }

    public int overdueCount(UUID teamId, LocalDate today) {
        return dsl().fetchCount(TASK, overdueCondition(teamId, today));
    }

    private static Condition overdueCondition(UUID teamId, LocalDate today) {
        return TASK.DELETED_AT.isNull().and(TASK.STATUS.in(OPEN_TASK)).and(TASK.SUPERVISION_LEVEL.isNotNull())
                .and(TASK.DUE_ON.lt(today)).and(teamId == null ? noCondition() : TASK.TEAM_ID.eq(teamId));
    }

    /** Team names by id (for rankings and lists). */
    public Map<UUID, String> teamNames() {
        return dsl().select(TEAM.ID, TEAM.NAME).from(TEAM).where(TEAM.DELETED_AT.isNull()).orderBy(TEAM.NAME)
                .fetchMap(TEAM.ID, TEAM.NAME);
    }

    public Map<UUID, String> unitNames() {
        var unit = cn.zhaoshang.desk.generated.Tables.UNIT;
        return dsl().select(unit.ID, unit.NAME).from(unit).where(unit.DELETED_AT.isNull()).orderBy(unit.NAME)
                .fetchMap(unit.ID, unit.NAME);
    }

    static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}

