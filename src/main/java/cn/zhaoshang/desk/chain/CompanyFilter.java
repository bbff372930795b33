package cn.zhaoshang.desk.chain;

/** Which of a node's companies to list. */
public enum CompanyFilter {
    ALL, LOCAL, PURSUED, CHAIN_LEADERS
}
