package cn.zhaoshang.desk.search;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Pinyin readings from the pinyin library, lower case without tones ("ü" as both "v" and "u"): a
 * character's reading on its own, and the readings of two characters read together, which is how
 * polyphones get their reading in context (重庆 → chong qing, 银行 → yin hang, 长沙 → chang sha).
 * The dictionary's rare readings (有 as "wei") are deliberately not used: they would make "wx" find
 * every 有限公司. Latin letters and digits read as themselves; other characters have no reading.
 * See {@link ReadingTable} for what an index knows of its characters.
 */
final class Readings {
    static final String[] NONE = {};
    /** Symbols of initials: a–z are 0–25, 0–9 are 26–35; {@link #END} marks "no next character". */
    static final int END = 36;
    static final int SYMBOLS = 37;
    private static final String[][] ALNUM = new String[128][];
    private static final AtomicReferenceArray<String[]> DEFAULTS = new AtomicReferenceArray<>(65536);
    /** Initials of the default readings as bits, bit 63 set once computed. */
    private static final AtomicLongArray DEFAULT_INITIALS = new AtomicLongArray(65536);
    private static final long COMPUTED = Long.MIN_VALUE;

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ALNUM[c] = new String[] {String.valueOf(c)};
        }
        for (char c = '0'; c <= '9'; c++) {
            ALNUM[c] = new String[] {String.valueOf(c)};
        }
    }

    private Readings() {
    }

    static boolean isHan(char c) {
        return c >= 128 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The readings of a folded character on its own. */
    static String[] defaults(char c) {
        if (c < 128) {
            String[] alnum = ALNUM[c];
            return alnum == null ? NONE : alnum;
        }
        String[] cached = DEFAULTS.get(c);
        if (cached == null) {
            cached = isHan(c) ? spellings(convert(String.valueOf(c)), 1, 0) : NONE;
            DEFAULTS.set(c, cached);
        }
        return cached;
    }

    static long defaultInitials(char c) {
        long mask = DEFAULT_INITIALS.get(c);
        if (mask == 0) {
            mask = initialsOf(defaults(c)) | COMPUTED;
            DEFAULT_INITIALS.set(c, mask);
        }
        return mask & ~COMPUTED;
    }

    /** The spellings of two Han characters read together: {first's, second's}; null when not both Han. */
    static String[][] inPair(char a, char b) {
        if (!isHan(a) || !isHan(b)) {
            return null;
        }
        String converted = convert(new String(new char[] {a, b}));
        return new String[][] {spellings(converted, 2, 0), spellings(converted, 2, 1)};
    }

    private static String convert(String text) {
        try {
            return PinyinHelper.toPinyin(text, PinyinStyleEnum.NORMAL).strip().toLowerCase(Locale.ROOT);
        } catch (RuntimeException unknownToTheLibrary) {
            return "";
        }
    }

    /** Token {@code index} of a conversion into {@code tokens} syllables, as spellings; none when malformed. */
    private static String[] spellings(String converted, int tokens, int index) {
        String[] parts = converted.split(" ");
        if (parts.length != tokens) {
            return NONE;
        }
        List<String> out = new ArrayList<>(2);
        addIfLetters(out, parts[index].replace('ü', 'v'));
        addIfLetters(out, parts[index].replace('ü', 'u'));
        return out.toArray(String[]::new);
    }

    private static void addIfLetters(List<String> readings, String r) {
        if (!r.isEmpty() && !readings.contains(r) && r.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
            readings.add(r);
        }
    }

    static long initialsOf(String[] readings) {
        long mask = 0;
        for (String r : readings) {
            mask |= 1L << symbol(r.charAt(0));
        }
        return mask;
    }

    /** The symbol of a Latin letter or digit, else -1. */
    static int symbol(char letter) {
        if (letter >= 'a' && letter <= 'z') {
            return letter - 'a';
        }
        if (letter >= '0' && letter <= '9') {
            return 26 + letter - '0';
        }
        return -1;
    }
}
