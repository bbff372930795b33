package cn.zhaoshang.desk.chain;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.project.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Companies and projects written straight into the tables for chain tests: the company and project
 * libraries are other features, and the chain only reads these columns.
 */
final class ChainFixtures {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 15, 2, 0, 0, 0, ZoneOffset.UTC);
    private final Services services;
    private int counter;

    ChainFixtures(Services services) {
        this.services = services;
    }

    /** A company in the district (本地). */
    UUID local(String name) {
        return company(name, true, "LANDED", "6510", 50);
    }

    /** A company elsewhere with the given pursuit status. */
    UUID target(String name, String status) {
        return company(name, false, status, "6510", 50);
    }

    UUID company(String name, boolean inDistrict, String status, String industryCode, int score) {
        UUID id = UUID.randomUUID();
        services.database().dsl().insertInto(COMPANY)
                .set(COMPANY.ID, id).set(COMPANY.CREATED_AT, NOW).set(COMPANY.UPDATED_AT, NOW).set(COMPANY.VERSION, 0)
                .set(COMPANY.NAME, name).set(COMPANY.NORMALIZED_NAME, name + (counter++))
                .set(COMPANY.LOCATED_IN_DISTRICT, inDistrict).set(COMPANY.PURSUIT_STATUS, PursuitStatus.valueOf(status))
                .set(COMPANY.DIVISION_CODE, inDistrict ? "410102" : "310000").set(COMPANY.INDUSTRY_CODE, industryCode)
                .set(COMPANY.SCORE, score).set(COMPANY.REGISTERED_CAPITAL, BigDecimal.valueOf(1000))
                .execute();
        return id;
    }

    UUID project(String name, String stage) {
        UUID id = UUID.randomUUID();
        services.database().dsl().insertInto(PROJECT)
                .set(PROJECT.ID, id).set(PROJECT.CREATED_AT, NOW).set(PROJECT.UPDATED_AT, NOW).set(PROJECT.VERSION, 0)
                .set(PROJECT.NAME, name).set(PROJECT.STAGE, ProjectStage.valueOf(stage)).set(PROJECT.STAGE_ENTERED_ON, LocalDate.of(2026, 5, 1))
                .execute();
        return id;
    }

    /** A company imported without a location. */
    void clearDivision(UUID id) {
        services.database().dsl().update(COMPANY).setNull(COMPANY.DIVISION_CODE).where(COMPANY.ID.eq(id)).execute();
    }

    void deleteCompany(UUID id) {
        services.database().dsl().update(COMPANY).set(COMPANY.DELETED_AT, NOW).where(COMPANY.ID.eq(id)).execute();
    }

    boolean isLeader(UUID companyId, UUID nodeId) {
        return Boolean.TRUE.equals(services.database().dsl().select(COMPANY_CHAIN_NODE.CHAIN_LEADER)
                .from(COMPANY_CHAIN_NODE).where(COMPANY_CHAIN_NODE.COMPANY_ID.eq(companyId))
                .and(COMPANY_CHAIN_NODE.NODE_ID.eq(nodeId)).fetchOne(COMPANY_CHAIN_NODE.CHAIN_LEADER));
    }

    int links(UUID nodeId) {
        return services.database().dsl().fetchCount(COMPANY_CHAIN_NODE, COMPANY_CHAIN_NODE.NODE_ID.eq(nodeId));
    }
}
