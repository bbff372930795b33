package cn.zhaoshang.desk.task;

/** Where a task came from: typed in, a meeting decision, a visit's next step, a lapsed stage deadline, an import, a company request past its deadline, a reception's next step. */
public enum TaskSource {
    MANUAL, MEETING, VISIT, STAGE_DEADLINE, IMPORT, REQUEST_OVERDUE, RECEPTION
}
