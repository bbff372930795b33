package cn.zhaoshang.desk.task;

import java.time.LocalDate;
import java.util.List;

/** Another feature's dated items for the calendar, beside tasks and planned visits (receptions, events). */
public interface CalendarSource {
    /** The items between two days (inclusive), of every team: the district's receptions and events concern all. */
    List<CalendarEntry> entries(LocalDate from, LocalDate to);
}
