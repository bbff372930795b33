package cn.zhaoshang.desk.task.db;

import static cn.zhaoshang.desk.generated.Tables.TASK;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.task.CalendarEntry;
import cn.zhaoshang.desk.task.DueBucket;
import cn.zhaoshang.desk.task.SupervisionFilter;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskCursor;
import cn.zhaoshang.desk.task.TaskQuery;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Task lists that never load a table: keyset pages ordered by (due date, id) with undated tasks
 * last, counts, the sections of "my tasks", and tasks by day for the calendar.
 */
public final class TaskListRepository {
    static final List<String> OPEN = List.of(TaskStatus.OPEN.name(), TaskStatus.IN_PROGRESS.name());
    private final Database database;

    public TaskListRepository(Database database) {
        this.database = database;
    }

    /**
     * The next {@code limit} tasks after the cursor. Dated and undated tasks are read as two ranges
     * so that each is a plain index range scan (a single "… or due_on is null" defeats the index).
     */
    public List<Task> page(TaskQuery query, LocalDate today, TaskCursor after, int limit) {
        Condition filter = condition(query, today);
        List<Task> rows = new ArrayList<>();
        if (after == null || after.dueOn() != null) {
            Condition dated = filter.and(TASK.DUE_ON.isNotNull());
            if (after != null) {
                dated = dated.and(DSL.row(TASK.DUE_ON, TASK.ID).gt(after.dueOn(), after.id()));
            }
            rows.addAll(TaskRows.select(database.dsl()).where(dated).orderBy(TASK.DUE_ON, TASK.ID).limit(limit)
                    .fetch(TaskRows::toTask));
        }
        if (rows.size() < limit && (query.dueFrom() == null && query.dueTo() == null && !query.overdueOnly())) {
            Condition undated = filter.and(TASK.DUE_ON.isNull());
            if (after != null && after.dueOn() == null) {
                undated = undated.and(TASK.ID.gt(after.id()));
            }
            rows.addAll(TaskRows.select(database.dsl()).where(undated).orderBy(TASK.ID).limit(limit - rows.size())
                    .fetch(TaskRows::toTask));
        }
        return rows;
    }

    public int count(TaskQuery query, LocalDate today) {
        return database.dsl().fetchCount(TASK, condition(query, today));
    }

    static Condition condition(TaskQuery q, LocalDate today) {
        Condition c = TASK.DELETED_AT.isNull();
        if (q.assigneeId() != null) {
            c = c.and(TASK.ASSIGNEE_PERSON_ID.eq(q.assigneeId()));
        }
        if (q.teamId() != null) {
            c = c.and(TASK.TEAM_ID.eq(q.teamId()));
        }
        if (!q.statuses().isEmpty() && q.statuses().size() < TaskStatus.values().length) {
            c = c.and(TASK.STATUS.in(q.statuses().stream().map(Enum::name).toList()));
        }
        if (q.overdueOnly()) {
            c = c.and(TASK.STATUS.in(OPEN)).and(TASK.DUE_ON.lt(today));
        }
        if (q.dueFrom() != null) {
            c = c.and(TASK.DUE_ON.ge(q.dueFrom()));
        }
        if (q.dueTo() != null) {
            c = c.and(TASK.DUE_ON.le(q.dueTo()));
        }
        if (q.companyId() != null) {
            c = c.and(TASK.COMPANY_ID.eq(q.companyId()));
        }
        if (q.projectId() != null) {
            c = c.and(TASK.PROJECT_ID.eq(q.projectId()));
        }
        SupervisionFilter s = q.supervision();
        if (s == SupervisionFilter.SUPERVISED) {
            c = c.and(TASK.SUPERVISION_LEVEL.isNotNull());
        } else if (s == SupervisionFilter.NONE) {
            c = c.and(TASK.SUPERVISION_LEVEL.isNull());
        } else if (s.level() != null) {
            c = c.and(TASK.SUPERVISION_LEVEL.eq(s.level().name()));
        }
        return c;
    }

    // "My tasks"

    private static Condition bucket(DueBucket bucket, LocalDate today) {
        return switch (bucket) {
            case OVERDUE -> TASK.DUE_ON.lt(today);
            case TODAY -> TASK.DUE_ON.eq(today);
            case THIS_WEEK -> TASK.DUE_ON.gt(today).and(TASK.DUE_ON.le(DueBucket.endOfWeek(today)));
            case LATER -> TASK.DUE_ON.gt(DueBucket.endOfWeek(today)).or(TASK.DUE_ON.isNull());
        };
    }

    private static Condition openOf(UUID person) {
        return TASK.ASSIGNEE_PERSON_ID.eq(person).and(TASK.STATUS.in(OPEN)).and(TASK.DELETED_AT.isNull());
    }

    /** The first {@code limit} open tasks of a person in one section, by due date then urgency. */
    public List<Task> bucket(UUID person, DueBucket bucket, LocalDate today, int limit) {
        return TaskRows.select(database.dsl()).where(openOf(person)).and(bucket(bucket, today))
                .orderBy(TASK.DUE_ON.asc().nullsLast(), TaskRows.priorityRank().desc(), TASK.ID).limit(limit)
                .fetch(TaskRows::toTask);
    }

    public int bucketCount(UUID person, DueBucket bucket, LocalDate today) {
        return database.dsl().fetchCount(TASK, openOf(person).and(bucket(bucket, today)));
    }

    /** Open tasks of a person due today or earlier: id → due date, for reminders (capped). */
    public Map<UUID, LocalDate> dueBy(UUID person, LocalDate today, int limit) {
        Map<UUID, LocalDate> due = new LinkedHashMap<>();
        database.dsl().select(TASK.ID, TASK.DUE_ON).from(TASK).where(openOf(person)).and(TASK.DUE_ON.le(today))
                .orderBy(TASK.DUE_ON.desc(), TASK.ID).limit(limit)
                .forEach(r -> due.put(r.value1(), r.value2()));
        return due;
    }

    public Map<UUID, String> titles(Collection<UUID> ids) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            database.dsl().select(TASK.ID, TASK.TITLE).from(TASK).where(TASK.ID.in(ids))
                    .forEach(r -> titles.put(r.value1(), r.value2()));
        }
        return titles;
    }

    // Calendar

    /** Scope of the calendar: a person's tasks, a set of teams' tasks, or everyone's (both null). */
    static Condition scope(UUID person, Collection<UUID> teams) {
        if (person != null) {
            return TASK.ASSIGNEE_PERSON_ID.eq(person);
        }
        return teams == null ? DSL.noCondition() : TASK.TEAM_ID.in(teams);
    }

    /**
     * Tasks due between two days, at most {@code perDay} on each day (urgent first), plus how many
     * each day holds; closed tasks only when asked for.
     */
    public List<CalendarEntry> calendar(UUID person, Collection<UUID> teams, LocalDate from, LocalDate to,
                                        boolean withClosed, int perDay, Map<LocalDate, Integer> totals) {
        Condition c = scope(person, teams).and(TASK.DELETED_AT.isNull()).and(TASK.DUE_ON.between(from, to));
        if (!withClosed) {
            c = c.and(TASK.STATUS.in(OPEN));
        }
        var dsl = database.dsl();
        dsl.select(TASK.DUE_ON, DSL.count()).from(TASK).where(c).groupBy(TASK.DUE_ON)
                .forEach(r -> totals.merge(r.value1(), r.value2(), Integer::sum));
        // The first few of each day, by urgency: ranked in one query over the task table alone, then
        // read with their names by key. (Joining the ranked rows back in one statement let H2 rank
        // again for every joined row.)
        Field<Integer> rank = DSL.rowNumber().over(DSL.partitionBy(TASK.DUE_ON)
                .orderBy(TaskRows.priorityRank().desc(), TASK.ID)).as("day_rank");
        var ranked = dsl.select(TASK.ID.as("ranked_id"), rank).from(TASK).where(c).asTable("ranked");
        List<UUID> ids = dsl.select(ranked.field("ranked_id", UUID.class)).from(ranked)
                .where(ranked.field("day_rank", Integer.class).le(perDay)).fetch(0, UUID.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        return TaskRows.select(dsl).where(TASK.ID.in(ids)).orderBy(TASK.DUE_ON, TaskRows.priorityRank().desc(), TASK.ID)
                .fetch(r -> {
                    Task t = TaskRows.toTask(r);
                    return new CalendarEntry(CalendarEntry.Kind.TASK, t.id(), t.version(), t.dueOn(), t.title(), t.status(),
                            t.priority(), t.isSupervised(), t.companyName(), t.assigneeName());
                });
    }
}
