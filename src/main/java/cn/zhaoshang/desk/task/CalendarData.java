package cn.zhaoshang.desk.task;

import java.util.List;
import java.util.Map;
import java.time.LocalDate;

/** The entries of a date range by day (the first few of each), and how many each day holds in all. */
public record CalendarData(LocalDate from, LocalDate to, Map<LocalDate, List<CalendarEntry>> entries,
                           Map<LocalDate, Integer> totals) {
    public List<CalendarEntry> on(LocalDate day) {
        return entries.getOrDefault(day, List.of());
    }

    public int totalOn(LocalDate day) {
        return totals.getOrDefault(day, 0);
    }
}
