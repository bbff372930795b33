package cn.zhaoshang.desk.task;

/**
 * The stored state of a task. "Overdue" is not one of them: it follows from the due date and today
 * (see {@link Task#isOverdue}), so it can never be out of date.
 */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    /** Done or cancelled: no longer anyone's work, never overdue. */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
