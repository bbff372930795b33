package cn.zhaoshang.desk.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What the project form edits. The stage and its milestone data are not here: they change only
 * through transitions. A null {@code name} on an update keeps the stored name (the viewer could
 * not see it).
 */
public record ProjectDraft(String name, String codeName, UUID companyId, String industryCode, List<UUID> chainNodeIds,
                           BigDecimal plannedInvestment, BigDecimal contractAmount, UUID carrierId, UUID unitId,
                           String leaderInCharge, UUID teamId, boolean major, String notes) {
    public ProjectDraft {
        chainNodeIds = chainNodeIds == null ? List.of() : List.copyOf(chainNodeIds);
    }
}
