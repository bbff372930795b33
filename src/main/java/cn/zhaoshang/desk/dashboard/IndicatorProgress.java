package cn.zhaoshang.desk.dashboard;

import java.math.BigDecimal;

/**
 * One indicator in one period: actual (from the records) against target, beside the share of the
 * period already elapsed — "时间过半、任务过半": behind when done share &lt; elapsed share.
 */
public record IndicatorProgress(Indicator indicator, Period period, BigDecimal actual, BigDecimal target,
                                BigDecimal elapsedShare) {
    /** actual / target, or null without a target. */
    public BigDecimal doneShare() {
        return Ratios.ratio(actual, target);
    }

    public boolean behind() {
        BigDecimal done = doneShare();
        return done != null && done.compareTo(elapsedShare) < 0;
    }
}
