package cn.zhaoshang.desk.task.db;

import static cn.zhaoshang.desk.generated.Tables.TASK;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.task.CalendarEntry;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Tasks by due day for the calendar: how many each day holds, and the first few of each day
 * (urgent first), one small query per day and status rather than one ranking of the whole range
 * (a window function over a month of 200,000 tasks took seconds on H2).
 */
public final class TaskCalendarRepository {
    private final Database database;

    public TaskCalendarRepository(Database database) {
        this.database = database;
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
            dsl.select(TASK.DUE_ON, DSL.count()).from(TASK).where(where).and(TASK.STATUS.eq(s.name()))
                    .and(TASK.DUE_ON.between(from, to)).groupBy(TASK.DUE_ON)
                    .forEach(r -> totals.merge(r.value1(), r.value2(), Integer::sum));
        }
        List<Task> found = new ArrayList<>();
        for (var day : totals.keySet().stream().sorted().toList()) {
            List<Task> ofDay = new ArrayList<>();
            for (TaskStatus s : statuses) {
                ofDay.addAll(TaskRows.select(dsl).where(where).and(TASK.STATUS.eq(s.name())).and(TASK.DUE_ON.eq(day))
                        .orderBy(TaskRows.priorityRank().desc(), TASK.ID).limit(perDay).fetch(TaskRows::toTask));
            }
            ofDay.sort(java.util.Comparator.comparing((Task t) -> t.status().isClosed())
                    .thenComparing(t -> -t.priority().ordinal()).thenComparing(Task::id, TaskListRepository.ID_ORDER));
            found.addAll(ofDay.subList(0, Math.min(perDay, ofDay.size())));
        }
        return found.stream().map(t -> new CalendarEntry(CalendarEntry.Kind.TASK, t.id(), t.version(), t.dueOn(),
                t.title(), t.status(), t.priority(), t.isSupervised(), t.companyName(), t.assigneeName())).toList();
    }
}
