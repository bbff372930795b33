package cn.zhaoshang.desk.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * Promised and delivered amounts (万元) of one project, or of all projects when {@code projectId} is
 * null (一企一策 in total).
 */
public record IncentiveTotals(UUID projectId, String projectName, String companyName, int promises, BigDecimal promised,
                              BigDecimal delivered) {
    /** Delivered share of the promised amount, 0..1; null when nothing was promised in money. */
    public BigDecimal deliveryRate() {
        if (promised == null || promised.signum() == 0) {
            return null;
        }
        return (delivered == null ? BigDecimal.ZERO : delivered).divide(promised, 4, RoundingMode.HALF_UP);
    }
}
