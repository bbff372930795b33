package cn.zhaoshang.desk.common.time;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The office's time zone, Beijing time. Instants are stored in UTC; the clock the composition root hands
 * out is in this zone, so every day a person sees or types (today, a due date, the day of a visit, a date
 * range, a backup's name) is taken here. It is written once so that no screen, job or query takes days in
 * another.
 */
public final class OfficeZone {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The running computer's clock, in the office's zone: what the composition root hands out. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }

    private OfficeZone() {
    }
}
