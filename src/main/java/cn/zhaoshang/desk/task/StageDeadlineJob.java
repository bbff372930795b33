package cn.zhaoshang.desk.task;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.common.db.WriteRuns;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.task.db.StageDeadlineRepository;
import cn.zhaoshang.desk.task.db.StageDeadlineRepository.LapsedStage;
import cn.zhaoshang.desk.task.db.StageDeadlineRepository.NewTask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stage clock: a project that stays in its stage longer than the stage's limit
 * ({@code stage_deadline.max_days}, e.g. signed but not registered within 90 days: 三未/六未) gets
 * one supervision task, linked to the project, for its owner and team. It runs when the app starts
 * and once a day while it runs, and may run any number of times: the task's once-only key
 * (project, stage) means it is made once, never again, even after it was deleted.
 */
public final class StageDeadlineJob {
    /** What a run did. */
    public record Result(int lapsed, long created) { }

    /** The supervision task is due two weeks after it is raised, with a weekly report-back. */
    static final int DUE_IN_DAYS = 14;
    static final int REPORT_EVERY_DAYS = 7;
    private static final Logger LOG = LoggerFactory.getLogger(StageDeadlineJob.class);

    private final Database database;
    private final StageDeadlineRepository repository;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final WriteRuns writeRuns;

    public StageDeadlineJob(Database database, BulkInserter bulk, AuditLog audit, Messages messages, Clock clock,
                            WriteRuns writeRuns) {
        this.database = database;
        this.writeRuns = writeRuns;
        // Each task is whole on its own and made once (its once-only key): the tasks a crash left are
        // kept, and the next run (at the next start) raises the rest. Nothing to take back.
        writeRuns.register(WriteRuns.Kind.STAGE_DEADLINES, run -> { });
        this.repository = new StageDeadlineRepository(database, bulk);
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public Result run(Progress progress) {
        try {
            return runOnce(progress);
        } catch (org.jooq.exception.DataAccessException e) {
            // Another computer on the team server raised some of the same tasks in between: the
            // unique key refused our batch, which rolled back. A second look skips what it made.
            LOG.info("Stage deadline run collided with another; looking again", e);
            return runOnce(progress);
        }
    }

    private Result runOnce(Progress progress) {
        LocalDate today = TaskDates.today(clock);
        progress.step("task.job.stageDeadlines");
        List<LapsedStage> lapsed = repository.findLapsed(today);
        if (lapsed.isEmpty()) {
            return new Result(0, 0);
        }
        List<NewTask> rows = lapsed.stream().map(l -> toTask(l, today)).toList();
        Result result = writeRuns.run(WriteRuns.Kind.STAGE_DEADLINES, Ids.next(), null,
                () -> new Result(lapsed.size(), repository.insert(rows, audit.now(), progress)),
                r -> audit.recordBulk(AuditLog.Action.CREATE, "task", "stage-deadline: " + r.created(), null));
        LOG.info("Stage deadlines: {} supervision tasks raised", result.created());
        return result;
    }

    private NewTask toTask(LapsedStage l, LocalDate today) {
        String stage = messages.get("task.stage." + l.stage());
        long days = ChronoUnit.DAYS.between(l.enteredOn(), today);
        String title = messages.get("task.stageDeadline.title", l.projectName(), stage, days);
        String details = messages.get("task.stageDeadline.details", l.projectName(), stage, l.enteredOn().toString(),
                l.maxDays(), days);
        String note = messages.get("task.stageDeadline.note", stage, l.maxDays());
        SupervisionLevel level = l.major() ? SupervisionLevel.DISTRICT : SupervisionLevel.BUREAU;
        TaskPriority priority = l.major() ? TaskPriority.URGENT : TaskPriority.HIGH;
        return new NewTask(shorten(title, TaskValidation.TITLE_MAX), details, l.companyId(), l.projectId(), l.ownerId(),
                l.teamId(), today.plusDays(DUE_IN_DAYS), priority.name(), shorten(note, TaskValidation.SOURCE_NOTE_MAX),
                level.name(), REPORT_EVERY_DAYS, today, StageDeadlineRepository.key(l.projectId(), l.stage()));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
