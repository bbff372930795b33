package cn.zhaoshang.desk.dashboard;

/** The length of a reporting period: 年, 季, 月 (以月保季、以季保年). */
public enum PeriodKind {
    YEAR, QUARTER, MONTH
}
