package cn.zhaoshang.desk.search;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Every pinyin reading of one character, lower case without tones ("ü" as both "v" and "u"), from the
 * pinyin library's dictionary. A polyphone keeps all its readings, so 重庆 is found by "cq" (as the
 * library reads it in context, see {@code PinyinText}) and also by "zq": a user unsure of the reading
 * still finds the company. Latin letters and digits read as themselves; other characters have none.
 * Readings are looked up once per character and cached for the life of the program.
 */
final class Readings {
    static final String[] NONE = {};
    /** Symbols of initials: a–z are 0–25, 0–9 are 26–35; {@link #END} marks "no next character". */
    static final int END = 36;
    static final int SYMBOLS = 37;
    private static final String[][] ALNUM = new String[128][];
    private static final AtomicReferenceArray<String[]> CACHE = new AtomicReferenceArray<>(65536);

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

    /** The readings of a folded character. */
    static String[] of(char c) {
        if (c < 128) {
            String[] alnum = ALNUM[c];
            return alnum == null ? NONE : alnum;
        }
        String[] cached = CACHE.get(c);
        if (cached == null) {
            cached = lookUp(c);
            CACHE.set(c, cached);
        }
        return cached;
    }

    private static String[] lookUp(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return NONE;
        }
        List<String> readings = new ArrayList<>(4);
        try {
            for (String r : PinyinHelper.toPinyinList(c, PinyinStyleEnum.NORMAL)) {
                String plain = r.strip().toLowerCase(Locale.ROOT);
                addIfLetters(readings, plain.replace('ü', 'v'));
                addIfLetters(readings, plain.replace('ü', 'u'));
            }
        } catch (RuntimeException unknownToTheLibrary) {
            return NONE;
        }
        return readings.isEmpty() ? NONE : readings.toArray(String[]::new);
    }

    private static void addIfLetters(List<String> readings, String r) {
        if (!r.isEmpty() && !readings.contains(r) && r.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
            readings.add(r);
        }
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

    /** The symbols the readings of {@code c} start with, as bits. */
    static long initials(char c) {
        long mask = 0;
        for (String r : of(c)) {
            mask |= 1L << symbol(r.charAt(0));
        }
        return mask;
    }

    static boolean hasInitial(char c, char letter) {
        for (String r : of(c)) {
            if (r.charAt(0) == letter) {
                return true;
            }
        }
        return false;
    }
}
