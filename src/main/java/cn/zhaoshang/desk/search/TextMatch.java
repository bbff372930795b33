package cn.zhaoshang.desk.search;

/** Comparisons of a folded query with stored text in the character pool. */
final class TextMatch {
    private final String q;
    private final int m;
    private final char first;

    TextMatch(String folded) {
        this.q = folded;
        this.m = folded.length();
        this.first = folded.charAt(0);
    }

    boolean equalsText(char[] pool, int from, int to) {
        return to - from == m && regionEquals(pool, from);
    }

    boolean startsText(char[] pool, int from, int to) {
        return to - from >= m && regionEquals(pool, from);
    }

    boolean inText(char[] pool, int from, int to) {
        for (int p = from, last = to - m; p <= last; p++) {
            if (TextFold.fold(pool[p]) == first && regionEquals(pool, p)) {
                return true;
            }
        }
        return false;
    }

    private boolean regionEquals(char[] pool, int from) {
        for (int k = 0; k < m; k++) {
            if (TextFold.fold(pool[from + k]) != q.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Rank order: shorter names first, then by folded name, then by id; the order of a segment. */
    static int compareRank(DocColumns docs, int a, int b) {
        int lengthA = docs.nameLength(a);
        int lengthB = docs.nameLength(b);
        if (lengthA != lengthB) {
            return lengthA < lengthB ? -1 : 1;
        }
        char[] pool = docs.pool();
        int pa = docs.textStart(a);
        int pb = docs.textStart(b);
        for (int i = 0; i < lengthA; i++) {
            char ca = TextFold.fold(pool[pa + i]);
            char cb = TextFold.fold(pool[pb + i]);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
        }
        int c = Long.compare(docs.msb(a), docs.msb(b));
        return c != 0 ? c : Long.compare(docs.lsb(a), docs.lsb(b));
    }
}
