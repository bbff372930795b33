package cn.zhaoshang.desk.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The outcome of an accepted transition: the project's new stage columns, and the history row
 * (from, to, the date it happened, the reason, the data it recorded or cleared).
 */
public record StageChange(ProjectStage from, ProjectStage stage, LocalDate enteredOn,
                          LocalDate signedOn, BigDecimal contractAmount, LocalDate registeredOn, String localUscc,
                          LocalDate startedOn, LocalDate operatingOn, String dropReason,
                          String reason, String details) {
}
