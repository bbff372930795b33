package cn.zhaoshang.desk.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Whether a policy applies to a project on a day: in force that day, and the project's industry, its
 * investor's ladder tiers and its planned investment meet the policy's conditions. An empty condition
 * admits everything; a size condition is not met by a project whose investment is not known yet.
 */
public final class PolicyMatcher {
    private PolicyMatcher() {
    }

    public static boolean applies(Policy policy, ProjectFacts project, LocalDate day) {
        return policy.inForceOn(day) && industryMatches(policy, project) && tierMatches(policy, project)
                && sizeMatches(policy, project);
    }

    /** A policy may name divisions ("65") or whole sections ("I"); either admits the project's division. */
    static boolean industryMatches(Policy policy, ProjectFacts project) {
        if (policy.industryCodes().isEmpty()) {
            return true;
        }
        String code = project.industryCode();
        return code != null && (policy.industryCodes().contains(code)
                || (project.industrySection() != null && policy.industryCodes().contains(project.industrySection())));
    }

    static boolean tierMatches(Policy policy, ProjectFacts project) {
        return policy.ladderTiers().isEmpty() || project.ladderTiers().stream().anyMatch(policy.ladderTiers()::contains);
    }

    static boolean sizeMatches(Policy policy, ProjectFacts project) {
        BigDecimal min = policy.minInvestment();
        BigDecimal max = policy.maxInvestment();
        if (min == null && max == null) {
            return true;
        }
        BigDecimal planned = project.plannedInvestment();
        return planned != null && (min == null || planned.compareTo(min) >= 0) && (max == null || planned.compareTo(max) <= 0);
    }
}
