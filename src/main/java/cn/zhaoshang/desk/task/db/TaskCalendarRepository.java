package cn.zhaoshang.desk.task.db;

import static cn.zhaoshang.desk.generated.Tables.TASK;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.task.CalendarEntry;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskPriority;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Tasks by due day for the calendar: how many each day holds, and the first few of each day
 * (urgent first). A person's month is few rows: its keys are read and ranked here. A team's or
 * everyone's month is ranked day by day in the database, without joins, in one statement (a window
 * function over a month of 200,000 tasks took seconds on H2, and ranking rows with their joined
 * names read every joined row of the day). The chosen rows are then read with their names by key.
 */
public final class TaskCalendarRepository {
    /** Up to this many tasks in the range, ranking them here is cheaper than a ranking per day. */
    static final int SCAN_AT_MOST = 5_000;
    private final Database database;
    private final int scanAtMost;

    public TaskCalendarRepository(Database database) {
        this(database, SCAN_AT_MOST);
    }

    /** With another threshold between the two ways of ranking (tests use both on the same data). */
    TaskCalendarRepository(Database database, int scanAtMost) {
        this.database = database;
        this.scanAtMost = scanAtMost;
    }

    /** Scope of the calendar: a person's tasks, a set of teams' tasks, or everyone's (both null). */
    private static Condition scope(UUID person, Collection<UUID> teams) {
        if (person != null) {
            return TASK.ASSIGNEE_PERSON_ID.eq(person);
        }
        return teams == null ? DSL.noCondition() : TASK.TEAM_ID.in(teams);
    }

    /** Tasks due between two days, at most {@code perDay} on each day, and each day's count in {@code totals}. */
    public List<CalendarEntry> calendar(UUID person, Collection<UUID> teams, LocalDate from, LocalDate to,
                                        boolean withClosed, int perDay, Map<LocalDate, Integer> totals) {
        if (teams != null && teams.isEmpty()) {
            return List.of();
        }
        Set<TaskStatus> statuses = withClosed ? EnumSet.allOf(TaskStatus.class) : TaskListRepository.OPEN;
        var dsl = database.dsl();
        Condition where = scope(person, teams).and(TASK.DELETED_AT.isNull());
        for (TaskStatus s : statuses) {
            dsl.select(TASK.DUE_ON, DSL.count()).from(TASK).where(where).and(TASK.STATUS.eq(s))
                    .and(TASK.DUE_ON.between(from, to)).groupBy(TASK.DUE_ON)
                    .forEach(r -> totals.merge(r.value1(), r.value2(), Integer::sum));
        }
        int inRange = totals.values().stream().mapToInt(Integer::intValue).sum();
        List<UUID> ids = inRange <= scanAtMost ? rankFromRange(where, statuses, from, to, perDay)
                : rankDayByDay(where, statuses, totals.keySet(), perDay);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Task> found = new ArrayList<>();
        Map<LocalDate, List<Task>> byDay = new TreeMap<>();
        TaskRows.select(dsl).where(TASK.ID.in(ids)).fetch(TaskRows::toTask)
                .forEach(t -> byDay.computeIfAbsent(t.dueOn(), d -> new ArrayList<>()).add(t));
        for (List<Task> ofDay : byDay.values()) {
            ofDay.sort(Comparator.comparing((Task t) -> t.status().isClosed())
                    .thenComparing(t -> -t.priority().ordinal()).thenComparing(Task::id, TaskListRepository.ID_ORDER));
            found.addAll(ofDay.subList(0, Math.min(perDay, ofDay.size())));
        }
        return found.stream().map(t -> new CalendarEntry(CalendarEntry.Kind.TASK, t.id(), t.version(), t.dueOn(),
                t.title(), t.status(), t.priority(), t.isSupervised(), t.companyName(), t.assigneeName())).toList();
    }

    /** Few tasks in the range (one person's month): read the whole range's keys and rank here. */
    private List<UUID> rankFromRange(Condition where, Set<TaskStatus> statuses, LocalDate from, LocalDate to, int perDay) {
        Map<LocalDate, List<Record3<UUID, LocalDate, TaskPriority>>> byDay = new TreeMap<>();
        for (TaskStatus s : statuses) {
            database.dsl().select(TASK.ID, TASK.DUE_ON, TASK.PRIORITY).from(TASK).where(where).and(TASK.STATUS.eq(s))
                    .and(TASK.DUE_ON.between(from, to))
                    .forEach(r -> byDay.computeIfAbsent(r.value2(), d -> new ArrayList<>()).add(r));
        }
        List<UUID> ids = new ArrayList<>();
        for (var ofDay : byDay.values()) {
            ofDay.sort(Comparator.comparing((Record3<UUID, LocalDate, TaskPriority> r) ->
                    -r.value3().ordinal()).thenComparing(Record3::value1, TaskListRepository.ID_ORDER));
            ofDay.stream().limit(perDay).forEach(r -> ids.add(r.value1()));
        }
        return ids;
    }

    /** Many tasks (a team's or everyone's month): rank each day in the database, all days in one statement. */
    private List<UUID> rankDayByDay(Condition where, Set<TaskStatus> statuses, Set<LocalDate> days, int perDay) {
        var dsl = database.dsl();
        Select<Record1<UUID>> all = null;
        for (var day : days.stream().sorted().toList()) {
            for (TaskStatus s : statuses) {
                Select<Record1<UUID>> one = dsl.select(TASK.ID).from(TASK).where(where).and(TASK.STATUS.eq(s))
                        .and(TASK.DUE_ON.eq(day)).orderBy(TaskRows.priorityRank().desc(), TASK.ID).limit(perDay);
                all = all == null ? one : all.unionAll(one);
            }
        }
        return all == null ? List.of() : dsl.fetch(all).getValues(0, UUID.class);
    }
}
