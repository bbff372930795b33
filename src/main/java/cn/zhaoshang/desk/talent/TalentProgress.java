package cn.zhaoshang.desk.talent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * A unit's talent target for a year against the people counted from the inventory (arrived that year,
 * of the target's level or of any level when the target names none).
 *
 * @param targetId null for a unit that has arrivals but no target that year
 */
public record TalentProgress(UUID targetId, UUID unitId, String unitName, TalentLevel level, int target, int actual) {
    /** Actual over target, e.g. 0.75; null when there is no target to measure against. */
    public BigDecimal rate() {
        return target <= 0 ? null : BigDecimal.valueOf(actual).divide(BigDecimal.valueOf(target), 4, RoundingMode.HALF_UP);
    }
}
