package cn.zhaoshang.desk.carrier.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Area;
import cn.zhaoshang.desk.common.text.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** How carrier figures read on screen: areas and sums as {@link Area} and {@link Money} write them, shares as percentages. */
final class CarrierText {
    private CarrierText() {
    }

    static String area(Messages m, BigDecimal v) {
        return v == null ? "—" : Area.format(v, m);
    }

    static String number(BigDecimal v, int maxFraction, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(maxFraction);
        f.setMinimumFractionDigits(0);
        return f.format(v);
    }

    static String rate(BigDecimal share) {
        return share == null ? "—" : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    static String money(Messages m, BigDecimal wan) {
        return wan == null ? "—" : Money.format(wan, m);
    }
}
