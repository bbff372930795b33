package cn.zhaoshang.desk.task;

import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.task.db.TaskCalendarRepository;
import cn.zhaoshang.desk.task.db.TaskLinkRepository;
import cn.zhaoshang.desk.task.db.TaskListRepository;
import cn.zhaoshang.desk.task.db.TaskRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The task lists: "my tasks" by section (逾期 / 今天 / 本周 / 以后) with the visits' next steps still
 * waiting to become tasks, keyset-paged team and full lists with filters, and the calendar of
 * tasks and planned visits. Supervised rows come with their derived supervision status.
 */
public final class TaskListService {
    /** Rows shown per section of "my tasks"; the rest is one click away in the full list. */
    public static final int SECTION_ROWS = 200;
    /** How far back and ahead "my tasks" looks for visits' next steps still waiting to become tasks. */
    static final int NEXT_STEP_DAYS_BACK = 14;
    static final int NEXT_STEP_DAYS_AHEAD = 30;

    private final TaskListRepository lists;
    private final TaskCalendarRepository calendar;
    private final TaskRepository tasks;
    private final TaskLinkRepository links;
    private final Session session;
    private final AccessPolicy access;
    private final Clock clock;
    private final TaskReminders reminders;
    private final List<CalendarSource> sources;

    public TaskListService(Database database, RecordWriter writer, AccessPolicy access, Clock clock) {
        this(database, writer, access, clock, List.of());
    }

    public TaskListService(Database database, RecordWriter writer, AccessPolicy access, Clock clock,
                           List<CalendarSource> sources) {
        this(database, writer, access, clock, sources, EscalatedToMe.NONE);
    }

    /**
     * @param sources receptions, events … shown in the calendar beside tasks and planned visits
     * @param escalations what was escalated to the signed-in person, told in the reminders
     */
    public TaskListService(Database database, RecordWriter writer, AccessPolicy access, Clock clock,
                           List<CalendarSource> sources, EscalatedToMe escalations) {
        this.sources = List.copyOf(sources);
        Session session = access.session();
        this.access = access;
        this.lists = new TaskListRepository(database);
        this.calendar = new TaskCalendarRepository(database);
        this.tasks = new TaskRepository(database, writer);
        this.links = new TaskLinkRepository(database);
        this.session = session;
        this.clock = clock;
        this.reminders = new TaskReminders(lists, session, clock, escalations);
    }

    public LocalDate today() {
        return TaskDates.today(clock);
    }

    /** The reminder state of this session: what became due or overdue since it last looked. */
    public TaskReminders reminders() {
        access.requireSignedIn();
        return reminders;
    }

    /** A page of tasks after the cursor (null: the first page), by due date, undated last. */
    public TaskPage page(TaskQuery query, TaskCursor after, int limit) {
        List<Task> found = lists.page(query, today(), after, limit);
        TaskCursor next = found.size() < limit ? null
                : new TaskCursor(found.get(found.size() - 1).dueOn(), found.get(found.size() - 1).id());
        return new TaskPage(withSupervision(found), next);
    }

    public int count(TaskQuery query) {
        return lists.count(query, today());
    }

    /** The signed-in person's morning view. */
    public MyTasks myTasks() {
        access.requireSignedIn();
        UUID me = session.personId();
        LocalDate today = today();
        Map<DueBucket, List<TaskRow>> rows = new EnumMap<>(DueBucket.class);
        Map<DueBucket, Integer> counts = new EnumMap<>(DueBucket.class);
        if (me == null) {
            return new MyTasks(false, today, rows, counts, List.of());
        }
        for (DueBucket bucket : DueBucket.values()) {
            List<Task> first = lists.bucket(me, bucket, today, SECTION_ROWS);
            rows.put(bucket, withSupervision(first));
            counts.put(bucket, first.size() < SECTION_ROWS ? first.size() : lists.bucketCount(me, bucket, today));
        }
        List<NextStep> steps = links.nextSteps(me, myNames(), today.minusDays(NEXT_STEP_DAYS_BACK),
                today.plusDays(NEXT_STEP_DAYS_AHEAD), SECTION_ROWS);
        return new MyTasks(true, today, rows, counts, steps);
    }

    /** The names a visit of mine is recorded under (visits keep the recorder's name, not an id). */
    private List<String> myNames() {
        List<String> names = new ArrayList<>(List.of(session.userName()));
        if (!session.displayName().equals(session.userName())) {
            names.add(session.displayName());
        }
        return names;
    }

    /** Tasks and planned visits between two days, at most {@code perDay} of each a day; counts in {@link CalendarData#totals}. */
    public CalendarData calendar(CalendarScope scope, LocalDate from, LocalDate to, boolean withClosed, int perDay) {
        access.requireSignedIn();
        UUID me = session.personId();
        UUID person = scope == CalendarScope.MINE ? me : null;
        List<UUID> teams = scope == CalendarScope.TEAM ? links.teamsOf(me, today()) : null;
        Map<LocalDate, Integer> totals = new HashMap<>();
        Map<LocalDate, List<CalendarEntry>> byDay = new LinkedHashMap<>();
        if (scope == CalendarScope.MINE && me == null) {
            return new CalendarData(from, to, byDay, totals);
        }
        for (CalendarEntry e : calendar.calendar(person, teams, from, to, withClosed, perDay, totals)) {
            byDay.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e);
        }
        List<String> names = scope == CalendarScope.MINE ? myNames() : null;
        for (CalendarEntry e : links.plannedVisits(person, names, teams, from, to, perDay, totals)) {
            byDay.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e);
        }
        for (CalendarSource source : sources) {
            for (CalendarEntry e : source.entries(from, to)) {
                totals.merge(e.date(), 1, Integer::sum);
                List<CalendarEntry> ofDay = byDay.computeIfAbsent(e.date(), d -> new ArrayList<>());
                if (ofDay.size() < perDay * 2) {
                    ofDay.add(0, e);   // receptions and events first: they are few and fixed in time
                }
            }
        }
        return new CalendarData(from, to, byDay, totals);
    }

    private List<TaskRow> withSupervision(List<Task> found) {
        List<UUID> supervised = found.stream().filter(Task::isSupervised).map(Task::id).toList();
        Map<UUID, List<TaskReport>> logs = tasks.reports(supervised);
        LocalDate today = today();
        return found.stream().map(t -> new TaskRow(t, t.isSupervised()
                ? SupervisionStatus.evaluate(t, logs.getOrDefault(t.id(), List.of()), today) : null)).toList();
    }
}
