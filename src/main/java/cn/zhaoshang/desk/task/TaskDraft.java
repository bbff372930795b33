package cn.zhaoshang.desk.task;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a user fills in to create or edit a task. The company and project names are carried only
 * so an editor can show what a prefilled draft links to; saving uses the ids.
 */
public record TaskDraft(String title, String details, UUID companyId, String companyName, UUID projectId,
                        String projectName, UUID interactionId, UUID assigneeId, UUID teamId, LocalDate dueOn,
                        TaskPriority priority, TaskSource source, String sourceNote, SupervisionLevel supervisionLevel,
                        Integer reportEveryDays, LocalDate reportStartOn) {

    /** An empty task of normal priority, typed in by hand. */
    public static TaskDraft blank() {
        return new TaskDraft("", null, null, null, null, null, null, null, null, null, TaskPriority.NORMAL,
                TaskSource.MANUAL, null, null, null, null);
    }

    public TaskDraft withTitle(String text) {
        return new TaskDraft(text, details, companyId, companyName, projectId, projectName, interactionId, assigneeId,
                teamId, dueOn, priority, source, sourceNote, supervisionLevel, reportEveryDays, reportStartOn);
    }

    public TaskDraft withAssignee(UUID person, UUID team) {
        return new TaskDraft(title, details, companyId, companyName, projectId, projectName, interactionId, person, team,
                dueOn, priority, source, sourceNote, supervisionLevel, reportEveryDays, reportStartOn);
    }

    public TaskDraft withDueOn(LocalDate due) {
        return new TaskDraft(title, details, companyId, companyName, projectId, projectName, interactionId, assigneeId,
                teamId, due, priority, source, sourceNote, supervisionLevel, reportEveryDays, reportStartOn);
    }

    public TaskDraft withSupervision(SupervisionLevel level, Integer everyDays, LocalDate startOn) {
        return new TaskDraft(title, details, companyId, companyName, projectId, projectName, interactionId, assigneeId,
                teamId, dueOn, priority, source, sourceNote, level, everyDays, startOn);
    }
}
