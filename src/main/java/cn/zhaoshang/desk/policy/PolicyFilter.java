package cn.zhaoshang.desk.policy;

/**
 * What the policy library shows: text found in name, issuer, document number or benefits; an
 * industry (division code) the policy admits; a tier it admits; a status on today's date. Null or
 * blank parts do not filter.
 */
public record PolicyFilter(String text, String industryCode, PolicyLadderTier tier, PolicyStatus status) {
    public static final PolicyFilter ALL = new PolicyFilter(null, null, null, null);
}
