package cn.zhaoshang.desk.exchange.rows;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import cn.zhaoshang.desk.common.text.Uscc;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cell text the way the forms read typed text: full-width characters folded, stray spaces
 * removed, then each kind by its rules. A bad value throws {@link CellProblem} with the reason.
 */
public final class Cells {
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,30}(转\\d{1,6}|-\\d{1,6}|ext\\.?\\d{1,6})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> TRUE = Set.of("是", "y", "yes", "true", "1", "√", "✓", "有");
    private static final Set<String> FALSE = Set.of("否", "n", "no", "false", "0", "无", "");

    private Cells() {
    }

    /** Folded and trimmed text, or null when empty. */
    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return TextNormalizer.clean(raw);
    }

    /** Text no longer than the column allows. */
    public static String text(String value, int maxLength) {
        if (value != null && maxLength > 0 && value.length() > maxLength) {
            throw new CellProblem("exchange.reason.tooLong", maxLength, value.length());
        }
        return value;
    }

    public static String uscc(String value) {
        String code = Uscc.normalize(value);
        Uscc.check(code).ifPresent(problem -> {
            throw new CellProblem("exchange.reason.uscc." + problem.name(), code);
        });
        return code;
    }

    /**
     * A date written as 2021-03-05, 2021/3/5, 2021.3.5, 2021年3月5日, 20210305, with a time after it,
     * or as an Excel serial number (44260 = 2021-03-05).
     */
    public static LocalDate date(String value) {
        try {
            Matcher m = YMD.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = COMPACT.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (SERIAL.matcher(value).matches()) {
                long serial = (long) Double.parseDouble(value);
                if (serial >= 61 && serial <= 109_575) {  // 1900-03-01 … 2199-12-31 (Excel's fictional 1900-02-29 is 60)
                    return EXCEL_EPOCH.plusDays(serial);
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new CellProblem("exchange.reason.badDate", value);
        }
        throw new CellProblem("exchange.reason.badDate", value);
    }

    /**
     * An amount in 万元 as {@link Money} reads it ("500", "500万元", "1.2亿元人民币", "3000000元"); a bare
     * number counts in the column's unit. Negative amounts and other currencies are refused here.
     */
    public static BigDecimal amount(String value, Money.Unit bare) {
        Money.Amount amount;
        try {
            amount = Money.read(value, bare);
        } catch (DeskException e) {
            throw new CellProblem(e.key().equals("common.error.amountTooLarge")
                    ? "exchange.reason.hugeAmount" : "exchange.reason.badAmount", value);
        }
        if (!amount.isRmb()) {
            throw new CellProblem("exchange.reason.currency", value);
        }
        if (amount.wan().signum() < 0) {
            throw new CellProblem("exchange.reason.negativeAmount", value);
        }
        return amount.wan();
    }

    public static boolean bool(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(v)) {
            return true;
        }
        if (FALSE.contains(v)) {
            return false;
        }
        throw new CellProblem("exchange.reason.badBoolean", value);
    }

    /** A mainland mobile number: separators and +86 dropped, 11 digits starting 13–19. */
    public static String mobile(String value) {
        String digits = value.replaceAll("[\\s\\-()]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw new CellProblem("exchange.reason.badMobile", value);
        }
        return digits;
    }

    public static String phone(String value) {
        if (!PHONE.matcher(value).matches()) {
            throw new CellProblem("exchange.reason.badPhone", value);
        }
        return text(value, 30);
    }

    public static String email(String value) {
        String v = value.replace(" ", "");
        if (!EMAIL.matcher(v).matches()) {
            throw new CellProblem("exchange.reason.badEmail", value);
        }
        return text(v.toLowerCase(Locale.ROOT), 120);
    }
}
