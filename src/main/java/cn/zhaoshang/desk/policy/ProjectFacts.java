package cn.zhaoshang.desk.policy;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * What decides which policies apply to a project: its industry (division code and the section letter
 * above it), its planned investment (万元) and the ladder tiers its investor holds on the day asked.
 */
public record ProjectFacts(UUID projectId, String projectName, String companyName, String stage, String industryCode,
                           String industrySection, BigDecimal plannedInvestment, Set<String> ladderTiers) {
}
