package cn.zhaoshang.desk.request;

/**
 * The requests of a period for the dashboard and the briefings: received in it, closed in it, open and
 * overdue now, revisited in it and how many of those were satisfied (满意 or 基本满意).
 */
public record RequestCounts(int received, int closed, int overdue, int revisited, int satisfied) {
    /** Satisfied share of the revisits, in percent (null without revisits). */
    public Integer satisfactionPercent() {
        return revisited == 0 ? null : Math.round(100f * satisfied / revisited);
    }
}
