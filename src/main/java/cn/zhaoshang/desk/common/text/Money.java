package cn.zhaoshang.desk.common.text;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money as people write and read it, for every way in and out (forms, imports, reports). Amounts
 * are stored in 万元 (10,000 CNY). Written forms read: "500", "1,200.5", "５００万元", "1.2亿元人民币",
 * "5000万人民币", "500万(元)", "3000000元", "¥300万"; a bare number counts in the unit of its field
 * or column (万元 unless a header says 元 or 亿元). Other currencies ("1000万美元", "300万港元") are
 * read with their currency and never converted.
 */
public final class Money {
    /** 1 亿 = 10,000 万. */
    public static final BigDecimal YI = BigDecimal.valueOf(10_000);
    /** The currency of stored amounts. */
    public static final String RMB = "CNY";

    /** The largest amount the numeric(18,4) columns hold, in 万 (about 10^18 yuan). */
    public static final BigDecimal MAX_STORED = new BigDecimal("99999999999999");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);
    private static final Pattern NUMBER_FIRST = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(.*)");
    private static final Pattern BRACKETS = Pattern.compile("[()\\[\\]【】（）]");
    /** Currency words and signs, longest first so that 元人民币 wins over 元 and HK$ over $. */
    private static final Map<String, String> CURRENCIES = new LinkedHashMap<>();

    static {
        for (String[] c : new String[][] {{"元人民币", RMB}, {"人民币元", RMB}, {"人民币", RMB}, {"rmb", RMB}, {"cny", RMB},
                {"¥", RMB}, {"新加坡元", "SGD"}, {"新台币", "TWD"}, {"瑞士法郎", "CHF"}, {"美元", "USD"}, {"美金", "USD"},
                {"us$", "USD"}, {"usd", "USD"}, {"港元", "HKD"}, {"港币", "HKD"}, {"hk$", "HKD"}, {"hkd", "HKD"},
                {"$", "USD"}, {"欧元", "EUR"}, {"eur", "EUR"}, {"€", "EUR"}, {"日元", "JPY"}, {"jpy", "JPY"},
                {"英镑", "GBP"}, {"gbp", "GBP"}, {"£", "GBP"}, {"澳元", "AUD"}, {"aud", "AUD"}, {"加元", "CAD"},
                {"cad", "CAD"}, {"韩元", "KRW"}, {"krw", "KRW"}, {"sgd", "SGD"}, {"chf", "CHF"}}) {
            CURRENCIES.put(c[0], c[1]);
        }
    }

    /** What a bare number counts in. */
    public enum Unit {
        YUAN(BigDecimal.ONE.movePointLeft(4)), WAN(BigDecimal.ONE), YI(Money.YI);

        private final BigDecimal inWan;

        Unit(BigDecimal inWan) {
            this.inWan = inWan;
        }

        /** How many 万 one of this unit is. */
        public BigDecimal inWan() {
            return inWan;
        }
    }

    /**
     * An amount as read: in 万 of its currency (CNY for 人民币).
     *
     * @param wan      the amount in units of 10,000 of the currency
     * @param currency ISO 4217 code
     */
    public record Amount(BigDecimal wan, String currency) {
        public boolean isRmb() {
            return RMB.equals(currency);
        }
    }

    private Money() {
    }

    /**
     * What a user typed into an amount field (万元): null when blank or a placeholder ("-", "无");
     * refuses other currencies and anything that is not an amount with {@code common.error.amountFormat}.
     */
    public static BigDecimal parse(String text) {
        Amount amount = read(text, Unit.WAN);
        if (amount == null) {
            return null;
        }
        if (!amount.isRmb()) {
            throw new DeskException("common.error.amountCurrency", text.strip());
        }
        return amount.wan();
    }

    /**
     * An amount in any of the written forms, a bare number counting in {@code bare}; null when blank
     * or a placeholder. Throws {@link DeskException} ({@code common.error.amountFormat}) otherwise, and
     * ({@code common.error.amountTooLarge}) beyond what the database can hold.
     */
    public static Amount read(String text, Unit bare) {
        if (TextNormalizer.isPlaceholder(text)) {
            return null;
        }
        String s = TextNormalizer.foldWidth(text).toLowerCase(Locale.ROOT).replaceAll("[\\s,]", "");
        s = BRACKETS.matcher(s).replaceAll("");
        String currency = null;
        for (Map.Entry<String, String> c : CURRENCIES.entrySet()) {
            if (s.startsWith(c.getKey())) {
                currency = c.getValue();
                s = s.substring(c.getKey().length());
                break;
            }
        }
        Matcher m = NUMBER_FIRST.matcher(s);
        if (!m.matches()) {
            throw unreadable(text);
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String rest = m.group(2);
        BigDecimal magnitude = null;
        for (String[] word : new String[][] {{"千万", "1000"}, {"百万", "100"}, {"亿", "10000"}, {"万", "1"},
                {"千", "0.1"}}) {
            if (rest.startsWith(word[0])) {
                magnitude = new BigDecimal(word[1]);
                rest = rest.substring(word[0].length());
                break;
            }
        }
        boolean yuan = false;
        if (!rest.isEmpty()) {
            String named = CURRENCIES.get(rest);
            if (named == null && rest.startsWith("元")) {
                named = rest.length() == 1 ? RMB : CURRENCIES.get(rest.substring(1));
            }
            if (named == null || (currency != null && !currency.equals(named))) {
                throw unreadable(text);
            }
            currency = named;
            yuan = true;
        }
        BigDecimal factor = magnitude != null ? magnitude : yuan || currency != null ? Unit.YUAN.inWan() : bare.inWan();
        BigDecimal wan = number.multiply(factor);
        if (wan.abs().compareTo(MAX_STORED) > 0) {
            throw new DeskException("common.error.amountTooLarge", text.strip());
        }
        if (wan.scale() > 4) {
            wan = wan.setScale(4, RoundingMode.HALF_UP);
        }
        return new Amount(wan, currency == null ? RMB : currency);
    }

    /**
     * The unit a column header names for its bare numbers: 投资额(亿元) → 亿元, 注册资本（元） → 元,
     * 合同金额【万元】 or 单位：万元 → 万元; null when the header names none.
     */
    public static Unit unitOfHeader(String header) {
        if (header == null) {
            return null;
        }
        String h = TextNormalizer.foldWidth(header).replace(" ", "");
        Matcher m = Pattern.compile("[(\\[【]([^)\\]】]*)[)\\]】]|单位[:：]?(\\S+)").matcher(h);
        while (m.find()) {
            String note = (m.group(1) != null ? m.group(1) : m.group(2)).replace("单位", "").replace(":", "")
                    .replace("人民币", "");
            switch (note) {
                case "亿元", "亿" -> {
                    return Unit.YI;
                }
                case "万元", "万" -> {
                    return Unit.WAN;
                }
                case "元" -> {
                    return Unit.YUAN;
                }
                default -> { }
            }
        }
        return null;
    }

    /**
     * The amount (万元) in the reader's units; empty for null. Chinese: 万元 below one 亿 and 亿元
     * from there (8,500 万元, 1.25 亿元); English: millions and billions of CNY.
     */
    public static String format(BigDecimal wan, Messages messages) {
        if (wan == null) {
            return "";
        }
        BigDecimal abs = wan.abs();
        if (messages.isChinese()) {
            return abs.compareTo(YI) >= 0
                    ? messages.get("common.amount.yi", number(wan.divide(YI, 4, RoundingMode.HALF_UP)))
                    : messages.get("common.amount.wan", number(wan));
        }
        return abs.compareTo(HUNDRED_THOUSAND) >= 0
                ? messages.get("common.amount.yi", number(wan.divide(HUNDRED_THOUSAND, 4, RoundingMode.HALF_UP)))
                : messages.get("common.amount.wan", number(wan.divide(HUNDRED, 4, RoundingMode.HALF_UP)));
    }

    /** A total: as {@link #format}, with nothing counted as 0 (a dashboard figure or a briefing's sum). */
    public static String formatSum(BigDecimal wan, Messages messages) {
        return format(wan == null ? BigDecimal.ZERO : wan, messages);
    }

    /** An amount in any currency: RMB as {@link #format}, others as "1,000 万美元" / "USD 10 M", never converted. */
    public static String format(Amount amount, Messages messages) {
        if (amount == null) {
            return "";
        }
        if (amount.isRmb()) {
            return format(amount.wan(), messages);
        }
        String currency = messages.has("common.currency." + amount.currency())
                ? messages.get("common.currency." + amount.currency()) : amount.currency();
        BigDecimal shown = messages.isChinese() ? amount.wan() : amount.wan().divide(HUNDRED, 4, RoundingMode.HALF_UP);
        return messages.get("common.amount.foreign", number(shown), currency);
    }

    /** Plain number with grouping and at most two decimals (what a form field shows). */
    public static String number(BigDecimal value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private static DeskException unreadable(String text) {
        return new DeskException("common.error.amountFormat", text.strip());
    }
}
