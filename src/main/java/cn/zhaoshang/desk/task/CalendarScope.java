package cn.zhaoshang.desk.task;

/** Whose tasks and planned visits the calendar shows. */
public enum CalendarScope {
    MINE, TEAM, ALL
}
