package cn.zhaoshang.desk.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the list behind a figure: a project (name, company, stage, team, amount, the date
 * that counted) or, behind the visits figure, a visit (summary as name, kind as stage).
 */
public record DrillRow(UUID id, String name, String companyName, String stage, String teamName,
                       BigDecimal amount, LocalDate date) {
}
