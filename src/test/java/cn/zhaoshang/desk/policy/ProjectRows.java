package cn.zhaoshang.desk.policy;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_LADDER;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;

import cn.zhaoshang.desk.company.LadderTier;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.project.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Company and project rows written straight into the tables: the company and project libraries are
 * built elsewhere, and these features only read their rows.
 */
public final class ProjectRows {
    private final Services services;

    public ProjectRows(Services services) {
        this.services = services;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    }

    public UUID company(String name, String industryCode) {
        UUID id = UUID.randomUUID();
        services.database().dsl().insertInto(COMPANY).set(COMPANY.ID, id).set(COMPANY.CREATED_AT, now())
                .set(COMPANY.UPDATED_AT, now()).set(COMPANY.VERSION, 0).set(COMPANY.NAME, name)
                .set(COMPANY.NORMALIZED_NAME, name).set(COMPANY.INDUSTRY_CODE, industryCode)
                .set(COMPANY.PURSUIT_STATUS, PursuitStatus.FOLLOWING).execute();
        return id;
    }

    public void tier(UUID companyId, String tier, LocalDate certified, LocalDate expires) {
        services.database().dsl().insertInto(COMPANY_LADDER).set(COMPANY_LADDER.ID, UUID.randomUUID())
                .set(COMPANY_LADDER.CREATED_AT, now()).set(COMPANY_LADDER.UPDATED_AT, now()).set(COMPANY_LADDER.VERSION, 0)
                .set(COMPANY_LADDER.COMPANY_ID, companyId).set(COMPANY_LADDER.TIER, LadderTier.valueOf(tier))
                .set(COMPANY_LADDER.CERTIFIED_ON, certified).set(COMPANY_LADDER.EXPIRES_ON, expires).execute();
    }

    public UUID project(String name, UUID companyId, String industryCode, BigDecimal planned, String stage, UUID carrierId) {
        UUID id = UUID.randomUUID();
        services.database().dsl().insertInto(PROJECT).set(PROJECT.ID, id).set(PROJECT.CREATED_AT, now())
                .set(PROJECT.UPDATED_AT, now()).set(PROJECT.VERSION, 0).set(PROJECT.NAME, name)
                .set(PROJECT.COMPANY_ID, companyId).set(PROJECT.INDUSTRY_CODE, industryCode)
                .set(PROJECT.PLANNED_INVESTMENT, planned).set(PROJECT.CARRIER_ID, carrierId).set(PROJECT.STAGE, ProjectStage.valueOf(stage))
                .set(PROJECT.STAGE_ENTERED_ON, LocalDate.of(2026, 5, 1)).execute();
        return id;
    }

    public void codeName(UUID projectId, String codeName) {
        services.database().dsl().update(PROJECT).set(PROJECT.CODE_NAME, codeName).where(PROJECT.ID.eq(projectId)).execute();
    }
}
