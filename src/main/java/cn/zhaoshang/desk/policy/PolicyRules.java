package cn.zhaoshang.desk.policy;

import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import java.math.BigDecimal;
import java.util.Optional;

/** What makes a policy version valid (checked by the form while typing and by the service before writing). */
public final class PolicyRules {
    private PolicyRules() {
    }

    public static Optional<FieldInputException> check(PolicyDraft d) {
        String name = TextNormalizer.clean(d.name());
        if (name == null) {
            return problem("name", "policy.error.nameRequired");
        }
        if (name.length() > 200) {
            return problem("name", "policy.error.tooLong", 200);
        }
        if (length(d.issuer()) > 100) {
            return problem("issuer", "policy.error.tooLong", 100);
        }
        if (length(d.documentNo()) > 100) {
            return problem("documentNo", "policy.error.tooLong", 100);
        }
        if (d.effectiveFrom() != null && d.effectiveTo() != null && d.effectiveTo().isBefore(d.effectiveFrom())) {
            return problem("effectiveTo", "policy.error.endBeforeStart");
        }
        if (negative(d.minInvestment())) {
            return problem("minInvestment", "policy.error.negative");
        }
        if (negative(d.maxInvestment())) {
            return problem("maxInvestment", "policy.error.negative");
        }
        if (d.minInvestment() != null && d.maxInvestment() != null && d.maxInvestment().compareTo(d.minInvestment()) < 0) {
            return problem("maxInvestment", "policy.error.maxBelowMin");
        }
        for (String tier : d.ladderTiers()) {
            if (PolicyLadderTier.of(tier).isEmpty()) {
                return problem("ladderTiers", "policy.error.unknownTier", tier);
            }
        }
        if (length(d.benefitSummary()) > 4000) {
            return problem("benefitSummary", "policy.error.tooLong", 4000);
        }
        return Optional.empty();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static boolean negative(BigDecimal v) {
        return v != null && v.signum() < 0;
    }

    private static Optional<FieldInputException> problem(String field, String key, Object... args) {
        return Optional.of(new FieldInputException(field, key, args));
    }
}
