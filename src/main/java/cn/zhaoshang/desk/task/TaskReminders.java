package cn.zhaoshang.desk.task;

import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.task.db.TaskListRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What became due or overdue for the signed-in person since the last look. The first look of a
 * session sums up everything due today and overdue; later looks tell only what changed: a task
 * that became due (assigned since, or rescheduled to today) or overdue (the day turned). A task is
 * told once per state. Items escalated to the person (督办升级: a lead's team's, a manager's district's)
 * are told the same way, each once. One per session; the app's timer calls {@link #check()}.
 */
public final class TaskReminders {
    /** Enough for any one person's list; beyond it, the summary still counts from the first look. */
    static final int LIMIT = 5_000;

    /** What to tell: counts on the first look, else the titles of tasks newly due today / overdue / escalated to me. */
    public record Digest(boolean first, int overdue, int dueToday, List<String> newlyDue, List<String> newlyOverdue,
                         int escalated, List<String> newlyEscalated) {
        public Digest(boolean first, int overdue, int dueToday, List<String> newlyDue, List<String> newlyOverdue) {
            this(first, overdue, dueToday, newlyDue, newlyOverdue, 0, List.of());
        }

        public boolean isEmpty() {
            return first ? overdue == 0 && dueToday == 0 && escalated == 0
                    : newlyDue.isEmpty() && newlyOverdue.isEmpty() && newlyEscalated.isEmpty();
        }
    }

    private final TaskListRepository lists;
    private final Session session;
    private final Clock clock;
    private final EscalatedToMe escalations;
    /** Task → the state it was last told in (true: overdue, false: due today). */
    private final Map<UUID, Boolean> told = new HashMap<>();
    /** Escalated items already told (an item escalated further is not told again). */
    private final Set<UUID> toldEscalated = new HashSet<>();
    private String toldFor;
    private boolean looked;
    private long generation;

    TaskReminders(TaskListRepository lists, Session session, Clock clock, EscalatedToMe escalations) {
        this.lists = lists;
        this.session = session;
        this.clock = clock;
        this.escalations = escalations;
    }

    /**
     * Looks again; empty when there is nothing new (or nobody to remind). A manager without a person
     * record has no tasks of their own but is still told what was escalated to them.
     */
    public synchronized Digest check() {
        if (!session.isSignedIn()) {
            return new Digest(false, 0, 0, List.of(), List.of());
        }
        UUID me = session.personId();
        if (!session.userName().equals(toldFor)) {
            told.clear();
            toldEscalated.clear();
            toldFor = session.userName();
            looked = false;
        }
        LocalDate today = TaskDates.today(clock);
        Map<UUID, LocalDate> due = me == null ? Map.of() : lists.dueBy(me, today, LIMIT);
        Map<UUID, String> escalated = escalations.items();
        List<String> newlyEscalated = escalated.entrySet().stream().filter(e -> !toldEscalated.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        toldEscalated.clear();
        toldEscalated.addAll(escalated.keySet());
        boolean first = !looked;
        looked = true;
        List<UUID> newlyDue = new ArrayList<>();
        List<UUID> newlyOverdue = new ArrayList<>();
        int overdue = 0;
        for (var e : due.entrySet()) {
            boolean isOverdue = e.getValue().isBefore(today);
            overdue += isOverdue ? 1 : 0;
            Boolean before = told.put(e.getKey(), isOverdue);
            if (before == null || before != isOverdue) {
                (isOverdue ? newlyOverdue : newlyDue).add(e.getKey());
            }
        }
        told.keySet().retainAll(due.keySet());
        if (first) {
            return new Digest(true, overdue, due.size() - overdue, List.of(), List.of(), escalated.size(), List.of());
        }
        Map<UUID, String> titles = lists.titles(concat(newlyDue, newlyOverdue));
        return new Digest(false, overdue, due.size() - overdue, newlyDue.stream().map(titles::get).toList(),
                newlyOverdue.stream().map(titles::get).toList(), escalated.size(), newlyEscalated);
    }

    /**
     * A timer registers and gets a number; only the latest registered timer should keep running
     * (the shell is rebuilt when the language changes, and the old one must fall silent).
     */
    public synchronized long register() {
        return ++generation;
    }

    public synchronized boolean isCurrent(long registration) {
        return registration == generation;
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
