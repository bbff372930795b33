package cn.zhaoshang.desk.history.ui;

import cn.zhaoshang.desk.common.time.OfficeZone;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Timestamps are stored in UTC and shown in the office's zone. */
final class Times {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {
    }

    static String show(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(OfficeZone.ZONE).format(FORMAT);
    }
}
