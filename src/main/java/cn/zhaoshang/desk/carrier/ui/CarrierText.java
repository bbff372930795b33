package cn.zhaoshang.desk.carrier.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How carrier figures read on screen: areas with grouping, shares as percentages, sums in 万元 or 亿元. */
final class CarrierText {
    private CarrierText() {
    }

    static String area(Messages m, BigDecimal v) {
        return v == null ? "—" : m.get("carrier.unit.m2", number(v, 0, m.locale()));
    }

    static String number(BigDecimal v, int maxFraction, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(maxFraction);
        f.setMinimumFractionDigits(0);
        return f.format(v);
    }

    static String rate(BigDecimal share) {
        return share == null ? "—" : share.multiply(BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    }

    /** An amount in 万元, shown in 亿元 from 10,000 万元 up. */
    static String money(Messages m, BigDecimal wan) {
        if (wan == null) {
            return "—";
        }
        if (wan.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return m.get("carrier.unit.yi", number(wan.movePointLeft(4), 2, m.locale()));
        }
        return m.get("carrier.unit.wan", number(wan, 2, m.locale()));
    }

    /** Parses what the user typed as a non-negative decimal; blank is null; commas and "m²" tolerated. */
    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = cn.zhaoshang.desk.common.text.TextNormalizer.foldWidth(text).replace(",", "").replace("m²", "")
                .replace("平方米", "").strip();
        return new BigDecimal(cleaned);
    }
}
