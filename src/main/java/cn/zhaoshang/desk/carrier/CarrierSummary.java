package cn.zhaoshang.desk.carrier;

/**
 * One line of the carrier list: the carrier, where it sits in the nesting, its figures and how many
 * projects point at it (its own, not its children's).
 *
 * @param depth 0 for a top-level carrier, 1 for a carrier inside it, …
 * @param parentName null for a top-level carrier
 */
public record CarrierSummary(Carrier carrier, String parentName, int depth, CarrierAreas areas, int childCount,
                             int projectCount) {
}
