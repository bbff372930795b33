package cn.zhaoshang.desk.project;

/** The stage clock of a project: how its time in the current stage compares to the stage's deadline. */
public enum ClockState {
    NONE,      // the stage has no deadline (投产, 暂缓, 终止, or none configured)
    ON_TIME,   // 正常
    DUE_SOON,  // 临期: within the warning days before the deadline
    OVERDUE    // 超期
}
