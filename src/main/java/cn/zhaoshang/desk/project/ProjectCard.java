package cn.zhaoshang.desk.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One project as the board's cards and the list's rows show it. {@code name} is already the name
 * the viewer may see ({@link ProjectVisibility}); {@code amount} is the contract amount once
 * signed, else the planned investment (万元).
 */
public record ProjectCard(UUID id, int version, String name, boolean confidential, String companyName,
                          ProjectStage stage, BigDecimal amount, String teamName, String unitName, String carrierName,
                          String leaderInCharge, LocalDate stageEnteredOn, long daysInStage, ClockState clock,
                          boolean major, boolean archived) {
}
