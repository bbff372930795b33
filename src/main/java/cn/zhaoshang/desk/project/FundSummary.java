package cn.zhaoshang.desk.project;

import java.math.BigDecimal;

/**
 * Funds in place of a project: the total, the contract amount it is measured against, and the
 * rate (资金到位率, percent with one decimal), null when there is no contract amount yet.
 */
public record FundSummary(BigDecimal total, BigDecimal contractAmount, BigDecimal ratePercent, int count) {
}
