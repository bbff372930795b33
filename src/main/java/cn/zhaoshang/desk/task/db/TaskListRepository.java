package cn.zhaoshang.desk.task.db;

import static cn.zhaoshang.desk.generated.Tables.TASK;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.task.DueBucket;
import cn.zhaoshang.desk.task.SupervisionFilter;
import cn.zhaoshang.desk.task.SupervisionLevel;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskCursor;
import cn.zhaoshang.desk.task.TaskQuery;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.OrderField;
import org.jooq.impl.DSL;

/**
 * Task lists that never load a table: keyset pages ordered by (due date, id) with undated tasks
 * last, counts, and the sections of "my tasks".
 *
 * <p>Lists are read one status at a time and merged: with {@code status = ?} the indexes of V30
 * ((status | assignee, status | team, status | level, status), deleted_at, due_on, id) give tight
 * ranges read in order, where {@code status in (…)} made H2 read every task of the person or team
 * and sort them (measured at 200,000 tasks: 8,790 rows read for one section of one person's list).
 */
public final class TaskListRepository {
    static final Set<TaskStatus> OPEN = EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
    /** The databases' order of ids (bytewise, i.e. unsigned), which Java's {@code UUID.compareTo} is not. */
    static final Comparator<UUID> ID_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };
    static final Comparator<Task> PAGE_ORDER = Comparator.comparing(Task::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::id, ID_ORDER);

    private final Database database;

    public TaskListRepository(Database database) {
        this.database = database;
    }

    /**
     * The next {@code limit} tasks after the cursor. Each status (and supervision level), and dated
     * and undated tasks, are read as separate index ranges and merged in the page order.
     */
    public List<Task> page(TaskQuery query, LocalDate today, TaskCursor after, int limit) {
        List<Task> rows = new ArrayList<>();
        boolean undatedToo = query.dueFrom() == null && query.dueTo() == null && !query.overdueOnly();
        List<OrderField<?>> order = order(query);
        for (Condition range : ranges(query, today)) {
            if (after == null || after.dueOn() != null) {
                Condition dated = range.and(TASK.DUE_ON.isNotNull());
                if (after != null) {
                    dated = dated.and(DSL.row(TASK.DUE_ON, TASK.ID).gt(after.dueOn(), after.id()));
                }
                rows.addAll(TaskRows.select(database.dsl()).where(dated).orderBy(order).limit(limit).fetch(TaskRows::toTask));
            }
            if (undatedToo) {
                Condition undated = range.and(TASK.DUE_ON.isNull());
                if (after != null && after.dueOn() == null) {
                    undated = undated.and(TASK.ID.gt(after.id()));
                }
                rows.addAll(TaskRows.select(database.dsl()).where(undated).orderBy(order).limit(limit).fetch(TaskRows::toTask));
            }
        }
        rows.sort(PAGE_ORDER);
        return rows.size() <= limit ? rows : new ArrayList<>(rows.subList(0, limit));
    }

    public int count(TaskQuery query, LocalDate today) {
        int total = 0;
        for (Condition range : ranges(query, today)) {
            total += database.dsl().fetchCount(TASK, range);
        }
        return total;
    }

    /**
     * The order of a range, led by the columns it fixes, as the index that serves it is ordered:
     * H2 then reads the index in order and stops after the page (with only "due_on, id" it sorts
     * the whole range first).
     */
    static List<OrderField<?>> order(TaskQuery q) {
        List<OrderField<?>> order = new ArrayList<>();
        if (q.assigneeId() != null) {
            order.add(TASK.ASSIGNEE_PERSON_ID);
        } else if (q.teamId() != null) {
            order.add(TASK.TEAM_ID);
        } else if (q.supervision() != SupervisionFilter.ANY) {
            order.add(TASK.SUPERVISION_LEVEL);
        }
        order.addAll(List.of(TASK.STATUS, TASK.DELETED_AT, TASK.DUE_ON, TASK.ID));
        return order;
    }

    /** The filter as one condition per status (and supervision level) it allows: each a tight index range. */
    static List<Condition> ranges(TaskQuery q, LocalDate today) {
        Set<TaskStatus> statuses = q.statuses().isEmpty() ? EnumSet.allOf(TaskStatus.class) : EnumSet.copyOf(q.statuses());
        Condition base = base(q);
        if (q.overdueOnly()) {
            statuses.retainAll(OPEN);
            base = base.and(TASK.DUE_ON.lt(today));
        }
        List<Condition> ranges = new ArrayList<>();
        for (TaskStatus s : statuses) {
            for (Condition level : levels(q.supervision())) {
                ranges.add(base.and(TASK.STATUS.eq(s)).and(level));
            }
        }
        return ranges;
    }

    /** "Supervised" is read level by level, so that each is an equality on the supervision index. */
    private static List<Condition> levels(SupervisionFilter filter) {
        return switch (filter) {
            case ANY -> List.of(DSL.noCondition());
            case NONE -> List.of(TASK.SUPERVISION_LEVEL.isNull());
            case SUPERVISED -> Arrays.stream(SupervisionLevel.values())
                    .map(l -> TASK.SUPERVISION_LEVEL.eq(l)).toList();
            default -> List.of(TASK.SUPERVISION_LEVEL.eq(filter.level()));
        };
    }

    private static Condition base(TaskQuery q) {
        Condition c = TASK.DELETED_AT.isNull();
        if (q.assigneeId() != null) {
            c = c.and(TASK.ASSIGNEE_PERSON_ID.eq(q.assigneeId()));
        }
        if (q.teamId() != null) {
            c = c.and(TASK.TEAM_ID.eq(q.teamId()));
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
        return c;
    }

    // "My tasks": a person's open tasks by section, each status and each date range read on its own.

    private static List<Condition> bucket(DueBucket bucket, LocalDate today) {
        LocalDate weekEnd = DueBucket.endOfWeek(today);
        return switch (bucket) {
            case OVERDUE -> List.of(TASK.DUE_ON.lt(today));
            case TODAY -> List.of(TASK.DUE_ON.eq(today));
            case THIS_WEEK -> List.of(TASK.DUE_ON.gt(today).and(TASK.DUE_ON.le(weekEnd)));
            case LATER -> List.of(TASK.DUE_ON.gt(weekEnd), TASK.DUE_ON.isNull());
        };
    }

    private static List<Condition> openOf(UUID person, DueBucket bucket, LocalDate today) {
        List<Condition> ranges = new ArrayList<>();
        for (TaskStatus s : OPEN) {
            for (Condition dates : bucket(bucket, today)) {
                ranges.add(TASK.ASSIGNEE_PERSON_ID.eq(person).and(TASK.STATUS.eq(s)).and(dates)
                        .and(TASK.DELETED_AT.isNull()));
            }
        }
        return ranges;
    }

    private static final List<OrderField<?>> MINE_ORDER = List.of(TASK.ASSIGNEE_PERSON_ID, TASK.STATUS, TASK.DELETED_AT,
            TASK.DUE_ON, TASK.ID);

    /**
     * The first {@code limit} open tasks of a person in one section, by due date, then urgency (the
     * database reads them in index order; urgency within a day is sorted here).
     */
    public List<Task> bucket(UUID person, DueBucket bucket, LocalDate today, int limit) {
        List<Task> rows = new ArrayList<>();
        for (Condition range : openOf(person, bucket, today)) {
            rows.addAll(TaskRows.select(database.dsl()).where(range).orderBy(MINE_ORDER).limit(limit).fetch(TaskRows::toTask));
        }
        rows.sort(Comparator.comparing(Task::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(t -> -t.priority().ordinal()).thenComparing(Task::id, ID_ORDER));
        return rows.size() <= limit ? rows : new ArrayList<>(rows.subList(0, limit));
    }

    public int bucketCount(UUID person, DueBucket bucket, LocalDate today) {
        int total = 0;
        for (Condition range : openOf(person, bucket, today)) {
            total += database.dsl().fetchCount(TASK, range);
        }
        return total;
    }

    /** Open tasks of a person due today or earlier: id → due date, for reminders (capped). */
    public Map<UUID, LocalDate> dueBy(UUID person, LocalDate today, int limit) {
        Map<UUID, LocalDate> due = new LinkedHashMap<>();
        for (TaskStatus s : OPEN) {
            database.dsl().select(TASK.ID, TASK.DUE_ON).from(TASK).where(TASK.ASSIGNEE_PERSON_ID.eq(person))
                    .and(TASK.STATUS.eq(s)).and(TASK.DELETED_AT.isNull()).and(TASK.DUE_ON.le(today))
                    .limit(limit)
                    .forEach(r -> due.put(r.value1(), r.value2()));
        }
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
}
