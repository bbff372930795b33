package cn.zhaoshang.desk.request;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.request.db.RequestFigures;
import cn.zhaoshang.desk.task.OnceOnlyTask;
import cn.zhaoshang.desk.task.OnceOnlyTasks;
import cn.zhaoshang.desk.task.SupervisionLevel;
import cn.zhaoshang.desk.task.TaskDates;
import cn.zhaoshang.desk.task.TaskPriority;
import cn.zhaoshang.desk.task.TaskSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A company request still open after its deadline becomes a supervision task (督办), once: for the
 * company's owner, in the request's team, linked to the company and project, under the key
 * "request-overdue:&lt;request&gt;" — the stage clock's pattern ({@link OnceOnlyTasks}), so any number of
 * runs on any number of computers make it once, and a deleted one is not made again. Runs with the
 * stage clock (at start and daily) and from the command line, which pass the language the task's texts
 * are stored in (decision 0171).
 */
public final class RequestOverdueJob {
    /** Due a week after it is raised, with a weekly report-back. */
    static final int DUE_IN_DAYS = 7;
    static final int REPORT_EVERY_DAYS = 7;

    private final RequestFigures figures;
    private final OnceOnlyTasks raiser;
    private final Clock clock;

    public RequestOverdueJob(Database database, OnceOnlyTasks raiser, Clock clock) {
        this.figures = new RequestFigures(database);
        this.raiser = raiser;
        this.clock = clock;
    }

    /** The once-only key of a request's supervision task (the task list can find it by this). */
    public static String key(UUID requestId) {
        return RequestFigures.KEY_PREFIX + requestId;
    }

    /** Raises what is missing, its texts written in {@code language}; returns how many tasks were made. */
    public long run(Progress progress, Messages language) {
        LocalDate today = TaskDates.today(clock);
        return raiser.raise("request-overdue", () -> {
            progress.step("request.job.overdue");
            return figures.overdueWithoutTask(today).stream().map(o -> toTask(o, today, language)).toList();
        }, progress);
    }

    private static OnceOnlyTask toTask(RequestFigures.Overdue o, LocalDate today, Messages messages) {
        String category = messages.label(o.category());
        long days = ChronoUnit.DAYS.between(o.dueOn(), today);
        String title = messages.get("request.overdue.title", o.companyName(), category, days);
        String details = messages.get("request.overdue.details", o.companyName(), category, o.content(), o.dueOn().toString());
        String note = messages.get("request.overdue.note", o.dueOn().toString());
        return new OnceOnlyTask(title, details, o.companyId(), o.projectId(), o.ownerId(), o.teamId(),
                today.plusDays(DUE_IN_DAYS), TaskPriority.HIGH, TaskSource.REQUEST_OVERDUE, note, SupervisionLevel.BUREAU,
                REPORT_EVERY_DAYS, today, key(o.id()));
    }
}
