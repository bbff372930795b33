package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.search.SearchHit.MatchKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One search over one {@link Generation}, tier by tier ({@link Tier}): each tier walks its candidates
 * in rank order, verifies each against the stored text and stops when the result list is full. The
 * segment's candidates come from posting lists (or, when a tier would match most documents anyway,
 * from a walk over all documents in rank order); the tail is scanned and merged in.
 */
final class Searcher {
    /** A matched document. */
    record Hit(int doc, Tier tier, MatchKind kind) { }

    private final Generation generation;
    private final Segment seg;
    private final DocColumns docs;
    private final char[] pool;
    private final String q;
    private final int m;
    private final TextMatch text;
    private final PinyinQuery pinyin;
    private final PinyinQuery tailPinyin;
    private final List<String[]> cuts;
    private final String code;
    private final int limit;
    private final Walker walker;

    Searcher(Generation generation, String folded, int limit) {
        this.generation = generation;
        this.seg = generation.base;
        this.docs = generation.docs;
        this.pool = docs.pool();
        this.q = folded;
        this.m = folded.length();
        this.text = new TextMatch(folded);
        boolean latin = TextFold.isLatinLetters(folded);
        this.cuts = latin ? seg.syllables.cuts(folded, PinyinCandidates.MAX_CUTS) : null;
        this.pinyin = latin ? new PinyinQuery(folded, seg.readings, cuts == null || !cuts.isEmpty()) : null;
        this.tailPinyin = latin ? new PinyinQuery(folded, generation.readings, true) : null;
        this.code = looksLikeCode(folded) ? folded.toUpperCase(Locale.ROOT) : null;
        this.limit = limit;
        this.walker = new Walker(generation, limit);
    }

    /** Two or more letters and digits with at least one digit: the start of a credit code. */
    private static boolean looksLikeCode(String folded) {
        if (folded.length() < 2 || folded.length() > Codes.USCC_MAX) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!TextFold.isAsciiAlnum(c)) {
                return false;
            }
            digit |= c >= '0' && c <= '9';
        }
        return digit;
    }

    List<Hit> run() {
        List<List<Hit>> tail = TailScan.scan(generation, text, tailPinyin, code, q);
        List<Hit> out = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            int room = limit - out.size();
            if (room <= 0) {
                break;
            }
            List<Hit> merged = merge(collect(tier, room), tail.get(tier.ordinal()));
            for (int i = 0; i < merged.size() && out.size() < limit; i++) {
                out.add(merged.get(i));
            }
        }
        return out;
    }

    private List<Hit> collect(Tier tier, int room) {
        Walker.Collector c = switch (tier) {
            case EXACT -> exact();
            case PREFIX -> prefix(room);
            case PINYIN_START -> pinyin == null ? null : pinyinStart(room);
            case CONTACT_EXACT -> contacts(Tier.CONTACT_EXACT, room);
            case SUBSTRING -> substring(room);
            case PINYIN_INNER -> pinyin == null ? null : pinyinInner(room);
            case CONTACT_PREFIX -> contacts(Tier.CONTACT_PREFIX, room);
        };
        if (c == null) {
            return List.of();
        }
        if (tier == Tier.EXACT) {
            c.hits.sort((a, b) -> Integer.compare(a.doc(), b.doc()));
            return c.hits.size() > room ? c.hits.subList(0, room) : c.hits;
        }
        return c.hits;
    }

    // Tiers

    private Walker.Collector exact() {
        Walker.Collector c = walker.collector(Tier.EXACT, Integer.MAX_VALUE, d -> {
            if (text.equalsText(pool, docs.textStart(d), docs.nameEnd(d)) || shortMatches(d, true)) {
                return MatchKind.NAME;
            }
            return code != null && code.equals(docs.uscc(d)) ? MatchKind.USCC : null;
        });
        walkStartCandidates(c);
        if (code != null && Codes.packable(code)) {
            int[] range = seg.usccRange(docs, Codes.usccHi(code, 0), Codes.usccLo(code, 0), Codes.usccHi(code, 0),
                    Codes.usccLo(code, 0));
            for (int i = range[0]; i < range[1]; i++) {
                c.offer(seg.usccOrder[i]);
            }
        }
        if (code != null) {
            long[] bits = walker.scratch(0);
            oddCodes(bits);
            walker.bits(bits, c, 0);
        }
        return c;
    }

    private Walker.Collector prefix(int room) {
        Walker.Collector c = walker.collector(Tier.PREFIX, room, d -> {
            if (text.startsText(pool, docs.textStart(d), docs.nameEnd(d)) || shortMatches(d, false)) {
                return MatchKind.NAME;
            }
            String uscc = code == null ? null : docs.uscc(d);
            return uscc != null && uscc.startsWith(code) ? MatchKind.USCC : null;
        });
        int[] codes = code == null ? null : seg.usccRange(docs, Codes.usccHi(code, 0), Codes.usccLo(code, 0),
                Codes.usccHi(code, 63), Codes.usccLo(code, 63));
        if (codes == null && m >= 2) {
            walkStartCandidates(c);
            return c;
        }
        if (codes != null && codes[1] - codes[0] > seg.size / 4) {
            walker.all(c);
            return c;
        }
        long[] bits = walker.scratch(0);
        if (m >= 2) {
            int list = seg.first.find(Postings.key(q.charAt(0), q.charAt(1)));
            if (list >= 0) {
                seg.first.addTo(list, bits);
            }
        } else {
            for (int list = seg.first.startOfFirst(q.charAt(0)), end = seg.first.endOfFirst(q.charAt(0)); list < end; list++) {
                seg.first.addTo(list, bits);
            }
        }
        if (codes != null) {
            for (int i = codes[0]; i < codes[1]; i++) {
                Walker.set(bits, seg.usccOrder[i]);
            }
            oddCodes(bits);
        }
        walker.bits(bits, c, 0);
        return c;
    }

    /**
     * Offers the documents whose name or short name may start with the query, in rank order: those
     * starting with its first pair, or (when shorter) those holding its rarest pair anywhere. For
     * "郑州本草源" the first pair is a city held by ~3% of all names, its rarest pair a few hundred
     * (2.7 ms → well under 1 ms at 1M companies).
     */
    private void walkStartCandidates(Walker.Collector c) {
        int first = seg.first.find(Postings.key(q.charAt(0), m >= 2 ? q.charAt(1) : '\0'));
        if (first < 0) {
            return;
        }
        int rarest = m >= 3 ? rarestInnerPair() : -1;
        if (rarest == NO_MATCH) {
            return;
        }
        if (rarest >= 0 && seg.inner.count(rarest) < seg.first.count(first)) {
            walker.list(seg.inner, rarest, c);
        } else {
            walker.list(seg.first, first, c);
        }
    }

    /** Any pair of the query that no name holds. */
    private static final int NO_MATCH = -2;

    /** The posting list of the query's least frequent pair (of names and short names), or {@link #NO_MATCH}. */
    private int rarestInnerPair() {
        int best = -1;
        for (int i = 0; i + 1 < m; i++) {
            int list = seg.inner.find(Postings.key(q.charAt(i), q.charAt(i + 1)));
            if (list < 0) {
                return NO_MATCH;
            }
            if (best < 0 || seg.inner.count(list) < seg.inner.count(best)) {
                best = list;
            }
        }
        return best;
    }

    private Walker.Collector pinyinStart(int room) {
        Walker.Collector c = walker.collector(Tier.PINYIN_START, room, d -> {
            MatchKind kind = pinyinKind(pinyin.matchAt(pool, docs.textStart(d), docs.nameEnd(d)));
            int shortStart = docs.shortStart(d);
            if (kind == null && shortStart >= 0) {
                kind = pinyinKind(pinyin.matchAt(pool, shortStart, docs.textEnd(d)));
            }
            return kind;
        });
        walker.plan(PinyinCandidates.start(seg, pinyin, cuts), c);
        return c;
    }

    private Walker.Collector substring(int room) {
        Walker.Collector c = walker.collector(Tier.SUBSTRING, room,
                d -> text.inText(pool, docs.textStart(d), docs.textEnd(d)) ? MatchKind.NAME : null);
        if (m >= 2) {
            int best = rarestInnerPair();
            if (best >= 0) {
                walker.list(seg.inner, best, c);
            }
            return c;
        }
        long df = seg.charDocs[q.charAt(0)];
        if (df == 0) {
            return c;
        }
        int next = walker.all(c, walker.budget(df, room));
        if (next >= 0) {
            long[] bits = walker.scratch(0);
            for (int list : seg.listsWith(q.charAt(0))) {
                seg.inner.addTo(list, bits);
            }
            walker.bits(bits, c, next);
        }
        return c;
    }

    private Walker.Collector pinyinInner(int room) {
        Walker.Collector c = walker.collector(Tier.PINYIN_INNER, room, d -> {
            int shortStart = docs.shortStart(d);
            MatchKind kind = pinyinKind(pinyin.matchWithin(pool, docs.textStart(d), docs.nameEnd(d)));
            if (kind == null && shortStart >= 0) {
                kind = pinyinKind(pinyin.matchWithin(pool, shortStart, docs.textEnd(d)));
            }
            return kind;
        });
        walker.plan(PinyinCandidates.inner(seg, pinyin, cuts), c);
        return c;
    }

    private Walker.Collector contacts(Tier tier, int room) {
        Walker.Collector c = walker.collector(tier, room, d -> MatchKind.CONTACT);
        boolean exact = tier == Tier.CONTACT_EXACT;
        ContactLookup found = ContactLookup.find(seg, q, exact);
        if (found.size() > 4096) {
            long[] bits = walker.scratch(0);
            found.addTo(seg, bits);
            walker.bits(bits, c, 0);
        } else {
            int[] docs = found.docs(seg);
            Arrays.sort(docs);
            for (int i = 0; i < docs.length && c.offer(docs[i]); i++) {
                // offer() collects; it answers false once the tier is full
            }
        }
        return c;
    }

    // Helpers

    private boolean shortMatches(int d, boolean whole) {
        int shortStart = docs.shortStart(d);
        if (shortStart < 0) {
            return false;
        }
        return whole ? text.equalsText(pool, shortStart, docs.textEnd(d)) : text.startsText(pool, shortStart, docs.textEnd(d));
    }

    /** Codes that could not be packed are few: they are simply checked one by one. */
    private void oddCodes(long[] bits) {
        for (Map.Entry<Integer, String> odd : docs.oddUscc().entrySet()) {
            if (odd.getKey() < seg.size && odd.getValue().startsWith(code)) {
                Walker.set(bits, odd.getKey());
            }
        }
    }

    static MatchKind pinyinKind(PinyinQuery.Kind kind) {
        return switch (kind) {
            case NONE -> null;
            case INITIALS -> MatchKind.INITIALS;
            case FULL -> MatchKind.PINYIN;
        };
    }

    private List<Hit> merge(List<Hit> fromSegment, List<Hit> fromTail) {
        if (fromTail.isEmpty()) {
            return fromSegment;
        }
        List<Hit> all = new ArrayList<>(fromSegment);
        all.addAll(fromTail);
        all.sort((a, b) -> TextMatch.compareRank(docs, a.doc(), b.doc()));
        return all;
    }
}
