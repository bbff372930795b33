package cn.zhaoshang.desk.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;

/** Rates the dashboard shows: a ratio of two figures, and a ratio as a percentage. */
public final class Ratios {
    private Ratios() {
    }

    /** A ratio (0.853) as a percentage text (85.3%); "—" when there is nothing to divide by. */
    public static String percent(BigDecimal ratio) {
        if (ratio == null) {
            return "—";
        }
        return new DecimalFormat("0.0").format(ratio.multiply(BigDecimal.valueOf(100))) + "%";
    }

    /** a / b with 4 decimals, or null when b is zero (a rate with no base is not 0%). */
    public static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        if (b == null || b.signum() == 0) {
            return null;
        }
        return (a == null ? BigDecimal.ZERO : a).divide(b, 4, RoundingMode.HALF_UP);
    }
}
