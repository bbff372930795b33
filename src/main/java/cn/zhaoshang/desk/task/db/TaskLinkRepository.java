package cn.zhaoshang.desk.task.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PERSON;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static cn.zhaoshang.desk.generated.Tables.TEAM_MEMBERSHIP;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.generated.tables.Interaction;
import cn.zhaoshang.desk.task.CalendarEntry;
import cn.zhaoshang.desk.task.LinkedRecord;
import cn.zhaoshang.desk.task.NextStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * What tasks link to and who they are for, read from other features' tables: people, teams and
 * current memberships, companies, projects, and visits whose next step is still to be done.
 */
public final class TaskLinkRepository {
    /** A company as a task made for it needs it. */
    public record CompanyInfo(UUID id, String name, UUID ownerTeamId, UUID ownerPersonId) { }

    /** A project as a task made for it needs it. */
    public record ProjectInfo(UUID id, String name, UUID companyId, String companyName, UUID teamId, UUID ownerPersonId) { }

    /** A visit (interaction) with its next step, and the owners of its company. */
    public record VisitInfo(NextStep step, String summary, UUID ownerTeamId, UUID ownerPersonId) { }

    private static final Interaction CORRECTION = INTERACTION.as("correction");
    private final Database database;

    public TaskLinkRepository(Database database) {
        this.database = database;
    }

    public List<Choice> people() {
        return database.dsl().select(PERSON.ID, PERSON.NAME).from(PERSON).where(PERSON.DELETED_AT.isNull())
                .orderBy(PERSON.NAME, PERSON.ID).fetch(r -> new Choice(r.value1(), r.value2()));
    }

    public List<Choice> teams() {
        return database.dsl().select(TEAM.ID, TEAM.NAME).from(TEAM).where(TEAM.DELETED_AT.isNull())
                .orderBy(TEAM.NAME).fetch(r -> new Choice(r.value1(), r.value2()));
    }

    /** The teams a person belongs to on a day (rotation: memberships have from/to dates). */
    public List<UUID> teamsOf(UUID person, LocalDate day) {
        if (person == null) {
            return List.of();
        }
        return database.dsl().selectDistinct(TEAM_MEMBERSHIP.TEAM_ID).from(TEAM_MEMBERSHIP)
                .where(TEAM_MEMBERSHIP.PERSON_ID.eq(person)).and(TEAM_MEMBERSHIP.DELETED_AT.isNull())
                .and(TEAM_MEMBERSHIP.FROM_DATE.le(day))
                .and(TEAM_MEMBERSHIP.TO_DATE.isNull().or(TEAM_MEMBERSHIP.TO_DATE.ge(day)))
                .fetch(TEAM_MEMBERSHIP.TEAM_ID);
    }

    public Optional<CompanyInfo> company(UUID id) {
        return database.dsl().select(COMPANY.ID, COMPANY.NAME, COMPANY.OWNER_TEAM_ID, COMPANY.OWNER_PERSON_ID)
                .from(COMPANY).where(COMPANY.ID.eq(id)).and(COMPANY.DELETED_AT.isNull())
                .fetchOptional(r -> new CompanyInfo(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public Optional<ProjectInfo> project(UUID id) {
        return database.dsl().select(PROJECT.ID, TaskRows.PROJECT_NAME, PROJECT.COMPANY_ID, COMPANY.NAME, PROJECT.TEAM_ID,
                        PROJECT.OWNER_PERSON_ID)
                .from(PROJECT).leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .where(PROJECT.ID.eq(id)).and(PROJECT.DELETED_AT.isNull())
                .fetchOptional(r -> new ProjectInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** Projects whose name or code name contains the text, for the "linked record" pickers. */
    public List<LinkedRecord> findProjects(String text, int limit) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return database.dsl().select(PROJECT.ID, TaskRows.PROJECT_NAME).from(PROJECT)
                .where(PROJECT.DELETED_AT.isNull())
                .and(PROJECT.NAME.like(pattern, '\\').or(PROJECT.CODE_NAME.like(pattern, '\\')))
                .orderBy(PROJECT.NAME.length(), PROJECT.NAME).limit(limit)
                .fetch(r -> new LinkedRecord(LinkedRecord.Kind.PROJECT, r.value1(), r.value2()));
    }

    public Optional<VisitInfo> visit(UUID interactionId) {
        return database.dsl().select(visitFields()).select(INTERACTION.SUMMARY, COMPANY.OWNER_TEAM_ID, COMPANY.OWNER_PERSON_ID)
                .from(INTERACTION).join(COMPANY).on(COMPANY.ID.eq(INTERACTION.COMPANY_ID))
                .where(INTERACTION.ID.eq(interactionId)).and(INTERACTION.DELETED_AT.isNull())
                .fetchOptional(r -> new VisitInfo(toNextStep(r), r.get(INTERACTION.SUMMARY), r.get(COMPANY.OWNER_TEAM_ID),
                        r.get(COMPANY.OWNER_PERSON_ID)));
    }

    private static List<Field<?>> visitFields() {
        return List.of(INTERACTION.ID, INTERACTION.COMPANY_ID, COMPANY.NAME, INTERACTION.PROJECT_ID, INTERACTION.OCCURRED_ON,
                INTERACTION.KIND, INTERACTION.NEXT_STEP, INTERACTION.NEXT_STEP_DUE_ON, INTERACTION.RECORDED_BY);
    }

    /** The visit's kind by its stored name: the task feature shows it without depending on the company feature. */
    private static NextStep toNextStep(Record r) {
        return new NextStep(r.get(INTERACTION.ID), r.get(INTERACTION.COMPANY_ID), r.get(COMPANY.NAME),
                r.get(INTERACTION.PROJECT_ID), r.get(INTERACTION.OCCURRED_ON), r.get(INTERACTION.KIND, String.class),
                r.get(INTERACTION.NEXT_STEP), r.get(INTERACTION.NEXT_STEP_DUE_ON), r.get(INTERACTION.RECORDED_BY));
    }

    // The visit lists below join the company with a left join on purpose: it keeps the visit table
    // first in H2's plan, read by due day, instead of starting from every company of a team.

    /**
     * Visits with a next step that is still pending: not deleted, not corrected by a later entry
     * (interactions are append-only; a correction supersedes), and no live task made from it.
     */
    private static Condition pending() {
        return INTERACTION.DELETED_AT.isNull().and(INTERACTION.NEXT_STEP.isNotNull())
                .andNotExists(DSL.selectOne().from(TASK).where(TASK.INTERACTION_ID.eq(INTERACTION.ID))
                        .and(TASK.DELETED_AT.isNull()))
                .andNotExists(DSL.selectOne().from(CORRECTION).where(CORRECTION.CORRECTS_ID.eq(INTERACTION.ID)));
    }

    /**
     * Whose visits: a person's (the owner of the company, or who recorded the visit under one of
     * the given names), a set of teams' (owner team of the company), or everyone's (all null).
     */
    private static Condition scope(UUID person, Collection<String> names, Collection<UUID> teams) {
        if (person != null || names != null) {
            Condition mine = person == null ? DSL.falseCondition() : COMPANY.OWNER_PERSON_ID.eq(person);
            return names == null || names.isEmpty() ? mine : mine.or(INTERACTION.RECORDED_BY.in(names));
        }
        return teams == null ? DSL.noCondition() : COMPANY.OWNER_TEAM_ID.in(teams);
    }

    /** Pending next steps of a person due between two days, soonest first. */
    public List<NextStep> nextSteps(UUID person, Collection<String> names, LocalDate from, LocalDate to, int limit) {
        return database.dsl().select(visitFields()).from(INTERACTION).leftJoin(COMPANY).on(COMPANY.ID.eq(INTERACTION.COMPANY_ID))
                .where(pending()).and(scope(person, names, null)).and(INTERACTION.NEXT_STEP_DUE_ON.between(from, to))
                .orderBy(INTERACTION.NEXT_STEP_DUE_ON, INTERACTION.ID).limit(limit)
                .fetch(TaskLinkRepository::toNextStep);
    }

    /** Planned visits (pending next steps) by due day for the calendar, at most {@code perDay} a day, plus counts. */
    public List<CalendarEntry> plannedVisits(UUID person, Collection<String> names, Collection<UUID> teams, LocalDate from,
                                             LocalDate to, int perDay, Map<LocalDate, Integer> totals) {
        Condition c = pending().and(scope(person, names, teams)).and(INTERACTION.NEXT_STEP_DUE_ON.between(from, to));
        var dsl = database.dsl();
        Map<LocalDate, Integer> visitDays = new HashMap<>();
        dsl.select(INTERACTION.NEXT_STEP_DUE_ON, DSL.count()).from(INTERACTION)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(INTERACTION.COMPANY_ID)).where(c).groupBy(INTERACTION.NEXT_STEP_DUE_ON)
                .forEach(r -> visitDays.put(r.value1(), r.value2()));
        visitDays.forEach((day, n) -> totals.merge(day, n, Integer::sum));
        // The first few of each day in index order: the reading stops after them (see TaskCalendarRepository).
        List<CalendarEntry> found = new ArrayList<>();
        for (LocalDate day : visitDays.keySet().stream().sorted().toList()) {
            dsl.select(visitFields()).from(INTERACTION).leftJoin(COMPANY).on(COMPANY.ID.eq(INTERACTION.COMPANY_ID))
                    .where(pending()).and(scope(person, names, teams)).and(INTERACTION.NEXT_STEP_DUE_ON.eq(day))
                    .orderBy(INTERACTION.NEXT_STEP_DUE_ON).limit(perDay)
                    .forEach(r -> {
                        NextStep s = toNextStep(r);
                        found.add(new CalendarEntry(CalendarEntry.Kind.VISIT, s.interactionId(), 0, s.dueOn(), s.nextStep(),
                                null, null, false, s.companyName(), s.recordedBy()));
                    });
        }
        return found;
    }
}
