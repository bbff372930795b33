package cn.zhaoshang.desk.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the whole-database history shows: optional user, table and date range; pages go backwards in
 * time from {@code before} (keyset paging on occurred_at).
 */
public record AuditFilter(String userName, String table, LocalDate from, LocalDate to,
                          OffsetDateTime before, int limit) {
    public static AuditFilter latest(int limit) {
        return new AuditFilter(null, null, null, null, null, limit);
    }
}
