package cn.zhaoshang.desk.dashboard;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A team's or unit's place in the 红黑榜: weighted score (0–100+) of target completion per indicator;
 * {@code completion} holds actual/target per indicator (absent where no target was set).
 */
public record RankingRow(int rank, UUID ownerId, String ownerName, BigDecimal score,
                         Map<Indicator, BigDecimal> actuals, Map<Indicator, BigDecimal> completion) {
}
