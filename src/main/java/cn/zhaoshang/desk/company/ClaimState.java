package cn.zhaoshang.desk.company;

/** Claim filter of the list: in the common pool (公海), held by anyone, or held by me or my team. */
public enum ClaimState {
    POOL, CLAIMED, MINE
}
