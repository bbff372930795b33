package cn.zhaoshang.desk.task.db;

import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.generated.Tables.TASK_REPORT;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.generated.tables.records.TaskRecord;
import cn.zhaoshang.desk.generated.tables.records.TaskReportRecord;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskDraft;
import cn.zhaoshang.desk.task.TaskReport;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** One task at a time: reads with its linked names, audited writes with optimistic locking, its report log. */
public final class TaskRepository {
    private final Database database;
    private final RecordWriter writer;

    public TaskRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public Optional<Task> find(UUID id) {
        return TaskRows.select(database.dsl()).where(TASK.ID.eq(id)).and(TASK.DELETED_AT.isNull())
                .fetchOptional(TaskRows::toTask);
    }

    public Task get(UUID id) {
        return find(id).orElseThrow(() -> new DeskException("task.error.notFound"));
    }

    /** A live task made from this visit, if any: a visit's next step becomes one task, not several. */
    public Optional<UUID> findByInteraction(UUID interactionId) {
        return database.dsl().select(TASK.ID).from(TASK).where(TASK.INTERACTION_ID.eq(interactionId))
                .and(TASK.DELETED_AT.isNull()).orderBy(TASK.CREATED_AT).limit(1).fetchOptional(TASK.ID);
    }

    public UUID insert(TaskDraft draft, TaskStatus status, String deadlineKey) {
        TaskRecord record = new TaskRecord();
        apply(record, draft);
        record.setStatus(status);
        record.setDeadlineKey(deadlineKey);
        return writer.insert(record).getId();
    }

    /** Saves the draft's fields over the stored task, if {@code version} is still the stored one. */
    public void update(UUID id, int version, TaskDraft draft) {
        change(id, version, record -> apply(record, draft));
    }

    /** Sets the status; a closed task keeps the day it closed and its note, an open one neither. */
    public void setStatus(UUID id, int version, TaskStatus status, String note, LocalDate closedOn) {
        change(id, version, r -> {
            r.setStatus(status);
            r.setCompletionNote(status.isClosed() ? note : null);
            r.setCompletedOn(status.isClosed() ? closedOn : null);
        });
    }

    public void setDueOn(UUID id, int version, LocalDate dueOn) {
        change(id, version, r -> r.setDueOn(dueOn));
    }

    /**
     * Loads the stored row, applies the change, and saves it as an edit of {@code version}: the
     * writer refuses it when someone saved the task in between.
     */
    private void change(UUID id, int version, Consumer<TaskRecord> change) {
        TaskRecord stored = database.dsl().selectFrom(TASK).where(TASK.ID.eq(id)).and(TASK.DELETED_AT.isNull()).fetchOne();
        if (stored == null) {
            throw new DeskException("task.error.notFound");
        }
        TaskRecord edit = stored.copy();
        edit.setId(id);
        edit.setCreatedAt(stored.getCreatedAt());
        edit.setVersion(version);
        change.accept(edit);
        writer.update(edit);
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(TASK, id, version);
    }

    private static void apply(TaskRecord r, TaskDraft d) {
        r.setTitle(d.title());
        r.setDetails(d.details());
        r.setCompanyId(d.companyId());
        r.setProjectId(d.projectId());
        r.setInteractionId(d.interactionId());
        r.setAssigneePersonId(d.assigneeId());
        r.setTeamId(d.teamId());
        r.setDueOn(d.dueOn());
        r.setPriority(d.priority());
        r.setSourceKind(d.source());
        r.setSourceNote(d.sourceNote());
        r.setSupervisionLevel(d.supervisionLevel());
        r.setReportEveryDays(d.reportEveryDays());
        r.setReportStartOn(d.reportStartOn());
    }

    // Report log of supervised tasks

    public TaskReport addReport(UUID taskId, LocalDate dueOn, LocalDate reportedOn, String progress, String reportedBy) {
        TaskReportRecord record = new TaskReportRecord();
        record.setTaskId(taskId);
        record.setDueOn(dueOn);
        record.setReportedOn(reportedOn);
        record.setProgress(progress);
        record.setReportedBy(reportedBy);
        return toReport(writer.insert(record));
    }

    /** The report log of a task, oldest first. */
    public List<TaskReport> reports(UUID taskId) {
        return database.dsl().selectFrom(TASK_REPORT).where(TASK_REPORT.TASK_ID.eq(taskId))
                .and(TASK_REPORT.DELETED_AT.isNull())
                .orderBy(TASK_REPORT.REPORTED_ON.asc().nullsFirst(), TASK_REPORT.DUE_ON, TASK_REPORT.CREATED_AT)
                .fetch(TaskRepository::toReport);
    }

    /** The report logs of many tasks at once (one page of a list). */
    public Map<UUID, List<TaskReport>> reports(Collection<UUID> taskIds) {
        Map<UUID, List<TaskReport>> byTask = new HashMap<>();
        if (taskIds.isEmpty()) {
            return byTask;
        }
        database.dsl().selectFrom(TASK_REPORT).where(TASK_REPORT.TASK_ID.in(taskIds)).and(TASK_REPORT.DELETED_AT.isNull())
                .fetch(TaskRepository::toReport)
                .forEach(r -> byTask.computeIfAbsent(r.taskId(), k -> new ArrayList<>()).add(r));
        return byTask;
    }

    private static TaskReport toReport(TaskReportRecord r) {
        return new TaskReport(r.getId(), r.getTaskId(), r.getDueOn(), r.getReportedOn(), r.getProgress(), r.getReportedBy());
    }
}
