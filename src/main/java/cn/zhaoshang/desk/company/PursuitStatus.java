package cn.zhaoshang.desk.company;

/** 招商状态: where the district stands with a target company. Stored by constant name. */
public enum PursuitStatus {
    NEW, FOLLOWING, NEGOTIATING, LANDED, PAUSED, ABANDONED
}
