package cn.zhaoshang.desk.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which posting lists can hold a pinyin match, as a {@link Plan}: a union of terms, each the
 * intersection of at most two sets of lists. A superset of the matches: every document found is
 * verified afterwards.
 *
 * <ul>
 *   <li>Initials: a match of "hrxny" holds a pair of characters with initials h-r, one with r-x, one
 *       with x-n…; the two rarest of these pairs are intersected.
 *   <li>Full pinyin: for every cut of the query into syllables ({@link Syllables}), the two rarest
 *       pairs of consecutive syllables ("huarunxinneng": hua-run, run-xin, xin-neng…) are intersected.
 *   <li>A query that fits in one reading ("hua", "h") matches any pair holding such a character.
 * </ul>
 */
final class PinyinCandidates {
    /** Beyond this many cuts (queries of single letters that are also Latin characters in names…), a coarser plan. */
    static final int MAX_CUTS = 24;

    private PinyinCandidates() {
    }

    /** Lists of one postings. */
    record Lists(Postings postings, int[] numbers, long count) {
        static Lists of(Postings postings, IntList numbers) {
            int[] distinct = numbers.distinct();
            long count = 0;
            for (int list : distinct) {
                count += postings.count(list);
            }
            return new Lists(postings, distinct, count);
        }
    }

    /** Documents in {@code a}, and in {@code b} unless it is null. */
    record Term(Lists a, Lists b) {
        /**
         * Intersecting costs reading both sides; when one side is far larger than the other, reading
         * it costs more than verifying the few extra candidates it would have ruled out.
         */
        Term {
            if (b != null && b.count() < a.count()) {
                Lists smaller = b;
                b = a;
                a = smaller;
            }
            if (b != null && b.count() > 32 * Math.max(a.count(), 64)) {
                b = null;
            }
        }

        long estimate() {
            return a.count();
        }
    }

    /** Candidates: the union of the terms. */
    record Plan(List<Term> terms) {
        /** An upper bound of the candidates' postings, to choose between the lists and a walk over all. */
        long estimate() {
            long sum = 0;
            for (Term t : terms) {
                sum += t.estimate();
            }
            return sum;
        }
    }

    /** Matches anywhere in a name; {@code cuts} are the query's cuts into the segment's syllables (null: too many). */
    static Plan inner(Segment seg, PinyinQuery pinyin, List<String[]> cuts) {
        List<Term> terms = new ArrayList<>();
        if (pinyin.length() >= 2) {
            int[] best = rarestInitialPairs(seg, pinyin, 0);
            terms.add(new Term(bucket(seg, best[0]), best[1] < 0 ? null : bucket(seg, best[1])));
        }
        IntList single = new IntList();
        for (char c : seg.chars) {
            if (pinyin.withinOneCharacter(c)) {
                for (int j = seg.charListStart[c]; j < seg.charListStart[c + 1]; j++) {
                    single.add(seg.charLists[j]);
                }
            }
        }
        terms.add(new Term(Lists.of(seg.inner, single), null));
        if (cuts == null) {
            terms.add(new Term(fullStarts(seg, pinyin, seg.inner, seg.innerBucketStart, seg.innerBuckets), null));
            return new Plan(terms);
        }
        Map<String, Lists> pairs = new HashMap<>();
        for (String[] cut : cuts) {
            if (cut.length >= 2) {
                Lists[] rarest = new Lists[2];
                for (int i = 0; i + 1 < cut.length; i++) {
                    keepRarest(rarest, pair(seg, pairs, seg.inner, seg.innerBucketStart, seg.innerBuckets, cut, i));
                }
                terms.add(new Term(rarest[0], rarest[1]));
            }
        }
        return new Plan(terms);
    }

    /** Matches from the first character of a name or short name. */
    static Plan start(Segment seg, PinyinQuery pinyin, List<String[]> cuts) {
        List<Term> terms = new ArrayList<>();
        int s0 = pinyin.symbol(0);
        IntList initials = new IntList();
        IntList single = new IntList();
        for (int s2 = 0; s2 < Readings.SYMBOLS; s2++) {
            int bucket = Segment.bucket(s0, s2);
            for (int i = seg.firstBucketStart[bucket]; i < seg.firstBucketStart[bucket + 1]; i++) {
                int list = seg.firstBuckets[i];
                char a = Postings.first(seg.first.keyAt(list));
                char b = Postings.second(seg.first.keyAt(list));
                if (pinyin.withinOneCharacter(a)) {
                    single.add(list);
                } else if (pinyin.length() >= 2 && pinyin.initialsCanStartWith(a, b)) {
                    initials.add(list);
                }
            }
        }
        terms.add(new Term(Lists.of(seg.first, single), null));
        if (pinyin.length() >= 2) {
            int[] best = rarestInitialPairs(seg, pinyin, 1);
            terms.add(new Term(Lists.of(seg.first, initials), best[0] < 0 ? null : bucket(seg, best[0])));
        }
        if (cuts == null) {
            terms.add(new Term(fullStarts(seg, pinyin, seg.first, seg.firstBucketStart, seg.firstBuckets), null));
            return new Plan(terms);
        }
        Map<String, Lists> firstPairs = new HashMap<>();
        Map<String, Lists> innerPairs = new HashMap<>();
        for (String[] cut : cuts) {
            if (cut.length >= 2) {
                Lists[] rarest = new Lists[2];
                for (int i = 1; i + 1 < cut.length; i++) {
                    keepRarest(rarest, pair(seg, innerPairs, seg.inner, seg.innerBucketStart, seg.innerBuckets, cut, i));
                }
                terms.add(new Term(pair(seg, firstPairs, seg.first, seg.firstBucketStart, seg.firstBuckets, cut, 0),
                        rarest[0]));
            }
        }
        return new Plan(terms);
    }

    private static void keepRarest(Lists[] rarest, Lists candidate) {
        if (rarest[0] == null || candidate.count() < rarest[0].count()) {
            rarest[1] = rarest[0];
            rarest[0] = candidate;
        } else if (rarest[1] == null || candidate.count() < rarest[1].count()) {
            rarest[1] = candidate;
        }
    }

    /** Lists of pairs whose characters read as pieces i and i+1 of the cut (the last piece may be cut short). */
    private static Lists pair(Segment seg, Map<String, Lists> cache, Postings postings, int[] bucketStart, int[] buckets,
                              String[] cut, int i) {
        String first = cut[i];
        String second = cut[i + 1];
        boolean last = i + 2 == cut.length;
        return cache.computeIfAbsent(first + "|" + second + (last ? "…" : ""), k -> {
            IntList lists = new IntList();
            int bucket = Segment.bucket(Readings.symbol(first.charAt(0)), Readings.symbol(second.charAt(0)));
            for (int j = bucketStart[bucket]; j < bucketStart[bucket + 1]; j++) {
                int key = postings.keyAt(buckets[j]);
                if (Syllables.reads(seg.readings, Postings.first(key), first, false)
                        && Syllables.reads(seg.readings, Postings.second(key), second, last)) {
                    lists.add(buckets[j]);
                }
            }
            return Lists.of(postings, lists);
        });
    }

    /** The coarse plan for full pinyin: pairs where the query can start. */
    private static Lists fullStarts(Segment seg, PinyinQuery pinyin, Postings postings, int[] bucketStart, int[] buckets) {
        IntList lists = new IntList();
        int s0 = pinyin.symbol(0);
        for (int s2 = 0; s2 < Readings.SYMBOLS; s2++) {
            int bucket = Segment.bucket(s0, s2);
            for (int i = bucketStart[bucket]; i < bucketStart[bucket + 1]; i++) {
                int key = postings.keyAt(buckets[i]);
                if (pinyin.fullCanStartWith(Postings.first(key), Postings.second(key))) {
                    lists.add(buckets[i]);
                }
            }
        }
        return Lists.of(postings, lists);
    }

    /** The inner buckets of the query's consecutive initials (from position {@code from}), rarest two first; -1 if none. */
    private static int[] rarestInitialPairs(Segment seg, PinyinQuery pinyin, int from) {
        int[] best = {-1, -1};
        long[] counts = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int i = from; i + 1 < pinyin.length(); i++) {
            int bucket = Segment.bucket(pinyin.symbol(i), pinyin.symbol(i + 1));
            if (bucket == best[0] || bucket == best[1]) {
                continue;
            }
            long count = 0;
            for (int j = seg.innerBucketStart[bucket]; j < seg.innerBucketStart[bucket + 1]; j++) {
                count += seg.inner.count(seg.innerBuckets[j]);
            }
            if (count < counts[0]) {
                best[1] = best[0];
                counts[1] = counts[0];
                best[0] = bucket;
                counts[0] = count;
            } else if (count < counts[1]) {
                best[1] = bucket;
                counts[1] = count;
            }
        }
        return best;
    }

    private static Lists bucket(Segment seg, int bucket) {
        if (bucket < 0) {
            return null;
        }
        IntList lists = new IntList();
        for (int j = seg.innerBucketStart[bucket]; j < seg.innerBucketStart[bucket + 1]; j++) {
            lists.add(seg.innerBuckets[j]);
        }
        return Lists.of(seg.inner, lists);
    }
}
