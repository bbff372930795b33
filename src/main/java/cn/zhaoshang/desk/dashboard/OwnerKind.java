package cn.zhaoshang.desk.dashboard;

/** Who a target belongs to and who is ranked: a resident team (小分队) or a unit (区直单位/街道). */
public enum OwnerKind {
    TEAM, UNIT
}
