package cn.zhaoshang.desk.task;

/** Where a task came from: typed in, a meeting decision, a visit's next step, a lapsed stage deadline, an import. */
public enum TaskSource {
    MANUAL, MEETING, VISIT, STAGE_DEADLINE, IMPORT
}
