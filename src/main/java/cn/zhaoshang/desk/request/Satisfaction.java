package cn.zhaoshang.desk.request;

/** The company's answer at the return visit (回访): 满意, 基本满意, 不满意. */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
