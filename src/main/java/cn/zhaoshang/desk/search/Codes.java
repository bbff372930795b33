package cn.zhaoshang.desk.search;

/**
 * Compact sortable keys. A credit code (up to 18 of 0–9, A–Z) becomes two longs of 6-bit digits whose
 * order is the codes' order; a contact name of up to four characters becomes one long (16 bits a
 * character, shorter names padded with 0), stored with the sign bit flipped so that signed order is
 * the names' order. Prefix searches become ranges of keys.
 */
final class Codes {
    static final int USCC_MAX = 18;
    private static final int HI_CHARS = 10;
    static final int CONTACT_CHARS = 4;

    private Codes() {
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return 1 + c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return 11 + c - 'A';
        }
        return -1;
    }

    private static char character(int digit) {
        return digit <= 10 ? (char) ('0' + digit - 1) : (char) ('A' + digit - 11);
    }

    /** True when the (normalised) code can be packed; others are kept as strings. */
    static boolean packable(String code) {
        if (code.isEmpty() || code.length() > USCC_MAX) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (digit(code.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The high half of a packable code; positions beyond its length hold {@code pad} (0 or 63). */
    static long usccHi(String code, int pad) {
        long key = 0;
        for (int i = 0; i < HI_CHARS; i++) {
            key = (key << 6) | (i < code.length() ? digit(code.charAt(i)) : pad);
        }
        return key;
    }

    static long usccLo(String code, int pad) {
        long key = 0;
        for (int i = HI_CHARS; i < USCC_MAX; i++) {
            key = (key << 6) | (i < code.length() ? digit(code.charAt(i)) : pad);
        }
        return key;
    }

    static String uscc(long hi, long lo) {
        StringBuilder out = new StringBuilder(USCC_MAX);
        for (int i = HI_CHARS - 1; i >= 0; i--) {
            int d = (int) (hi >>> (6 * i)) & 63;
            if (d == 0) {
                return out.toString();
            }
            out.append(character(d));
        }
        for (int i = USCC_MAX - HI_CHARS - 1; i >= 0; i--) {
            int d = (int) (lo >>> (6 * i)) & 63;
            if (d == 0) {
                break;
            }
            out.append(character(d));
        }
        return out.toString();
    }

    static int compareUscc(long hi1, long lo1, long hi2, long lo2) {
        int c = Long.compare(hi1, hi2);
        return c != 0 ? c : Long.compare(lo1, lo2);
    }

    /** True when a folded contact name fits one key. */
    static boolean fitsContactKey(String folded) {
        return !folded.isEmpty() && folded.length() <= CONTACT_CHARS && folded.indexOf('\0') < 0;
    }

    /** The key of a folded name (or prefix) of at most four characters, padded with {@code pad}. */
    static long contactKey(String folded, char pad) {
        long key = 0;
        for (int i = 0; i < CONTACT_CHARS; i++) {
            key = (key << 16) | (i < folded.length() ? folded.charAt(i) : pad);
        }
        return key ^ Long.MIN_VALUE;
    }
}
