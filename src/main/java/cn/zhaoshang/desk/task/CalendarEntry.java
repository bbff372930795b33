package cn.zhaoshang.desk.task;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One item on a calendar day: a task (due that day), a planned visit (a visit's next step due that
 * day, not yet a task), a reception or an event (from the field-work features, through a
 * {@link CalendarSource}). Only tasks carry a status and priority.
 */
public record CalendarEntry(Kind kind, UUID id, int version, LocalDate date, String title, TaskStatus status,
                            TaskPriority priority, boolean supervised, String companyName, String assigneeName) {
    public enum Kind { TASK, VISIT, RECEPTION, EVENT }

    /** A planned visit: it can be dragged to a day to become a task. */
    public boolean isPlannedVisit() {
        return kind == Kind.VISIT;
    }

    public boolean isTask() {
        return kind == Kind.TASK;
    }

    public boolean isOverdue(LocalDate today) {
        return kind == Kind.TASK && !status.isClosed() && date.isBefore(today);
    }
}
