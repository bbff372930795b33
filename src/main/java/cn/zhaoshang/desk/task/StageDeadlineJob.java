package cn.zhaoshang.desk.task;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.WriteRuns;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.task.db.OverdueStageRepository.LapsedStage;
import cn.zhaoshang.desk.task.db.OverdueStageRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stage clock: a project that stays in its stage longer than the stage's limit
 * ({@code stage_deadline.max_days}, e.g. signed but not registered within 90 days: 三未/六未) gets
 * one supervision task, linked to the project, for its owner and team. It runs when the app starts
 * and once a day while it runs, and may run any number of times: the task's once-only key
 * (project, stage) means it is made once, never again, even after it was deleted. The task's texts are
 * stored in the language of whoever runs it (the screen or command passes it, decision 0171).
 */
public final class StageDeadlineJob {
    /** What a run did. */
    public record Result(int lapsed, long created) { }

    /** The supervision task is due two weeks after it is raised, with a weekly report-back. */
    static final int DUE_IN_DAYS = 14;
    static final int REPORT_EVERY_DAYS = 7;

    private final OverdueStageRepository repository;
    private final OnceOnlyTasks raiser;
    private final Clock clock;

    public StageDeadlineJob(Database database, BulkInserter bulk, AuditLog audit, Clock clock, WriteRuns writeRuns) {
        this.repository = new OverdueStageRepository(database);
        this.raiser = new OnceOnlyTasks(database, bulk, audit);
        // The tasks are raised in one transaction (all or none); a run of this kind left by a crash has
        // nothing to take back, and the next start raises what is missing.
        writeRuns.register(WriteRuns.Kind.STAGE_DEADLINES, run -> { });
        this.clock = clock;
    }

    /** Raises what is missing, the tasks' title, details and note written in {@code language}. */
    public Result run(Progress progress, Messages language) {
        LocalDate today = TaskDates.today(clock);
        AtomicInteger lapsed = new AtomicInteger();
        long created = raiser.raise("stage-deadline", () -> {
            progress.step("task.job.stageDeadlines");
            List<LapsedStage> found = repository.findLapsed(today);
            lapsed.set(found.size());
            return found.stream().map(l -> toTask(l, today, language)).toList();
        }, progress);
        return new Result(lapsed.get(), created);
    }

    private static OnceOnlyTask toTask(LapsedStage l, LocalDate today, Messages messages) {
        String stage = messages.get("task.stage." + l.stage());
        long days = ChronoUnit.DAYS.between(l.enteredOn(), today);
        String title = messages.get("task.stageDeadline.title", l.projectName(), stage, days);
        String details = messages.get("task.stageDeadline.details", l.projectName(), stage, l.enteredOn().toString(),
                l.maxDays(), days);
        String note = messages.get("task.stageDeadline.note", stage, l.maxDays());
        SupervisionLevel level = l.major() ? SupervisionLevel.DISTRICT : SupervisionLevel.BUREAU;
        TaskPriority priority = l.major() ? TaskPriority.URGENT : TaskPriority.HIGH;
        return new OnceOnlyTask(title, details, l.companyId(), l.projectId(), l.ownerId(), l.teamId(),
                today.plusDays(DUE_IN_DAYS), priority, TaskSource.STAGE_DEADLINE, note, level, REPORT_EVERY_DAYS, today,
                OverdueStageRepository.key(l.projectId(), l.stage()));
    }
}
