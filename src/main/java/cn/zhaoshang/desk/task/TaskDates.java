package cn.zhaoshang.desk.task;

import cn.zhaoshang.desk.common.time.OfficeZone;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Dates as the office sees them: "today" and a stored instant's day are taken in Beijing time. */
public final class TaskDates {
    private TaskDates() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), OfficeZone.ZONE);
    }

    public static LocalDate dayOf(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(OfficeZone.ZONE).toLocalDate();
    }
}
