package cn.zhaoshang.desk.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;

/** Amounts stored in 万元, shown as 万元 below 1 亿 and as 亿元 from there (1 亿元 = 10,000 万元). */
public final class Money {
    private static final BigDecimal YI = BigDecimal.valueOf(10_000);

    private Money() {
    }

    /** The number and its unit key: {@code dashboard.unit.wan} or {@code dashboard.unit.yi}. */
    public static Shown show(BigDecimal wan) {
        BigDecimal v = wan == null ? BigDecimal.ZERO : wan;
        if (v.abs().compareTo(YI) >= 0) {
            return new Shown(new DecimalFormat("#,##0.00").format(v.divide(YI, 2, RoundingMode.HALF_UP)), "dashboard.unit.yi");
        }
        return new Shown(new DecimalFormat("#,##0.#").format(v.setScale(1, RoundingMode.HALF_UP)), "dashboard.unit.wan");
    }

    public record Shown(String number, String unitKey) {
    }

    /**
     * For English readers: billions from 1 bn CNY (10 亿元) on, else millions — "60.87 bn CNY" reads
     * where "608.70 ×100M" would not. Amounts stay stored in 万元 (1 万元 = 10,000 CNY).
     */
    public static Shown showEnglish(BigDecimal wan) {
        BigDecimal v = wan == null ? BigDecimal.ZERO : wan;
        DecimalFormat f = new DecimalFormat("#,##0.00");
        if (v.abs().compareTo(BigDecimal.valueOf(100_000)) >= 0) {
            return new Shown(f.format(v.movePointLeft(5).setScale(2, RoundingMode.HALF_UP)), "dashboard.unit.bn");
        }
        return new Shown(f.format(v.movePointLeft(2).setScale(2, RoundingMode.HALF_UP)), "dashboard.unit.m");
    }

    /** The amount as the reader's language writes it: 608.70亿元 / 60.87 bn CNY. */
    public static String text(cn.zhaoshang.desk.common.i18n.Messages m, BigDecimal wan) {
        if (m.isChinese()) {
            Shown s = show(wan);
            return s.number() + m.get(s.unitKey());
        }
        Shown s = showEnglish(wan);
        return s.number() + " " + m.get(s.unitKey());
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
