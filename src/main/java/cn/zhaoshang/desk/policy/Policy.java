package cn.zhaoshang.desk.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One version of an incentive policy (奖补政策). All versions of a policy share its {@code policyKey};
 * an update adds a version and marks the previous one superseded, which stays readable because
 * promises made under it point at it.
 *
 * @param version the optimistic-lock version of this row (not the policy's version number)
 * @param versionNo 1, 2, … within the policy
 * @param supersededAt when a newer version replaced this one; null for the current version
 */
public record Policy(UUID id, int version, UUID policyKey, int versionNo, OffsetDateTime createdAt,
                     OffsetDateTime supersededAt, PolicyDraft content) {
    public boolean isCurrent() {
        return supersededAt == null;
    }

    public String name() {
        return content.name();
    }

    public LocalDate effectiveFrom() {
        return content.effectiveFrom();
    }

    public LocalDate effectiveTo() {
        return content.effectiveTo();
    }

    public List<String> industryCodes() {
        return content.industryCodes();
    }

    public List<String> ladderTiers() {
        return content.ladderTiers();
    }

    public BigDecimal minInvestment() {
        return content.minInvestment();
    }

    public BigDecimal maxInvestment() {
        return content.maxInvestment();
    }

    /** True when the day lies within the effective dates (open ends count as unbounded). */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom() == null || !day.isBefore(effectiveFrom()))
                && (effectiveTo() == null || !day.isAfter(effectiveTo()));
    }

    /** Status on a day; "expiring" when it ends within {@code warnDays}. */
    public PolicyStatus status(LocalDate today, int warnDays) {
        if (effectiveFrom() != null && today.isBefore(effectiveFrom())) {
            return PolicyStatus.UPCOMING;
        }
        if (effectiveTo() != null && today.isAfter(effectiveTo())) {
            return PolicyStatus.EXPIRED;
        }
        if (effectiveTo() != null && !effectiveTo().isAfter(today.plusDays(warnDays))) {
            return PolicyStatus.EXPIRING;
        }
        return PolicyStatus.IN_FORCE;
    }
}
