package cn.zhaoshang.desk.chain;

import java.math.BigDecimal;
import java.util.UUID;

/** A company tagged to a node, as the node's list shows it. {@code place} is the division's name. */
public record NodeCompany(UUID companyId, String name, String place, boolean local, String pursuitStatus,
                          boolean chainLeader, BigDecimal registeredCapital, UUID nodeId, String nodeName) {
}
