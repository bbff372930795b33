package cn.zhaoshang.desk.chain;

import java.math.BigDecimal;
import java.util.UUID;

/** A project tagged to a node, as the node's list shows it. */
public record NodeProject(UUID projectId, String name, String stage, String companyName,
                          BigDecimal plannedInvestment, UUID nodeId, String nodeName) {
}
