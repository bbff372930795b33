package cn.zhaoshang.desk.carrier;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A carrier's total and vacant area as shown and compared (m²). A carrier with its own total area
 * uses its own figures, which already include its nested carriers (the incubator on the 8th floor
 * is part of the building); a carrier without a total of its own (a park entered only as a frame)
 * shows the sums of its children. Adding both would count the nested floors twice.
 * See docs/decisions/0080-carrier-areas.md.
 *
 * @param fromChildren true when the figures are the children's sums
 */
public record CarrierAreas(BigDecimal total, BigDecimal vacant, boolean fromChildren) {
    public static final CarrierAreas UNKNOWN = new CarrierAreas(null, null, false);

    /** Vacant share of the total, 0..1, or null when either figure is unknown or the total is zero. */
    public BigDecimal vacancyRate() {
        if (total == null || vacant == null || total.signum() == 0) {
            return null;
        }
        return vacant.divide(total, 4, RoundingMode.HALF_UP);
    }

    /** Area in use: total minus vacant, when both are known. */
    public BigDecimal occupied() {
        return total == null || vacant == null ? null : total.subtract(vacant);
    }
}
