package cn.zhaoshang.desk.task;

/**
 * How one report-back date of a supervised task went: a report came in its period, came late,
 * never came, or the date is today or still ahead.
 */
public enum ReportMark {
    REPORTED, LATE, MISSED, DUE_TODAY, UPCOMING
}
