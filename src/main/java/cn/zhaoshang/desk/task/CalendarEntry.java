package cn.zhaoshang.desk.task;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One item on a calendar day: a task (due that day) or a planned visit (a visit's next step due that
 * day, not yet a task). Visits carry no status, priority or version.
 */
public record CalendarEntry(Kind kind, UUID id, int version, LocalDate date, String title, TaskStatus status,
                            TaskPriority priority, boolean supervised, String companyName, String assigneeName) {
    public enum Kind { TASK, VISIT }

    public boolean isTask() {
        return kind == Kind.TASK;
    }

    public boolean isOverdue(LocalDate today) {
        return kind == Kind.TASK && !status.isClosed() && date.isBefore(today);
    }
}
