package cn.zhaoshang.desk.chain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A company outside the district that could fill a gap: tagged to the node (its pursuit paused or
 * abandoned, else the node would not be a gap) or pointed at by the node's industry codes.
 */
public record GapCandidate(UUID companyId, String name, String place, String pursuitStatus,
                           BigDecimal registeredCapital, CandidateSource source) {
}
