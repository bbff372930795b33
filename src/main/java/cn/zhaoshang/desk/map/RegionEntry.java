package cn.zhaoshang.desk.map;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of the list behind a region: a company (for companies and visits) or a project (for projects and
 * signed amounts). {@code status} is the pursuit status or the stage (enum name); amount in 万元 or null.
 */
public record RegionEntry(UUID id, String name, String place, String status, BigDecimal amount) {
}
