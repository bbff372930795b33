package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.common.background.Progress;
import java.util.Arrays;

/** Builds a {@link Segment} over ranked columns: two passes for the postings, then the small tables. */
final class SegmentBuilder {
    private static final int CHECK_EVERY = 1 << 16;

    private SegmentBuilder() {
    }

    /**
     * @param known the readings already learnt of every pair in {@code docs} (compaction), or null to
     *              learn them from the pairs (a build from scratch; about a microsecond a new pair)
     */
    static Segment build(DocColumns docs, long[] contactKeys, int[] contactDocs, int contactCount, String[] longContacts,
                         int[] longContactDocs, ReadingTable known, Progress progress) {
        int n = docs.count();
        Postings.Builder inner = new Postings.Builder();
        Postings.Builder first = new Postings.Builder();
        int[] charDocs = new int[65536];
        int[] seenIn = new int[65536];
        Grams grams = new Grams();
        for (int pass = 0; pass < 2; pass++) {
            for (int d = 0; d < n; d++) {
                if ((d & (CHECK_EVERY - 1)) == 0) {
                    progress.checkCancelled();
                }
                int k = grams.of(docs, d);
                for (int i = 0; i < k; i++) {
                    if (pass == 0) {
                        inner.count(grams.keys[i], d);
                    } else {
                        inner.write(grams.keys[i], d);
                    }
                }
                int nameKey = firstKey(docs, docs.textStart(d), docs.nameEnd(d));
                int shortStart = docs.shortStart(d);
                int shortKey = shortStart < 0 ? nameKey : firstKey(docs, shortStart, docs.textEnd(d));
                addFirst(first, pass, nameKey, d);
                if (shortKey != nameKey) {
                    addFirst(first, pass, shortKey, d);
                }
                if (pass == 0) {
                    countChars(docs, d, charDocs, seenIn);
                }
            }
        }
        Postings innerLists = inner.build();
        Postings firstLists = first.build();
        char[] chars = presentChars(charDocs);
        int[] charListStart = new int[65537];
        int[] charLists = listsByChar(innerLists, charListStart);
        ReadingTable readings = known != null ? known : learn(innerLists, progress);
        return new Segment(n, innerLists, firstLists, charDocs, charListStart, charLists, chars, readings,
                buckets(innerLists, readings), buckets(firstLists, readings), usccOrder(docs), idOrder(docs),
                Arrays.copyOf(contactKeys, contactCount), Arrays.copyOf(contactDocs, contactCount), longContacts,
                longContactDocs);
    }

    private static void addFirst(Postings.Builder first, int pass, int key, int d) {
        if (key == 0) {
            return;
        }
        if (pass == 0) {
            first.count(key, d);
        } else {
            first.write(key, d);
        }
    }

    static int firstKey(DocColumns docs, int from, int to) {
        if (from >= to) {
            return 0;
        }
        char[] pool = docs.pool();
        char second = from + 1 < to ? TextFold.fold(pool[from + 1]) : '\0';
        return Postings.key(TextFold.fold(pool[from]), second);
    }

    /** The distinct pairs of adjacent characters of one document (not across the separator), sorted. */
    private static final class Grams {
        int[] keys = new int[64];

        int of(DocColumns docs, int d) {
            char[] pool = docs.pool();
            int start = docs.textStart(d);
            int end = docs.textEnd(d);
            if (keys.length < end - start) {
                keys = new int[(end - start) * 2];
            }
            int k = 0;
            for (int i = start; i + 1 < end; i++) {
                if (pool[i] != TextFold.SEPARATOR && pool[i + 1] != TextFold.SEPARATOR) {
                    keys[k++] = Postings.key(TextFold.fold(pool[i]), TextFold.fold(pool[i + 1]));
                }
            }
            Arrays.sort(keys, 0, k);
            int distinct = 0;
            for (int i = 0; i < k; i++) {
                if (distinct == 0 || keys[distinct - 1] != keys[i]) {
                    keys[distinct++] = keys[i];
                }
            }
            return distinct;
        }
    }

    private static void countChars(DocColumns docs, int d, int[] charDocs, int[] seenIn) {
        char[] pool = docs.pool();
        for (int i = docs.textStart(d), end = docs.textEnd(d); i < end; i++) {
            char c = TextFold.fold(pool[i]);
            if (c != TextFold.SEPARATOR && seenIn[c] != d + 1) {
                seenIn[c] = d + 1;
                charDocs[c]++;
            }
        }
    }

    private static char[] presentChars(int[] charDocs) {
        int k = 0;
        for (int count : charDocs) {
            if (count > 0) {
                k++;
            }
        }
        char[] chars = new char[k];
        k = 0;
        for (int c = 0; c < charDocs.length; c++) {
            if (charDocs[c] > 0) {
                chars[k++] = (char) c;
            }
        }
        return chars;
    }

    private static int[] listsByChar(Postings lists, int[] start) {
        for (int i = 0; i < lists.size(); i++) {
            int key = lists.keyAt(i);
            char a = Postings.first(key);
            char b = Postings.second(key);
            start[a + 1]++;
            if (b != a) {
                start[b + 1]++;
            }
        }
        for (int c = 0; c < 65536; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, 65536);
        int[] out = new int[start[65536]];
        for (int i = 0; i < lists.size(); i++) {
            int key = lists.keyAt(i);
            char a = Postings.first(key);
            char b = Postings.second(key);
            out[fill[a]++] = i;
            if (b != a) {
                out[fill[b]++] = i;
            }
        }
        return out;
    }

    /** Lists by the pair of initials their two characters can have: {start offsets, list numbers}. */
    private static ReadingTable learn(Postings pairs, Progress progress) {
        ReadingTable readings = new ReadingTable();
        for (int i = 0; i < pairs.size(); i++) {
            if ((i & (CHECK_EVERY - 1)) == 0) {
                progress.checkCancelled();
            }
            readings.learnPair(Postings.first(pairs.keyAt(i)), Postings.second(pairs.keyAt(i)));
        }
        return readings;
    }

    private static int[][] buckets(Postings lists, ReadingTable readings) {
        int buckets = Readings.SYMBOLS * Readings.SYMBOLS;
        int[] start = new int[buckets + 1];
        long[] masksA = new long[lists.size()];
        long[] masksB = new long[lists.size()];
        for (int pass = 0; pass < 2; pass++) {
            int[] fill = pass == 0 ? null : Arrays.copyOf(start, buckets);
            int[] out = pass == 0 ? null : new int[start[buckets]];
            for (int i = 0; i < lists.size(); i++) {
                if (pass == 0) {
                    int key = lists.keyAt(i);
                    char b = Postings.second(key);
                    masksA[i] = readings.initials(Postings.first(key));
                    masksB[i] = b == 0 ? 1L << Readings.END : readings.initials(b);
                }
                for (long a = masksA[i]; a != 0; a &= a - 1) {
                    int s1 = Long.numberOfTrailingZeros(a);
                    for (long b = masksB[i]; b != 0; b &= b - 1) {
                        int bucket = Segment.bucket(s1, Long.numberOfTrailingZeros(b));
                        if (pass == 0) {
                            start[bucket + 1]++;
                        } else {
                            out[fill[bucket]++] = i;
                        }
                    }
                }
            }
            if (pass == 0) {
                for (int i = 0; i < buckets; i++) {
                    start[i + 1] += start[i];
                }
            } else {
                return new int[][] {start, out};
            }
        }
        throw new AssertionError();
    }

    private static int[] usccOrder(DocColumns docs) {
        int n = 0;
        for (int d = 0; d < docs.count(); d++) {
            if (docs.hasPackedUscc(d)) {
                n++;
            }
        }
        int[] order = new int[n];
        n = 0;
        for (int d = 0; d < docs.count(); d++) {
            if (docs.hasPackedUscc(d)) {
                order[n++] = d;
            }
        }
        Sorts.sort(order, n, (a, b) -> Codes.compareUscc(docs.usccHi(a), docs.usccLo(a), docs.usccHi(b), docs.usccLo(b)));
        return order;
    }

    private static int[] idOrder(DocColumns docs) {
        int n = docs.count();
        int[] order = new int[n];
        for (int d = 0; d < n; d++) {
            order[d] = d;
        }
        Sorts.sort(order, n, (a, b) -> {
            int c = Long.compare(docs.msb(a), docs.msb(b));
            return c != 0 ? c : Long.compare(docs.lsb(a), docs.lsb(b));
        });
        return order;
    }
}
