package cn.zhaoshang.desk.history.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Timestamps are stored in UTC and shown in Asia/Shanghai. */
final class Times {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {
    }

    static String show(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(SHANGHAI).format(FORMAT);
    }
}
