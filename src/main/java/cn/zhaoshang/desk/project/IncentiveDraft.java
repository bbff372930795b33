package cn.zhaoshang.desk.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What the incentive form edits. */
public record IncentiveDraft(UUID policyId, String description, LocalDate promisedOn, BigDecimal promisedAmount,
                             LocalDate deliveredOn, BigDecimal deliveredAmount) {
}
