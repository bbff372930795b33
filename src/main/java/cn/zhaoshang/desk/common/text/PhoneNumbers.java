package cn.zhaoshang.desk.common.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers as people write them, read one way for forms and imports: "138 0013 8000",
 * "+86-138-0013-8000", "(0371)67881234", "0371-6788 1234 转 8001", "13912345678（微信同号）". A mobile
 * becomes its 11 digits; a landline "0371-67881234" with "转8001" for an extension; remarks in
 * brackets are dropped. Several numbers in one cell ("a;b", "a/b", "a、b") are split.
 */
public final class PhoneNumbers {
    private static final Pattern REMARK = Pattern.compile("[(（\\[【][^)）\\]】\\d]*[)）\\]】]");
    private static final Pattern SEPARATORS = Pattern.compile("[;；/／、,，\\n|]+|\\s+或\\s*");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** Area codes: 010 and 02x have three digits, all others four (0371 郑州). */
    private static final Pattern LANDLINE = Pattern.compile("(010|02\\d|0[3-9]\\d{2})(\\d{7,8})");
    private static final Pattern LOCAL = Pattern.compile("[2-9]\\d{6,7}");
    private static final Pattern SERVICE = Pattern.compile("[48]00\\d{7}");
    private static final Pattern EXTENSION = Pattern.compile("(.*?)(?:转|分机|ext\\.?|x|#)(\\d{1,6})");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+(?!86)\\d{7,15}");

    private PhoneNumbers() {
    }

    /** The number in its one stored form, or null when it is not a phone number. */
    public static String normalize(String text) {
        if (TextNormalizer.isPlaceholder(text)) {
            return null;
        }
        String s = REMARK.matcher(text).replaceAll("");
        s = TextNormalizer.foldWidth(s).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.()\\u00a0]", "");
        String extension = null;
        Matcher ext = EXTENSION.matcher(s);
        if (ext.matches()) {
            s = ext.group(1);
            extension = ext.group(2);
        }
        if (INTERNATIONAL.matcher(s).matches()) {
            return extension == null ? s : s + "转" + extension;
        }
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        } else if (s.startsWith("86") && s.length() == 13) {
            s = s.substring(2);
        }
        String number;
        if (MOBILE.matcher(s).matches() && extension == null) {
            return s;
        }
        Matcher landline = LANDLINE.matcher(s);
        if (landline.matches()) {
            number = landline.group(1) + "-" + landline.group(2);
        } else if (LOCAL.matcher(s).matches() || SERVICE.matcher(s).matches()) {
            number = s;
        } else {
            return null;
        }
        return extension == null ? number : number + "转" + extension;
    }

    /** True for a mainland mobile number in any of the written forms. */
    public static boolean isMobile(String text) {
        String n = normalize(text);
        return n != null && MOBILE.matcher(n).matches();
    }

    /** True for any phone number (mobile, landline, 400/800, international) in any of the written forms. */
    public static boolean isPhone(String text) {
        return normalize(text) != null;
    }

    /** The separate numbers of a cell as written ("010-12345678;13800138000" → two), without empty parts. */
    public static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        for (String part : SEPARATORS.split(text)) {
            if (!TextNormalizer.isPlaceholder(part)) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
