package cn.zhaoshang.desk.policy;

/** Where a policy stands on a given day: not yet in force, in force, expiring soon, expired. */
public enum PolicyStatus {
    UPCOMING, IN_FORCE, EXPIRING, EXPIRED
}
