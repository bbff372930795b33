package cn.zhaoshang.desk.event;

/** 招商推介会 (promotion), 签约仪式 (signing ceremony), 项目观摩 (project inspection). */
public enum EventKind {
    PROMOTION, SIGNING, INSPECTION
}
