package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.search.SearchHit.MatchKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents written since the segment was built are few (compaction folds them in), so each
 * search simply checks every one of them against every tier and keeps the best.
 */
final class TailScan {
    private TailScan() {
    }

    /** Matches of the tail by tier (indexed by {@link Tier#ordinal()}), each in rank order. */
    static List<List<Searcher.Hit>> scan(Generation g, TextMatch text, PinyinQuery pinyin, String code, String q) {
        List<List<Searcher.Hit>> byTier = new ArrayList<>();
        for (int i = 0; i < Tier.values().length; i++) {
            byTier.add(new ArrayList<>());
        }
        DocColumns docs = g.docs;
        for (int d = g.base.size; d < docs.count(); d++) {
            if (!g.isDead(d)) {
                Searcher.Hit hit = classify(g, d, text, pinyin, code, q);
                if (hit != null) {
                    byTier.get(hit.tier().ordinal()).add(hit);
                }
            }
        }
        for (List<Searcher.Hit> hits : byTier) {
            hits.sort((a, b) -> TextMatch.compareRank(docs, a.doc(), b.doc()));
        }
        return byTier;
    }

    private static Searcher.Hit classify(Generation g, int d, TextMatch text, PinyinQuery pinyin, String code, String q) {
        DocColumns docs = g.docs;
        char[] pool = docs.pool();
        int start = docs.textStart(d);
        int nameEnd = docs.nameEnd(d);
        int shortStart = docs.shortStart(d);
        int end = docs.textEnd(d);
        String uscc = code == null ? null : docs.uscc(d);
        if (text.equalsText(pool, start, nameEnd) || (shortStart >= 0 && text.equalsText(pool, shortStart, end))) {
            return new Searcher.Hit(d, Tier.EXACT, MatchKind.NAME);
        }
        if (uscc != null && uscc.equals(code)) {
            return new Searcher.Hit(d, Tier.EXACT, MatchKind.USCC);
        }
        if (text.startsText(pool, start, nameEnd) || (shortStart >= 0 && text.startsText(pool, shortStart, end))) {
            return new Searcher.Hit(d, Tier.PREFIX, MatchKind.NAME);
        }
        if (uscc != null && uscc.startsWith(code)) {
            return new Searcher.Hit(d, Tier.PREFIX, MatchKind.USCC);
        }
        if (pinyin != null) {
            MatchKind kind = Searcher.pinyinKind(pinyin.matchAt(pool, start, nameEnd));
            if (kind == null && shortStart >= 0) {
                kind = Searcher.pinyinKind(pinyin.matchAt(pool, shortStart, end));
            }
            if (kind != null) {
                return new Searcher.Hit(d, Tier.PINYIN_START, kind);
            }
        }
        String[] contacts = g.tailContacts(d);
        for (String contact : contacts) {
            if (contact.equals(q)) {
                return new Searcher.Hit(d, Tier.CONTACT_EXACT, MatchKind.CONTACT);
            }
        }
        if (text.inText(pool, start, end)) {
            return new Searcher.Hit(d, Tier.SUBSTRING, MatchKind.NAME);
        }
        if (pinyin != null) {
            MatchKind kind = Searcher.pinyinKind(pinyin.matchWithin(pool, start, nameEnd));
            if (kind == null && shortStart >= 0) {
                kind = Searcher.pinyinKind(pinyin.matchWithin(pool, shortStart, end));
            }
            if (kind != null) {
                return new Searcher.Hit(d, Tier.PINYIN_INNER, kind);
            }
        }
        for (String contact : contacts) {
            if (contact.startsWith(q)) {
                return new Searcher.Hit(d, Tier.CONTACT_PREFIX, MatchKind.CONTACT);
            }
        }
        return null;
    }
}
