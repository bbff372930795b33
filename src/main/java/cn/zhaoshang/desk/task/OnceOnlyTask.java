package cn.zhaoshang.desk.task;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervision task (督办) that a job raises once for a lapse — a project past its stage deadline, a
 * company request past its deadline — under a key that no second run, on any computer, can use again
 * ({@code task.deadline_key} is unique, and a deleted task keeps its key).
 */
public record OnceOnlyTask(String title, String details, UUID companyId, UUID projectId, UUID assigneeId, UUID teamId,
                           LocalDate dueOn, TaskPriority priority, TaskSource source, String sourceNote,
                           SupervisionLevel level, int reportEveryDays, LocalDate reportStartOn, String onceKey) {
    public OnceOnlyTask {
        title = shorten(title, TaskValidation.TITLE_MAX);
        details = details == null ? null : shorten(details, TaskValidation.DETAILS_MAX);
        sourceNote = sourceNote == null ? null : shorten(sourceNote, TaskValidation.SOURCE_NOTE_MAX);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
