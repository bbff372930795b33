package cn.zhaoshang.desk.search;

import java.util.UUID;

/** One company found by a search, best first; {@code matchedOn} says which text matched (for highlighting). */
public record SearchHit(UUID companyId, String uscc, String name, double score, MatchKind matchedOn) {
    /** What the query matched. */
    public enum MatchKind { USCC, NAME, PINYIN, INITIALS, CONTACT }
}
