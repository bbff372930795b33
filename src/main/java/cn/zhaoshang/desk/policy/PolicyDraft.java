package cn.zhaoshang.desk.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The content of a policy version as the user enters it. Empty industry or tier lists mean "all";
 * investment bounds are in 万元 and inclusive.
 */
public record PolicyDraft(String name, String issuer, String documentNo, LocalDate effectiveFrom, LocalDate effectiveTo,
                          List<String> industryCodes, List<String> ladderTiers, BigDecimal minInvestment,
                          BigDecimal maxInvestment, String benefitSummary) {
    public PolicyDraft {
        industryCodes = industryCodes == null ? List.of() : List.copyOf(industryCodes);
        ladderTiers = ladderTiers == null ? List.of() : List.copyOf(ladderTiers);
        // 100 and 100.0000 (as the database returns it) are the same bound: keep one form so equals holds.
        minInvestment = minInvestment == null ? null : minInvestment.stripTrailingZeros();
        maxInvestment = maxInvestment == null ? null : maxInvestment.stripTrailingZeros();
    }

    public static PolicyDraft blank() {
        return new PolicyDraft("", null, null, null, null, List.of(), List.of(), null, null, null);
    }
}
