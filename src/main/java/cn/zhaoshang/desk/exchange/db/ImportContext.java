package cn.zhaoshang.desk.exchange.db;

import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What every row of one import shares: its id (stamped on the rows it creates and on its audit
 * entries), when it runs, who runs it, what duplicates do, and the word that introduces a company's
 * request (企业诉求) kept in a visit's summary, in the user's language.
 */
public record ImportContext(UUID importId, OffsetDateTime now, LocalDate today, String userName, DuplicatePolicy policy,
                            String requestLabel) {
}
