package cn.zhaoshang.desk.company;

/**
 * 招商方式: how a lead reached us. A referral records the referring company, a fund the fund's name.
 */
public enum SourceChannel {
    RESIDENT_TEAM, REFERRAL, CHAIN_LEADER, FUND, EXPO, AGENT, WALK_IN, OTHER
}
