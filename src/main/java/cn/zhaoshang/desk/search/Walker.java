package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.search.SearchHit.MatchKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Offers a segment's candidate documents to a tier's {@link Collector} in rank order, from one posting
 * list, from a bit set (a union of lists), or from all documents in turn; each walk stops as soon as
 * the tier has enough. Bit sets are scratch arrays reused by the thread and left cleared.
 */
final class Walker {
    private static final ThreadLocal<long[][]> SCRATCH = ThreadLocal.withInitial(() -> new long[3][0]);

    @FunctionalInterface
    interface Verifier {
        /** What the document matched on, or null when it does not match. */
        MatchKind verify(int doc);
    }

    private final Generation generation;
    private final Segment seg;
    /** Documents found by earlier tiers of the same search. */
    private final IntSet seen;

    Walker(Generation generation, int limit) {
        this.generation = generation;
        this.seg = generation.base;
        this.seen = new IntSet(limit);
    }

    Collector collector(Tier tier, int room, Verifier verifier) {
        return new Collector(tier, room, verifier);
    }

    void list(Postings lists, int list, Collector c) {
        Postings.Cursor cursor = lists.cursor(list);
        for (int d = cursor.next(); d >= 0; d = cursor.next()) {
            if (!c.offer(d)) {
                return;
            }
        }
    }

    void all(Collector c) {
        all(c, seg.size);
    }

    /** Offers documents 0, 1, … up to {@code count}; the next one to offer, or -1 once the tier is full. */
    int all(Collector c, int count) {
        for (int d = 0; d < count; d++) {
            if (!c.offer(d)) {
                return -1;
            }
        }
        return count >= seg.size ? -1 : count;
    }

    /**
     * How many documents to walk in rank order before reading posting lists instead: a frequent
     * character or pinyin is met early (about room × size / matching documents in), but matches may
     * cluster among long names, so the walk gets a few times that and then the lists take over.
     */
    int budget(long matching, int room) {
        if (matching * matching <= 4L * room * seg.size) {
            return 0;
        }
        return (int) Math.min(seg.size, 8L * room * seg.size / matching);
    }

    /** Walks the set bits from document {@code from} on in order, clearing them all. */
    void bits(long[] bits, Collector c, int from) {
        boolean open = true;
        for (int w = 0, words = words(); w < words; w++) {
            long word = bits[w];
            if (word == 0) {
                continue;
            }
            bits[w] = 0;
            if (w == from >>> 6) {
                word &= -1L << from;
            } else if (w < from >>> 6) {
                continue;
            }
            while (open && word != 0) {
                open = c.offer((w << 6) + Long.numberOfTrailingZeros(word));
                word &= word - 1;
            }
        }
    }

    /** Walks a pinyin plan's candidates (a union of intersections). */
    void plan(PinyinCandidates.Plan plan, Collector c) {
        int next = plan.estimate() > seg.size / 2 ? all(c, budget(plan.estimate(), c.room)) : 0;
        if (next < 0) {
            return;
        }
        long[] union = scratch(0);
        for (PinyinCandidates.Term term : plan.terms()) {
            if (term.b() == null) {
                add(term.a(), union);
                continue;
            }
            long[] a = scratch(1);
            long[] b = scratch(2);
            add(term.a(), a);
            add(term.b(), b);
            for (int w = 0, words = words(); w < words; w++) {
                union[w] |= a[w] & b[w];
                a[w] = 0;
                b[w] = 0;
            }
        }
        bits(union, c, next);
    }

    private static void add(PinyinCandidates.Lists lists, long[] bits) {
        if (lists != null) {
            for (int list : lists.numbers()) {
                lists.postings().addTo(list, bits);
            }
        }
    }

    private int words() {
        return (seg.size >> 6) + 1;
    }

    /** A cleared bit set over the segment's documents (0, 1 or 2), reused by this thread. */
    long[] scratch(int which) {
        long[][] sets = SCRATCH.get();
        if (sets[which].length < words()) {
            sets[which] = new long[words()];
        }
        return sets[which];
    }

    static void set(long[] bits, int d) {
        bits[d >>> 6] |= 1L << d;
    }

    /** Collects up to {@code room} verified, live, not yet found documents of one tier. */
    final class Collector {
        final Tier tier;
        final int room;
        private final Verifier verifier;
        final List<Searcher.Hit> hits = new ArrayList<>();

        private Collector(Tier tier, int room, Verifier verifier) {
            this.tier = tier;
            this.room = room;
            this.verifier = verifier;
        }

        /** Considers a document; false once the tier has enough. */
        boolean offer(int d) {
            if (!generation.isDead(d) && !seen.contains(d)) {
                MatchKind kind = verifier.verify(d);
                if (kind != null) {
                    seen.add(d);
                    hits.add(new Searcher.Hit(d, tier, kind));
                }
            }
            return hits.size() < room;
        }
    }
}
