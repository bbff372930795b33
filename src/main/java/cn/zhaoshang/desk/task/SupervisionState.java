package cn.zhaoshang.desk.task;

/**
 * How a supervised task reads, derived from its report-back dates and progress reports:
 * 按期推进 (on track), 滞后 (lagging), 完成 (done), or cancelled.
 */
public enum SupervisionState {
    ON_TRACK, LAGGING, DONE, CANCELLED
}
