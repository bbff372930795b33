package cn.zhaoshang.desk.search;

/**
 * How good a match is, best first; hits are ordered by tier, then by the length of the name
 * (shorter first), then by name. The score a hit carries is its tier's.
 */
enum Tier {
    /** The whole name or short name, or the whole credit code. */
    EXACT(1.0),
    /** The beginning of the name or short name, or of the credit code. */
    PREFIX(0.9),
    /** Pinyin or initials from the first character of the name or short name. */
    PINYIN_START(0.8),
    /** A contact's whole name. */
    CONTACT_EXACT(0.7),
    /** Anywhere inside the name or short name. */
    SUBSTRING(0.6),
    /** Pinyin or initials from a later character. */
    PINYIN_INNER(0.5),
    /** The beginning of a contact's name. */
    CONTACT_PREFIX(0.4);

    final double score;

    Tier(double score) {
        this.score = score;
    }
}
