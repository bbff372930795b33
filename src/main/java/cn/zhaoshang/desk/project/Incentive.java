package cn.zhaoshang.desk.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An incentive promised to a project and what was delivered (一企一策): a policy (or a free-text
 * description when none is chosen), dates and amounts in 万元.
 */
public record Incentive(UUID id, int version, UUID policyId, String policyName, String description,
                        LocalDate promisedOn, BigDecimal promisedAmount, LocalDate deliveredOn,
                        BigDecimal deliveredAmount) {
    /** What to call it in a list: the policy's name, or the description. */
    public String title() {
        return policyName != null ? policyName : description;
    }
}
