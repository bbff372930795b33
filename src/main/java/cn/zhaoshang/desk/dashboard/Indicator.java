package cn.zhaoshang.desk.dashboard;

/** The indicators targets are set on and teams are ranked by (考核指标); stored by name. */
public enum Indicator {
    SIGNED_PROJECTS, CONTRACT_AMOUNT, REGISTERED_COMPANIES, FUNDS_IN_PLACE, STARTED_PROJECTS, VISITS;

    /** Amount indicators are in 万元; the others are counts. */
    public boolean isMoney() {
        return this == CONTRACT_AMOUNT || this == FUNDS_IN_PLACE;
    }
}
