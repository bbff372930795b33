package cn.zhaoshang.desk.search;

/**
 * A query of Latin letters read as pinyin, in two ways: full pinyin, where the letters spell the
 * readings of consecutive characters and the last one may be cut short ("huarun", "huar"), and
 * initials, one letter per character ("hrxny"). Latin letters and digits in a name stand for
 * themselves. Characters are matched against all their readings (see {@link Readings}).
 */
final class PinyinQuery {
    enum Kind { NONE, INITIALS, FULL }

    private final String q;
    private final int m;

    PinyinQuery(String folded) {
        this.q = folded;
        this.m = folded.length();
    }

    String text() {
        return q;
    }

    /** How the query matches the text starting at {@code pos} (and not reaching {@code end}). */
    Kind matchAt(char[] text, int pos, int end) {
        if (initialsAt(text, pos, end)) {
            return Kind.INITIALS;
        }
        return fullAt(text, pos, end, 0) ? Kind.FULL : Kind.NONE;
    }

    /** The first match anywhere in text[from, end). */
    Kind matchWithin(char[] text, int from, int end) {
        char first = q.charAt(0);
        for (int pos = from; pos < end; pos++) {
            if (Readings.hasInitial(TextFold.fold(text[pos]), first)) {
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
            if (!Readings.hasInitial(TextFold.fold(text[pos + k]), q.charAt(k))) {
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
        for (String r : Readings.of(TextFold.fold(text[pos]))) {
            int len = r.length();
            if (q.startsWith(r, qi)) {
                if (fullAt(text, pos + 1, end, qi + len)) {
                    return true;
                }
            } else if (m - qi < len && r.startsWith(q.substring(qi))) {
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

    boolean fullCanStartWith(char a, char b) {
        for (String r1 : Readings.of(a)) {
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
        for (String r2 : Readings.of(b)) {
            if (q.startsWith(r2, from) || (m - from < r2.length() && r2.startsWith(q.substring(from)))) {
                return true;
            }
        }
        return false;
    }

    private boolean initialsCanStartWith(char a, char b) {
        return Readings.hasInitial(a, q.charAt(0)) && (m == 1 || (b != 0 && Readings.hasInitial(b, q.charAt(1))));
    }

    /** True when the whole query fits inside one reading of {@code c} ("hua" in 华, "h" in 华). */
    boolean withinOneCharacter(char c) {
        for (String r : Readings.of(c)) {
            if (r.startsWith(q)) {
                return true;
            }
        }
        return false;
    }

    int length() {
        return m;
    }

    char letter(int i) {
        return q.charAt(i);
    }
}
