package cn.zhaoshang.desk.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A task of the 招商任务清单 as a screen shows it: the stored fields plus the names of what it links
 * to. Whatever depends on today (overdue, which section of "my tasks") is derived here from a date
 * the caller passes, never stored.
 */
public record Task(UUID id, int version, String title, String details,
                   UUID companyId, String companyName, UUID projectId, String projectName, UUID interactionId,
                   UUID assigneeId, String assigneeName, UUID teamId, String teamName,
                   LocalDate dueOn, TaskPriority priority, TaskStatus status, TaskSource source, String sourceNote,
                   SupervisionLevel supervisionLevel, Integer reportEveryDays, LocalDate reportStartOn,
                   String completionNote, LocalDate completedOn, LocalDate createdOn) {

    public boolean isSupervised() {
        return supervisionLevel != null;
    }

    public boolean isOpen() {
        return !status.isClosed();
    }

    /** Open and its due date has passed; a task due today is not overdue yet. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn != null && dueOn.isBefore(today);
    }

    /** Days past the due date (0 when not overdue). */
    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    public DueBucket bucket(LocalDate today) {
        return DueBucket.of(dueOn, today);
    }

    /** The editable fields, for an edit that starts from what is stored. */
    public TaskDraft toDraft() {
        return new TaskDraft(title, details, companyId, companyName, projectId, projectName, interactionId, assigneeId,
                teamId, dueOn, priority, source, sourceNote, supervisionLevel, reportEveryDays, reportStartOn);
    }
}
