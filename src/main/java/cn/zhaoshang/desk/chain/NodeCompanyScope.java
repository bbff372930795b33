package cn.zhaoshang.desk.chain;

/** Which of a node's companies to list. */
public enum NodeCompanyScope {
    ALL, LOCAL, PURSUED, CHAIN_LEADERS
}
