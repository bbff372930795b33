package cn.zhaoshang.desk.common.time;

import java.time.ZoneId;

/**
 * The office's time zone, Beijing time. Instants are stored in UTC and the clock the composition root hands
 * out is UTC; every day a person sees or types (today, a due date, the day of a visit, a date range) is taken
 * in this zone. It is written here once so that no screen, job or query takes days in another.
 */
public final class OfficeZone {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private OfficeZone() {
    }
}
