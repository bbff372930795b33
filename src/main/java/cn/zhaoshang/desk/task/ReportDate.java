package cn.zhaoshang.desk.task;

import java.time.LocalDate;

/** One report-back date (汇报节点) and how it went; {@code added} when set by hand rather than by the cycle. */
public record ReportDate(LocalDate date, ReportMark mark, boolean added) {
}
