package cn.zhaoshang.desk.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Where a supervised task (督办事项) stands: its report-back dates with how each went, the next one,
 * the last report, and the state 按期推进 / 滞后 / 完成 derived from them.
 *
 * <p>Report-back dates are the cycle (every {@code reportEveryDays} from the start date, or from the
 * day the task was made, up to its due date) plus dates added by hand. A date's period runs from the
 * day after the previous date to the date itself. The task is 滞后 when it is overdue, or when the
 * latest date that has passed got no report at all, not even a late one; a late report catches up.
 * A date that is today is not missed yet: the report may still come in today.
 */
public record SupervisionStatus(SupervisionState state, List<ReportDate> dates, LocalDate nextReportOn,
                                LocalDate lastReportedOn) {
    /** A cycle of one day over years would be thousands of dates; the screen needs the recent ones. */
    static final int MAX_DATES = 400;

    public static SupervisionStatus evaluate(Task task, List<TaskReport> log, LocalDate today) {
        List<LocalDate> reports = log.stream().filter(TaskReport::isProgress).map(TaskReport::reportedOn).sorted().toList();
        LocalDate start = task.reportStartOn() != null ? task.reportStartOn() : task.createdOn();
        LocalDate end = task.isOpen() ? today : task.completedOn() != null ? task.completedOn() : today;
        LocalDate firstCycleDate = firstCycleDate(task, start, end);
        TreeMap<LocalDate, Boolean> schedule = schedule(task, log, firstCycleDate, end);

        List<ReportDate> dates = new ArrayList<>();
        // The first period starts on the cycle's start day (or the day after the last date left out).
        LocalDate periodStart = firstCycleDate == null ? start : firstCycleDate.minusDays(task.reportEveryDays() - 1L);
        LocalDate next = null;
        ReportMark latestPassed = null;
        for (var entry : schedule.entrySet()) {
            LocalDate date = entry.getKey();
            ReportMark mark = mark(date, periodStart, reports, today);
            dates.add(new ReportDate(date, mark, entry.getValue()));
            if (date.isBefore(today)) {
                latestPassed = mark;
            } else if (next == null && task.isOpen()) {
                next = date;
            }
            if (periodStart == null || !date.isBefore(periodStart)) {
                periodStart = date.plusDays(1);
            }
        }
        LocalDate last = reports.isEmpty() ? null : reports.get(reports.size() - 1);
        return new SupervisionStatus(state(task, latestPassed, today), List.copyOf(dates), next, last);
    }

    /** The first cycle date to list: start + every, or a later one when the cycle has run past {@link #MAX_DATES}. */
    private static LocalDate firstCycleDate(Task task, LocalDate start, LocalDate end) {
        Integer every = task.reportEveryDays();
        if (every == null || every <= 0 || start == null) {
            return null;
        }
        long passed = Math.max(0, ChronoUnit.DAYS.between(start, end) / every);
        long skipped = Math.max(0, passed - (MAX_DATES - 1));
        return start.plusDays(every * (skipped + 1));
    }

    /** Cycle dates (false) and hand-added dates (true) by day; an open task's cycle runs to the first date from today on. */
    private static TreeMap<LocalDate, Boolean> schedule(Task task, List<TaskReport> log, LocalDate first, LocalDate end) {
        TreeMap<LocalDate, Boolean> schedule = new TreeMap<>();
        if (first != null) {
            for (LocalDate d = first; ; d = d.plusDays(task.reportEveryDays())) {
                if (task.dueOn() != null && d.isAfter(task.dueOn()) || !task.isOpen() && d.isAfter(end)) {
                    break;
                }
                schedule.put(d, false);
                if (!d.isBefore(end)) {
                    break;
                }
            }
        }
        for (TaskReport entry : log) {
            if (!entry.isProgress() && entry.dueOn() != null && (task.isOpen() || !entry.dueOn().isAfter(end))) {
                schedule.put(entry.dueOn(), true);
            }
        }
        return schedule;
    }

    private static ReportMark mark(LocalDate date, LocalDate periodStart, List<LocalDate> reports, LocalDate today) {
        boolean inPeriod = reports.stream().anyMatch(r -> !r.isBefore(periodStart) && !r.isAfter(date));
        if (inPeriod) {
            return ReportMark.REPORTED;
        }
        if (date.isAfter(today)) {
            return ReportMark.UPCOMING;
        }
        if (date.equals(today)) {
            return ReportMark.DUE_TODAY;
        }
        boolean later = reports.stream().anyMatch(r -> r.isAfter(date));
        return later ? ReportMark.LATE : ReportMark.MISSED;
    }

    private static SupervisionState state(Task task, ReportMark latestPassed, LocalDate today) {
        return switch (task.status()) {
            case DONE -> SupervisionState.DONE;
            case CANCELLED -> SupervisionState.CANCELLED;
            default -> task.isOverdue(today) || latestPassed == ReportMark.MISSED
                    ? SupervisionState.LAGGING : SupervisionState.ON_TRACK;
        };
    }

    /** Report-back dates that passed without any report. */
    public long missedCount() {
        return dates.stream().filter(d -> d.mark() == ReportMark.MISSED).count();
    }
}
