package cn.zhaoshang.desk.company;

/** Why a claim ended: given back, lapsed at its expiry, or its company was merged into another. */
public enum ClaimEnd {
    RELEASED, LAPSED, MERGED
}
