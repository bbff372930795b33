package cn.zhaoshang.desk.exchange.db;

import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What every row of one import shares: its id (stamped on the rows it creates and on its audit
 * entries), when it runs, who runs it and what duplicates do.
 */
public record ImportContext(UUID importId, OffsetDateTime now, LocalDate today, String userName, DuplicatePolicy policy) {
}
