package cn.zhaoshang.desk.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The sections of "my tasks": overdue, due today, due later this week (to Sunday), later or undated. */
public enum DueBucket {
    OVERDUE, TODAY, THIS_WEEK, LATER;

    /** The section of an open task due on {@code due} (null: no due date). */
    public static DueBucket of(LocalDate due, LocalDate today) {
        if (due == null) {
            return LATER;
        }
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        if (due.equals(today)) {
            return TODAY;
        }
        return due.isAfter(endOfWeek(today)) ? LATER : THIS_WEEK;
    }

    /** The Sunday of today's week: Chinese calendars start the week on Monday. */
    public static LocalDate endOfWeek(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
