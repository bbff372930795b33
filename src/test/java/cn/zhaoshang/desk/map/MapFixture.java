package cn.zhaoshang.desk.map;

import static cn.zhaoshang.desk.generated.Tables.CHAIN;
import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.TEAM;

import cn.zhaoshang.desk.chain.Segment;
import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.project.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Companies spread over China for the map: 郑州 (3, two of the 北京 team), 洛阳 1, 济源 1 (a county-level city
 * drawn on its own), 北京朝阳 2, 三沙 1 (in 海南 but on no prefecture of the map), one without a place.
 * Visits: three in 2026 (one a correction, so two count), one in 2025. Projects: 郑州 signed 2026 (800 万元) and
 * negotiating; 北京 signed 2025 (500 万元); one dropped in 洛阳. Chain 新能源 tags the 洛阳 company only.
 */
final class MapFixture {
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 15, 2, 0, 0, 0, ZoneOffset.UTC);
    final UUID beijing;
    final UUID chain = UUID.randomUUID();
    final UUID zhengzhou1;
    private final DSLContext dsl;

    MapFixture(Services services) {
        dsl = services.database().dsl();
        beijing = dsl.select(TEAM.ID).from(TEAM).where(TEAM.NAME.eq("北京驻地招商小分队")).fetchOne(TEAM.ID);
        zhengzhou1 = company("郑州甲科技有限公司", "410102", beijing);
        UUID zhengzhou2 = company("郑州乙科技有限公司", "410105", beijing);
        company("郑州丙商贸有限公司", "410102", null);
        UUID luoyang = company("洛阳丁能源有限公司", "410305", null);
        company("济源戊钢铁有限公司", "419001", null);
        UUID chaoyang = company("北京己信息技术有限公司", "110105", null);
        company("北京庚文化有限公司", "110108", null);
        company("三沙辛渔业有限公司", "460300", null);
        company("无地址壬有限公司", null, null);
        visit(zhengzhou1, LocalDate.of(2026, 3, 2), null);
        UUID v = visit(chaoyang, LocalDate.of(2026, 5, 6), null);
        visit(chaoyang, LocalDate.of(2026, 5, 7), v);
        visit(luoyang, LocalDate.of(2026, 6, 1), null);
        visit(zhengzhou2, LocalDate.of(2025, 12, 1), null);
        project("郑州总部项目", zhengzhou1, beijing, "SIGNED", "800", LocalDate.of(2026, 4, 1));
        project("郑州研发中心", zhengzhou2, beijing, "NEGOTIATING", null, null);
        project("北京分部项目", chaoyang, null, "REGISTERED", "500", LocalDate.of(2025, 10, 1));
        project("洛阳终止项目", luoyang, null, "DROPPED", null, null);
        dsl.insertInto(CHAIN).set(CHAIN.ID, chain).set(CHAIN.CREATED_AT, NOW).set(CHAIN.UPDATED_AT, NOW)
                .set(CHAIN.NAME, "测试新能源链").set(CHAIN.SORT_ORDER, 99).execute();
        UUID node = UUID.randomUUID();
        dsl.insertInto(CHAIN_NODE).set(CHAIN_NODE.ID, node).set(CHAIN_NODE.CREATED_AT, NOW).set(CHAIN_NODE.UPDATED_AT, NOW)
                .set(CHAIN_NODE.CHAIN_ID, chain).set(CHAIN_NODE.SEGMENT, Segment.MIDSTREAM).set(CHAIN_NODE.NAME, "储能")
                .set(CHAIN_NODE.SORT_ORDER, 1).execute();
        dsl.insertInto(COMPANY_CHAIN_NODE).set(COMPANY_CHAIN_NODE.COMPANY_ID, luoyang).set(COMPANY_CHAIN_NODE.NODE_ID, node).execute();
    }

    private UUID company(String name, String division, UUID team) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(COMPANY).set(COMPANY.ID, id).set(COMPANY.CREATED_AT, NOW).set(COMPANY.UPDATED_AT, NOW)
                .set(COMPANY.NAME, name).set(COMPANY.NORMALIZED_NAME, name).set(COMPANY.PURSUIT_STATUS, PursuitStatus.FOLLOWING)
                .set(COMPANY.DIVISION_CODE, division).set(COMPANY.OWNER_TEAM_ID, team).execute();
        return id;
    }

    private UUID visit(UUID company, LocalDate on, UUID corrects) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(INTERACTION).set(INTERACTION.ID, id).set(INTERACTION.CREATED_AT, NOW).set(INTERACTION.UPDATED_AT, NOW)
                .set(INTERACTION.COMPANY_ID, company).set(INTERACTION.OCCURRED_ON, on).set(INTERACTION.KIND, InteractionKind.VISIT_OUT)
                .set(INTERACTION.SUMMARY, "拜访").set(INTERACTION.CORRECTS_ID, corrects).set(INTERACTION.RECORDED_BY, "test")
                .execute();
        return id;
    }

    private void project(String name, UUID company, UUID team, String stage, String contract, LocalDate signed) {
        dsl.insertInto(PROJECT).set(PROJECT.ID, UUID.randomUUID()).set(PROJECT.CREATED_AT, NOW).set(PROJECT.UPDATED_AT, NOW)
                .set(PROJECT.NAME, name).set(PROJECT.COMPANY_ID, company).set(PROJECT.TEAM_ID, team).set(PROJECT.STAGE, ProjectStage.valueOf(stage))
                .set(PROJECT.STAGE_ENTERED_ON, LocalDate.of(2026, 1, 1))
                .set(PROJECT.CONTRACT_AMOUNT, contract == null ? null : new BigDecimal(contract)).set(PROJECT.SIGNED_ON, signed)
                .execute();
    }
}
