package cn.zhaoshang.desk.chain;

/** Why a company is a candidate for a gap: tagged to the node, or pointed at by its industry codes. */
public enum CandidateSource {
    TAGGED, INDUSTRY_RULE
}
