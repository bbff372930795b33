package cn.zhaoshang.desk.project;

import java.math.BigDecimal;

/** A board column's totals under the current filter: how many projects and their amount (万元). */
public record ColumnSummary(ProjectStage stage, long count, BigDecimal amount) {
}
