package cn.zhaoshang.desk.dashboard;

import java.time.LocalDate;

/** One line of a briefing section: a date, what it concerns (project/company) and what happened. */
public record ReportLine(LocalDate date, String subject, String text) {
}
