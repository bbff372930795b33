package cn.zhaoshang.desk.request;

/** What a company asks for: 用地, 厂房/载体, 融资, 人才, 审批手续, 政策兑现, 用工, 水电气, 其他. */
public enum RequestCategory {
    LAND, PREMISES, FINANCING, TALENT, APPROVAL, POLICY, LABOUR, UTILITIES, OTHER
}
