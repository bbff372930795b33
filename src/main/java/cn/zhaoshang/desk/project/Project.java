package cn.zhaoshang.desk.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A project with every field, as the detail and the form show it. When the viewer may not see the
 * real name of a confidential project, {@code name} is null and {@code shownName} is the code name.
 */
public record Project(UUID id, int version, String name, String codeName, String shownName,
                      UUID companyId, String companyName, String industryCode, List<UUID> chainNodeIds,
                      BigDecimal plannedInvestment, BigDecimal contractAmount, UUID carrierId, UUID unitId,
                      String leaderInCharge, UUID teamId, boolean major, ProjectStage stage, LocalDate stageEnteredOn,
                      LocalDate signedOn, LocalDate registeredOn, String localUscc, LocalDate startedOn,
                      LocalDate operatingOn, String dropReason, OffsetDateTime archivedAt, String notes) {
    public boolean archived() {
        return archivedAt != null;
    }

    public boolean nameHidden() {
        return name == null;
    }

    /** The fields of this project as a form starts editing them. */
    public ProjectDraft toDraft() {
        return new ProjectDraft(name, codeName, companyId, industryCode, chainNodeIds, plannedInvestment, contractAmount,
                carrierId, unitId, leaderInCharge, teamId, major, notes);
    }
}
