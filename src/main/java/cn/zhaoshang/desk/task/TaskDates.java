package cn.zhaoshang.desk.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Dates as the office sees them: "today" and a stored instant's day are taken in Beijing time. */
public final class TaskDates {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TaskDates() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static LocalDate dayOf(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(ZONE).toLocalDate();
    }
}
