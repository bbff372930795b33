package cn.zhaoshang.desk.exchange;

/** Masks personal data for exports that leave the office (PIPL): enough is left to recognise a number. */
public final class Masking {
    private Masking() {
    }

    /**
     * Digits between the first {@code keepFront} and the last four become *, separators stay:
     * 13812345678 → 138****5678, 0371-61234567 → 0371-****4567.
     */
    public static String phone(String value, int keepFront) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                digits++;
            }
        }
        int front = digits >= keepFront + 5 ? keepFront : Math.max(0, digits - 6);
        int back = Math.min(4, Math.max(0, digits - front - 2));
        StringBuilder out = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isDigit(c)) {
                out.append(seen < front || seen >= digits - back ? c : '*');
                seen++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** zhang.wei@corp.cn → z***@corp.cn. */
    public static String email(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int at = value.indexOf('@');
        if (at <= 0) {
            return value.charAt(0) + "***";
        }
        return value.charAt(0) + "***" + value.substring(at);
    }

    /** wx_zhang123 → wx***. */
    public static String wechat(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return value.substring(0, Math.min(2, value.length())) + "***";
    }

    /**
     * A cell that a spreadsheet would take for a formula (= + - @, or a leading tab or carriage
     * return) gets a leading apostrophe, so it stays text (CSV injection).
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
