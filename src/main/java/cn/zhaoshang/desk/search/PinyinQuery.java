package cn.zhaoshang.desk.search;

/**
 * A query of Latin letters read as pinyin, in two ways: full pinyin, where the letters spell the
 * readings of consecutive characters and the last one may be cut short ("huarun", "huar"), and
 * initials, one letter per character ("hrxny"). Latin letters and digits in a name stand for
 * themselves. Characters are matched against all the readings their {@link ReadingTable} knows.
 */
final class PinyinQuery {
    enum Kind { NONE, INITIALS, FULL }

    private final String q;
    private final int m;
    private final int[] symbols;
    private final boolean fullPossible;
    private final ReadingTable readings;

    /**
     * @param fullPossible false when the query cannot be cut into the syllables of the documents it
     *                     will be matched against: then only initials are tried
     */
    PinyinQuery(String folded, ReadingTable readings, boolean fullPossible) {
        this.readings = readings;
        this.q = folded;
        this.m = folded.length();
        this.fullPossible = fullPossible;
        this.symbols = new int[m];
        for (int i = 0; i < m; i++) {
            symbols[i] = Readings.symbol(folded.charAt(i));
        }
    }

    String text() {
        return q;
    }

    /** How the query matches the text starting at {@code pos} (and not reaching {@code end}). */
    Kind matchAt(char[] text, int pos, int end) {
        if (initialsAt(text, pos, end)) {
            return Kind.INITIALS;
        }
        return fullPossible && fullAt(text, pos, end, 0) ? Kind.FULL : Kind.NONE;
    }

    /** The first match anywhere in text[from, end). */
    Kind matchWithin(char[] text, int from, int end) {
        for (int pos = from; pos < end; pos++) {
            if (readings.hasInitial(TextFold.fold(text[pos]), symbols[0])) {
                Kind kind = matchAt(text, pos, end);
                if (kind != Kind.NONE) {
                    return kind;
                }
            }
        }
        return Kind.NONE;
    }

    private boolean initialsAt(char[] text, int pos, int end) {
        if (end - pos < m) {
            return false;
        }
        for (int k = 0; k < m; k++) {
            if (!readings.hasInitial(TextFold.fold(text[pos + k]), symbols[k])) {
                return false;
            }
        }
        return true;
    }

    private boolean fullAt(char[] text, int pos, int end, int qi) {
        if (qi == m) {
            return true;
        }
        if (pos >= end) {
            return false;
        }
        for (String r : readings.of(TextFold.fold(text[pos]))) {
            int len = r.length();
            if (q.startsWith(r, qi)) {
                if (fullAt(text, pos + 1, end, qi + len)) {
                    return true;
                }
            } else if (m - qi < len && q.regionMatches(qi, r, 0, m - qi)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Could a match start at a character pair (a, b)? {@code b} is 0 when a ends its text. Used to
     * pick candidate posting lists; every candidate is verified afterwards.
     */
    boolean canStartWith(char a, char b) {
        return fullCanStartWith(a, b) || initialsCanStartWith(a, b);
    }

    int symbol(int i) {
        return symbols[i];
    }

    boolean fullCanStartWith(char a, char b) {
        for (String r1 : readings.of(a)) {
            if (r1.startsWith(q)) {
                return true;
            }
            if (q.startsWith(r1)) {
                int rest = r1.length();
                if (rest == m) {
                    return true;
                }
                if (b != 0 && continues(b, rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean continues(char b, int from) {
        for (String r2 : readings.of(b)) {
            if (q.startsWith(r2, from) || (m - from < r2.length() && q.regionMatches(from, r2, 0, m - from))) {
                return true;
            }
        }
        return false;
    }

    boolean initialsCanStartWith(char a, char b) {
        return readings.hasInitial(a, symbols[0]) && (m == 1 || (b != 0 && readings.hasInitial(b, symbols[1])));
    }

    /** True when the whole query fits inside one reading of {@code c} ("hua" in 华, "h" in 华). */
    boolean withinOneCharacter(char c) {
        for (String r : readings.of(c)) {
            if (r.startsWith(q)) {
                return true;
            }
        }
        return false;
    }

    ReadingTable readings() {
        return readings;
    }

    int length() {
        return m;
    }

    char letter(int i) {
        return q.charAt(i);
    }
}
