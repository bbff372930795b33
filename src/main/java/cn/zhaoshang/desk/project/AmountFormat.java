package cn.zhaoshang.desk.project;

import cn.zhaoshang.desk.common.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money as people read it: amounts are stored in 万元; Chinese shows 万元 below one 亿 and 亿元
 * from there (8,500 万元, 1.25 亿元); English shows millions and billions of CNY.
 */
public final class AmountFormat {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);

    private AmountFormat() {
    }

    /** The amount (万元) in the reader's units; empty for null. */
    public static String format(BigDecimal wan, Messages messages) {
        if (wan == null) {
            return "";
        }
        BigDecimal abs = wan.abs();
        if (messages.isChinese()) {
            return abs.compareTo(TEN_THOUSAND) >= 0
                    ? messages.get("project.amount.large", number(wan.divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP)))
                    : messages.get("project.amount.small", number(wan));
        }
        return abs.compareTo(HUNDRED_THOUSAND) >= 0
                ? messages.get("project.amount.large", number(wan.divide(HUNDRED_THOUSAND, 4, RoundingMode.HALF_UP)))
                : messages.get("project.amount.small", number(wan.divide(HUNDRED, 4, RoundingMode.HALF_UP)));
    }

    /** Plain number with grouping and at most two decimals (what a form field shows). */
    public static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** Reads what a user typed into an amount field (万元): grouping commas and spaces allowed. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.replace(",", "").replace("，", "").replace(" ", "").strip();
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new cn.zhaoshang.desk.common.i18n.DeskException("project.error.amountFormat", text);
        }
    }
}
