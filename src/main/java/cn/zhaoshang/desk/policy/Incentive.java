package cn.zhaoshang.desk.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An incentive promised to a project (一企一策) and what of it was delivered. It refers to the policy
 * version in force when it was promised; a bespoke promise has no policy and says what it is.
 *
 * @param policyVersionNo 0 when there is no policy
 * @param policyCurrent false when the policy has been revised since (the promise keeps its version)
 */
public record Incentive(UUID id, int version, UUID projectId, String projectName, UUID policyId, String policyName,
                        int policyVersionNo, boolean policyCurrent, String description, LocalDate promisedOn,
                        BigDecimal promisedAmount, LocalDate deliveredOn, BigDecimal deliveredAmount) {
    /** Promised but not (fully) delivered. */
    public BigDecimal outstanding() {
        if (promisedAmount == null) {
            return null;
        }
        return promisedAmount.subtract(deliveredAmount == null ? BigDecimal.ZERO : deliveredAmount);
    }
}
