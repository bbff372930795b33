package cn.zhaoshang.desk.company;

/**
 * Rungs of the cultivation ladder (梯度培育): 科技型中小企业 → 高新技术企业 → 瞪羚 → 专精特新"小巨人" →
 * 独角兽, and 个转企 → 小升规 → 规改股 → 股上市. Each is held with a certification date.
 */
public enum LadderTier {
    TECH_SME, HIGH_TECH, GAZELLE, LITTLE_GIANT, UNICORN, INDIVIDUAL_TO_COMPANY, ABOVE_SCALE, JOINT_STOCK, LISTED
}
