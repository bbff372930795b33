package cn.zhaoshang.desk.company;

/** Kinds of visit and talk (走访/洽谈): 外出拜访, 来访接待, 电话, 会议, 考察, 展会, 线上沟通 (微信、邮件). */
public enum InteractionKind {
    VISIT_OUT, VISIT_IN, CALL, MEETING, INSPECTION, EXPO, ONLINE
}
