package cn.zhaoshang.desk.common.db;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Java values as both H2 and the PostgreSQL driver accept them through setObject. */
final class JdbcValues {
    private JdbcValues() {
    }

    static Object toJdbc(Object value) {
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        return value;
    }
}
