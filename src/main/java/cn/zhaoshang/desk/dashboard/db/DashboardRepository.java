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
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.noCondition;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.EnumColumns;
import cn.zhaoshang.desk.common.db.PlanHints;
import cn.zhaoshang.desk.dashboard.OverdueItem;
import cn.zhaoshang.desk.dashboard.PipelineFacts;
import cn.zhaoshang.desk.dashboard.VisitTally;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.task.SupervisionLevel;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What the dashboard's figures are computed from ({@link PipelineFacts}: the live projects, funds,
 * chain links and the period's visits, each read once per load), the overdue supervision items, and
 * the names of teams and units.
 */
public final class DashboardRepository {
    private static final List<TaskStatus> OPEN_TASK = List.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
    /** Every supervision level, as a list the (supervision_level, status, …) index serves; "is not null" it does not. */
    private static final List<SupervisionLevel> SUPERVISION_LEVELS = List.of(SupervisionLevel.values());
    /** A project's stage by its stored name: figures, drills and the ledger key stages by name, not by enum. */
    static final Field<String> STAGE_NAME = EnumColumns.names(PROJECT.STAGE);
    /** What the projects, funds and chains are read from (decision 0097: kept until one of them changes). */
    public static final Set<String> PIPELINE_TABLES = Set.of(PROJECT.getName(), PROJECT_FUND.getName(), CHAIN.getName(),
            CHAIN_NODE.getName(), PROJECT_CHAIN_NODE.getName());
    /** What the visit tally is read from: kept apart, so that a recorded visit counts only the visits again. */
    public static final Set<String> VISIT_TABLES = Set.of(INTERACTION.getName());
    /** What the whole screen is read from: the facts, supervision items and their people, owners and targets. */
    public static final Set<String> SCREEN_TABLES = Set.of(PROJECT.getName(), PROJECT_FUND.getName(), CHAIN.getName(),
            CHAIN_NODE.getName(), PROJECT_CHAIN_NODE.getName(), INTERACTION.getName(), TASK.getName(), TEAM.getName(),
            Tables.UNIT.getName(), PERSON.getName(),
            Tables.TARGET.getName());

    private final Database database;
    private final BooleanSupplier realNames;

    /** @param realNames whether the person working now reads real names of confidential projects */
    public DashboardRepository(Database database, BooleanSupplier realNames) {
        this.database = database;
        this.realNames = realNames;
    }

    /** Whether the person working now reads real names of confidential projects (the overdue list shows them). */
    public boolean showsRealNames() {
        return realNames.getAsBoolean();
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    static Condition teamIs(UUID teamId) {
        return teamId == null ? noCondition() : PROJECT.TEAM_ID.eq(teamId);
    }

    /** Every live project, fund receipt and chain link, and the visits of [visitsFrom, visitsTo]. */
    public PipelineFacts facts(LocalDate visitsFrom, LocalDate visitsTo) {
        return pipeline().withVisits(visits(visitsFrom, visitsTo));
    }

    /**
     * Every live project, fund receipt and chain link, without visits: what the figures are summed
     * from. Each table is read once, in full (100k projects: one scan of the table instead of a grouped
     * query per figure, period and owner).
     */
    public PipelineFacts pipeline() {
        var dsl = dsl();
        List<PipelineFacts.Project> projects = dsl.select(PROJECT.ID, PROJECT.TEAM_ID, PROJECT.RESPONSIBLE_UNIT_ID,
                        STAGE_NAME, PROJECT.SOURCE_CHANNEL, PROJECT.CONTRACT_AMOUNT, PROJECT.PLANNED_INVESTMENT,
                        PROJECT.ARCHIVED_AT, PROJECT.SIGNED_ON, PROJECT.REGISTERED_ON, PROJECT.STARTED_ON)
                .from(PROJECT).where(PROJECT.DELETED_AT.isNull())
                .fetch(r -> new PipelineFacts.Project(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8() != null, r.value9(), r.value10(), r.value11()));
        List<PipelineFacts.Fund> funds = dsl.select(PROJECT_FUND.PROJECT_ID, PROJECT_FUND.RECEIVED_ON, PROJECT_FUND.AMOUNT)
                .from(PROJECT_FUND).where(PROJECT_FUND.DELETED_AT.isNull())
                .fetch(r -> new PipelineFacts.Fund(r.value1(), r.value2(), r.value3()));
        List<PipelineFacts.Chain> chains = dsl.select(CHAIN.ID, CHAIN.NAME).from(CHAIN).where(CHAIN.DELETED_AT.isNull())
                .orderBy(CHAIN.SORT_ORDER, CHAIN.NAME).fetch(r -> new PipelineFacts.Chain(r.value1(), r.value2()));
        Map<UUID, UUID> chainOfNode = dsl.select(CHAIN_NODE.ID, CHAIN_NODE.CHAIN_ID).from(CHAIN_NODE)
                .fetchMap(CHAIN_NODE.ID, CHAIN_NODE.CHAIN_ID);
        Map<UUID, Set<UUID>> chainsOfProject = new HashMap<>();
        dsl.select(PROJECT_CHAIN_NODE.PROJECT_ID, PROJECT_CHAIN_NODE.NODE_ID).from(PROJECT_CHAIN_NODE)
                .forEach(r -> {
                    UUID chain = chainOfNode.get(r.value2());
                    if (chain != null) {
                        chainsOfProject.computeIfAbsent(r.value1(), k -> new HashSet<>(2)).add(chain);
                    }
                });
        return new PipelineFacts(projects, funds, chains, chainsOfProject, VisitTally.NONE);
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

    /** Live and not a correction, checked on the period's rows (see {@link PlanHints}). */
    static Condition notACorrection() {
        return PlanHints.filterOnly(INTERACTION.DELETED_AT.isNull().and(INTERACTION.CORRECTS_ID.isNull()));
    }

    static Condition active() {
        return PROJECT.DELETED_AT.isNull().and(PROJECT.ARCHIVED_AT.isNull()).and(STAGE_NAME.ne("DROPPED"));
    }

    /** Open supervision items (督办) due before today, oldest first. */
    public List<OverdueItem> overdue(UUID teamId, LocalDate today, int limit) {
        Field<String> project = realNames.getAsBoolean() ? PROJECT.NAME
                : DSL.when(PROJECT.CODE_NAME.isNotNull().and(PROJECT.CODE_NAME.ne("")), PROJECT.CODE_NAME)
                        .otherwise(PROJECT.NAME);
        return dsl().select(TASK.ID, TASK.TITLE, TASK.SUPERVISION_LEVEL, TASK.DUE_ON, TEAM.NAME, PERSON.NAME, project)
                .from(TASK)
                .leftJoin(TEAM).on(TEAM.ID.eq(TASK.TEAM_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(TASK.ASSIGNEE_PERSON_ID))
                .leftJoin(PROJECT).on(PROJECT.ID.eq(TASK.PROJECT_ID))
                .where(overdueCondition(teamId, today))
                .orderBy(TASK.DUE_ON, TASK.TITLE).limit(limit)
                .fetch(r -> new OverdueItem(r.value1(), r.value2(), r.value3().name(), r.value4(),
                        ChronoUnit.DAYS.between(r.value4(), today), r.value5(), r.value6(), r.value7()));
    }

    public int overdueCount(UUID teamId, LocalDate today) {
        return dsl().fetchCount(TASK, overdueCondition(teamId, today));
    }

    private static Condition overdueCondition(UUID teamId, LocalDate today) {
        return TASK.DELETED_AT.isNull().and(TASK.STATUS.in(OPEN_TASK)).and(TASK.SUPERVISION_LEVEL.in(SUPERVISION_LEVELS))
                .and(TASK.DUE_ON.lt(today)).and(teamId == null ? noCondition() : TASK.TEAM_ID.eq(teamId));
    }

    /**
     * Supervision items that were overdue on a past day {@code asOf}: due before it and not yet done then
     * (still open, or done only after it); days overdue counted to that day. A briefing for May written in
     * June lists what was overdue at the end of May.
     */
    public List<OverdueItem> overdueOn(UUID teamId, LocalDate asOf, int limit) {
        Condition openThen = TASK.STATUS.in(OPEN_TASK).or(TASK.STATUS.eq(TaskStatus.DONE).and(TASK.COMPLETED_ON.gt(asOf)));
        return dsl().select(TASK.ID, TASK.TITLE, TASK.SUPERVISION_LEVEL, TASK.DUE_ON, TEAM.NAME, PERSON.NAME, PROJECT.NAME,
                        PROJECT.CODE_NAME)
                .from(TASK)
                .leftJoin(TEAM).on(TEAM.ID.eq(TASK.TEAM_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(TASK.ASSIGNEE_PERSON_ID))
                .leftJoin(PROJECT).on(PROJECT.ID.eq(TASK.PROJECT_ID))
                .where(TASK.DELETED_AT.isNull()).and(openThen).and(TASK.SUPERVISION_LEVEL.in(SUPERVISION_LEVELS))
                .and(TASK.DUE_ON.lt(asOf)).and(teamId == null ? noCondition() : TASK.TEAM_ID.eq(teamId))
                .orderBy(TASK.DUE_ON, TASK.TITLE).limit(limit)
                .fetch(r -> new OverdueItem(r.value1(), r.value2(), r.value3().name(), r.value4(),
                        ChronoUnit.DAYS.between(r.value4(), asOf), r.value5(), r.value6(),
                        realNames.getAsBoolean() || r.value8() == null || r.value8().isEmpty() ? r.value7() : r.value8()));
    }

    /** Team names by id (for rankings and lists). */
    public Map<UUID, String> teamNames() {
        return dsl().select(TEAM.ID, TEAM.NAME).from(TEAM).where(TEAM.DELETED_AT.isNull()).orderBy(TEAM.NAME)
                .fetchMap(TEAM.ID, TEAM.NAME);
    }

    public Map<UUID, String> unitNames() {
        var unit = Tables.UNIT;
        return dsl().select(unit.ID, unit.NAME).from(unit).where(unit.DELETED_AT.isNull()).orderBy(unit.NAME)
                .fetchMap(unit.ID, unit.NAME);
    }
}

