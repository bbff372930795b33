package cn.zhaoshang.desk.policy;

import java.util.Optional;

/**
 * The cultivation ladder (梯度培育) tiers a policy may be limited to, as the company library stores them
 * in {@code company_ladder.tier}: 科技型中小企业 → 高新技术企业 → 瞪羚企业 → 专精特新"小巨人" → 独角兽,
 * and 个转企 → 小升规 → 规改股 → 股上市. Named apart from {@code company.LadderTier} because labels are keyed
 * by the enum's simple name ({@code enum.PolicyLadderTier.*}): one name for both would show one label for both.
 */
public enum PolicyLadderTier {
    TECH_SME, HIGH_TECH, GAZELLE, LITTLE_GIANT, UNICORN, INDIVIDUAL_TO_COMPANY, ABOVE_SCALE, JOINT_STOCK, LISTED;

    /** The tier of a stored name; empty for a name this version does not know. */
    public static Optional<PolicyLadderTier> of(String name) {
        for (PolicyLadderTier t : values()) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
