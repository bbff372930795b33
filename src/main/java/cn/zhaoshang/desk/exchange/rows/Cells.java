package cn.zhaoshang.desk.exchange.rows;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.text.PhoneNumbers;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.company.CompanyInput;
import cn.zhaoshang.desk.company.CompanyRules;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cell text the way the forms read typed text: names and other text as written (outer and
 * repeated spaces removed, full-width brackets kept, see {@link CompanyInput}), codes, numbers, dates,
 * phones and e-mail width-folded; placeholders ("-", "无", "暂无") are empty. A bad value throws
 * {@link CellProblem} with the reason.
 */
public final class Cells {
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** A long digit code Excel showed as a number: 1.24101E+17, 9.14101E17. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?e\\+?\\d{1,2}");
    /** The same code read from a number cell: Excel keeps 15 digits, so an 18-digit one ends in zeros. */
    private static final Pattern ROUNDED = Pattern.compile("\\d{13,}000");
    private static final Pattern COUNT = Pattern.compile("(\\d+)(人|名)?");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;；,，、\\s/|]+");
    private static final Set<String> TRUE = Set.of("是", "y", "yes", "true", "1", "√", "✓", "有");
    private static final Set<String> FALSE = Set.of("否", "n", "no", "false", "0", "无", "");

    private Cells() {
    }

    /**
     * The cell as written without outer spaces, or null when empty or a placeholder. The apostrophe
     * exports put before a formula-like value ('-5, '=x) is taken off again, so such files read back.
     */
    public static String clean(String raw) {
        if (TextNormalizer.isPlaceholder(raw)) {
            return null;
        }
        String text = CompanyInput.text(raw);
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    /** Text as written; longer than the column allows throws (the caller may keep the start instead). */
    public static String text(String value, int maxLength) {
        if (value != null && maxLength > 0 && value.length() > maxLength) {
            throw new CellProblem("exchange.reason.tooLong", maxLength, value.length());
        }
        return value;
    }

    /** A credit code; one Excel turned into a number (1.24101E+17) says so, for it cannot be restored. */
    public static String uscc(String value) {
        String folded = TextNormalizer.foldWidth(value).toLowerCase(Locale.ROOT).replace(" ", "");
        if (SCIENTIFIC.matcher(folded).matches()) {
            throw new CellProblem("exchange.reason.usccAsNumber", value);
        }
        String code = Uscc.normalize(value);
        if (ROUNDED.matcher(code).matches() && Uscc.check(code).isPresent()) {
            throw new CellProblem("exchange.reason.usccAsNumber", value);
        }
        Uscc.check(code).ifPresent(problem -> {
            throw new CellProblem("exchange.reason.uscc." + problem.name(), code);
        });
        return code;
    }

    /**
     * A date written as 2021-03-05, 2021/3/5, 2021.3.5, 2021年3月5日, 20210305, with a time after it,
     * or as an Excel serial number (44260 = 2021-03-05).
     */
    public static LocalDate date(String raw) {
        String value = TextNormalizer.foldWidth(raw);
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
            throw new CellProblem("exchange.reason.badDate", raw);
        }
        throw new CellProblem("exchange.reason.badDate", raw);
    }

    /**
     * An amount as {@link Money} reads it ("500", "500万元", "1.2亿元人民币", "1000万美元"); a bare
     * number counts in the column's unit. Negative amounts are refused.
     */
    public static Money.Amount amount(String value, Money.Unit bare) {
        Money.Amount amount;
        try {
            amount = Money.read(value, bare);
        } catch (DeskException e) {
            throw new CellProblem(e.key().equals("common.error.amountTooLarge")
                    ? "exchange.reason.hugeAmount" : "exchange.reason.badAmount", value);
        }
        if (amount.wan().signum() < 0) {
            throw new CellProblem("exchange.reason.negativeAmount", value);
        }
        return amount;
    }

    /** An amount that must be in 人民币 (万元). */
    public static BigDecimal rmb(String value, Money.Unit bare) {
        Money.Amount amount = amount(value, bare);
        if (!amount.isRmb()) {
            throw new CellProblem("exchange.reason.currency", value);
        }
        return amount.wan();
    }

    /** A head count such as 参保人数: "35", "35人". */
    public static Integer count(String value) {
        Matcher m = COUNT.matcher(TextNormalizer.foldWidth(value).replace(",", "").replace(" ", ""));
        if (!m.matches() || m.group(1).length() > 9) {
            throw new CellProblem("exchange.reason.badCount", value);
        }
        return Integer.valueOf(m.group(1));
    }

    public static boolean bool(String value) {
        String v = TextNormalizer.foldWidth(value).toLowerCase(Locale.ROOT);
        if (TRUE.contains(v)) {
            return true;
        }
        if (FALSE.contains(v)) {
            return false;
        }
        throw new CellProblem("exchange.reason.badBoolean", value);
    }

    /** A mainland mobile number in any written form, as its 11 digits. */
    public static String mobile(String value) {
        String n = PhoneNumbers.normalize(value);
        if (n == null || !PhoneNumbers.isMobile(n)) {
            throw new CellProblem("exchange.reason.badMobile", value);
        }
        return n;
    }

    public static String phone(String value) {
        String n = PhoneNumbers.normalize(value);
        if (n == null) {
            throw new CellProblem("exchange.reason.badPhone", value);
        }
        return text(n, 30);
    }

    public static String email(String value) {
        String v = TextNormalizer.foldWidth(value).replace(" ", "").toLowerCase(Locale.ROOT);
        if (!CompanyRules.isEmail(v)) {
            throw new CellProblem("exchange.reason.badEmail", value);
        }
        return text(v, 120);
    }

    /** The separate values of a cell such as "a@x.com;b@y.com" or "a@x.com b@y.com". */
    public static List<String> parts(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : LIST_SEPARATORS.split(value)) {
            if (!TextNormalizer.isPlaceholder(part)) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
