package cn.zhaoshang.desk.project;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A stop on a tour: the project (by the name the viewer may see), where it is, who leads it, and
 * the comments recorded after the visit.
 */
public record TourStop(UUID id, int version, int seq, UUID projectId, String projectName, String companyName,
                       String carrierName, String address, ProjectStage stage, BigDecimal amount,
                       String leaderInCharge, String unitName, String remarks) {
}
