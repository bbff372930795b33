package cn.zhaoshang.desk.dashboard;

import static cn.zhaoshang.desk.generated.Tables.CHAIN;
import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_FUND;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static cn.zhaoshang.desk.generated.Tables.UNIT;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.chain.Segment;
import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.company.db.VisitCredit;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.task.SupervisionLevel;
import cn.zhaoshang.desk.task.TaskPriority;
import cn.zhaoshang.desk.task.TaskSource;
import cn.zhaoshang.desk.task.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * A small fixed dataset whose figures are computed by hand in {@link DashboardServiceTest}:
 * 7 projects (one deleted), 4 fund entries, 5 visits (one a correction), 5 tasks, one chain.
 * Today is 2026-06-15 (TestDatabases.CLOCK).
 */
final class DashboardFixture {
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 15, 2, 0, 0, 0, ZoneOffset.UTC);
    final UUID beijing;
    final UUID shanghai;
    final UUID guangzhou;
    final UUID industryBureau;
    final UUID xiliuhu;
    final UUID chainId = UUID.randomUUID();
    final UUID p1 = UUID.randomUUID();
    final UUID p2 = UUID.randomUUID();
    final UUID p3 = UUID.randomUUID();
    final UUID p6 = UUID.randomUUID();
    private final DSLContext dsl;

    DashboardFixture(Services services) {
        dsl = services.database().dsl();
        beijing = team("北京驻地招商小分队");
        shanghai = team("上海驻地招商小分队");
        guangzhou = team("广州驻地招商小分队");
        industryBureau = dsl.select(UNIT.ID).from(UNIT).where(UNIT.NAME.eq("区工信局")).fetchOne(UNIT.ID);
        xiliuhu = dsl.select(UNIT.ID).from(UNIT).where(UNIT.NAME.eq("西流湖街道")).fetchOne(UNIT.ID);
        UUID c1 = company("北京星河科技有限公司", beijing);
        UUID c2 = company("上海海川新材料有限公司", shanghai);
        project(p1, "星河华中总部", c1, beijing, industryBureau, "OPERATING", "RESIDENT_TEAM", null, "1000",
                d(2026, 1, 10), d(2026, 2, 1), d(2026, 3, 1), d(2026, 5, 1));
        project(p2, "星河研发中心", c2, beijing, industryBureau, "SIGNED", "REFERRAL", null, "500",
                d(2026, 6, 5), null, null, null);
        project(p3, "海川新材料基地", c2, shanghai, xiliuhu, "REGISTERED", "REFERRAL", null, "2000",
                d(2026, 4, 20), d(2026, 5, 10), null, null);
        project(UUID.randomUUID(), "海川销售中心", c2, shanghai, null, "NEGOTIATING", "EXPO", "300", null,
                null, null, null, null);
        UUID p5 = UUID.randomUUID();
        project(p5, "广州终止项目", c1, guangzhou, null, "DROPPED", "AGENT", "100", null, null, null, null, null);
        project(p6, "星河数据中心", c1, beijing, null, "REGISTERED", null, null, "800",
                d(2025, 11, 1), d(2026, 1, 15), null, null);
        UUID p7 = UUID.randomUUID();
        project(p7, "已删除项目", c1, beijing, industryBureau, "SIGNED", "RESIDENT_TEAM", null, "9999",
                d(2026, 3, 1), null, null, null);
        dsl.update(PROJECT).set(PROJECT.DELETED_AT, NOW).where(PROJECT.ID.eq(p7)).execute();
        fund(p1, d(2026, 2, 10), "300");
        fund(p1, d(2026, 6, 1), "200");
        fund(p3, d(2026, 5, 20), "500");
        fund(p6, d(2026, 3, 1), "100");
        UUID v1 = visit(c1, null, d(2026, 6, 2), null);
        visit(c2, p2, d(2026, 5, 3), null);
        visit(c2, null, d(2026, 3, 3), null);
        visit(c1, null, d(2026, 6, 3), v1);
        visit(c1, null, d(2025, 12, 1), null);
        task("督办：星河注册", "DISTRICT", "OPEN", d(2026, 6, 1), beijing);
        task("已办结督办", "DISTRICT", "DONE", d(2026, 5, 1), beijing);
        task("普通任务", null, "OPEN", d(2026, 5, 1), beijing);
        task("未到期督办", "BUREAU", "IN_PROGRESS", d(2026, 6, 20), shanghai);
        task("督办：海川开工", "BUREAU", "IN_PROGRESS", d(2026, 6, 10), shanghai);
        dsl.insertInto(CHAIN).set(CHAIN.ID, chainId).set(CHAIN.CREATED_AT, NOW).set(CHAIN.UPDATED_AT, NOW)
                .set(CHAIN.NAME, "新材料产业链").execute();
        UUID node = UUID.randomUUID();
        dsl.insertInto(CHAIN_NODE).set(CHAIN_NODE.ID, node).set(CHAIN_NODE.CREATED_AT, NOW).set(CHAIN_NODE.UPDATED_AT, NOW)
                .set(CHAIN_NODE.CHAIN_ID, chainId).set(CHAIN_NODE.SEGMENT, Segment.MIDSTREAM).set(CHAIN_NODE.NAME, "新型材料").execute();
        for (UUID p : new UUID[] {p1, p3, p5}) {
            dsl.insertInto(PROJECT_CHAIN_NODE).set(PROJECT_CHAIN_NODE.PROJECT_ID, p).set(PROJECT_CHAIN_NODE.NODE_ID, node).execute();
        }
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private UUID team(String name) {
        return dsl.select(TEAM.ID).from(TEAM).where(TEAM.NAME.eq(name)).fetchOne(TEAM.ID);
    }

    private UUID company(String name, UUID team) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(COMPANY).set(COMPANY.ID, id).set(COMPANY.CREATED_AT, NOW).set(COMPANY.UPDATED_AT, NOW)
                .set(COMPANY.NAME, name).set(COMPANY.NORMALIZED_NAME, name).set(COMPANY.PURSUIT_STATUS, PursuitStatus.FOLLOWING)
                .set(COMPANY.OWNER_TEAM_ID, team).execute();
        return id;
    }

    private void project(UUID id, String name, UUID company, UUID team, UUID unit, String stage, String channel,
                         String planned, String contract, LocalDate signed, LocalDate registered, LocalDate started,
                         LocalDate operating) {
        dsl.insertInto(PROJECT).set(PROJECT.ID, id).set(PROJECT.CREATED_AT, NOW).set(PROJECT.UPDATED_AT, NOW)
                .set(PROJECT.NAME, name).set(PROJECT.COMPANY_ID, company).set(PROJECT.TEAM_ID, team)
                .set(PROJECT.RESPONSIBLE_UNIT_ID, unit).set(PROJECT.STAGE, ProjectStage.valueOf(stage)).set(PROJECT.SOURCE_CHANNEL, channel)
                .set(PROJECT.STAGE_ENTERED_ON, d(2026, 1, 1))
                .set(PROJECT.PLANNED_INVESTMENT, planned == null ? null : new BigDecimal(planned))
                .set(PROJECT.CONTRACT_AMOUNT, contract == null ? null : new BigDecimal(contract))
                .set(PROJECT.SIGNED_ON, signed).set(PROJECT.REGISTERED_ON, registered)
                .set(PROJECT.STARTED_ON, started).set(PROJECT.OPERATING_ON, operating).execute();
    }

    private void fund(UUID project, LocalDate on, String amount) {
        dsl.insertInto(PROJECT_FUND).set(PROJECT_FUND.ID, UUID.randomUUID()).set(PROJECT_FUND.CREATED_AT, NOW)
                .set(PROJECT_FUND.UPDATED_AT, NOW).set(PROJECT_FUND.PROJECT_ID, project).set(PROJECT_FUND.RECEIVED_ON, on)
                .set(PROJECT_FUND.AMOUNT, new BigDecimal(amount)).execute();
    }

    private UUID visit(UUID company, UUID project, LocalDate on, UUID corrects) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(INTERACTION).set(INTERACTION.ID, id).set(INTERACTION.CREATED_AT, NOW).set(INTERACTION.UPDATED_AT, NOW)
                .set(INTERACTION.COMPANY_ID, company).set(INTERACTION.PROJECT_ID, project).set(INTERACTION.OCCURRED_ON, on)
                .set(INTERACTION.KIND, InteractionKind.VISIT_OUT).set(INTERACTION.SUMMARY, "拜访 " + on).set(INTERACTION.CORRECTS_ID, corrects)
                .set(INTERACTION.NEXT_STEP, "再次拜访").set(INTERACTION.NEXT_STEP_DUE_ON, on.plusDays(14))
                .set(INTERACTION.RECORDED_BY, "test").execute();
        VisitCredit.assign(dsl, INTERACTION.ID.eq(id));
        return id;
    }

    /** A recorded stage change (the fixture's projects are inserted in their stage, without history). */
    void stageMove(UUID project, String from, String to, LocalDate on) {
        dsl.insertInto(Tables.PROJECT_STAGE_HISTORY)
                .set(Tables.PROJECT_STAGE_HISTORY.ID, UUID.randomUUID())
                .set(Tables.PROJECT_STAGE_HISTORY.CREATED_AT, NOW)
                .set(Tables.PROJECT_STAGE_HISTORY.UPDATED_AT, NOW)
                .set(Tables.PROJECT_STAGE_HISTORY.PROJECT_ID, project)
                .set(Tables.PROJECT_STAGE_HISTORY.FROM_STAGE, from == null ? null : ProjectStage.valueOf(from))
                .set(Tables.PROJECT_STAGE_HISTORY.TO_STAGE, ProjectStage.valueOf(to))
                .set(Tables.PROJECT_STAGE_HISTORY.CHANGED_ON, on)
                .set(Tables.PROJECT_STAGE_HISTORY.CHANGED_BY, "test")
                .execute();
    }

    private void task(String title, String supervision, String status, LocalDate due, UUID team) {
        dsl.insertInto(TASK).set(TASK.ID, UUID.randomUUID()).set(TASK.CREATED_AT, NOW).set(TASK.UPDATED_AT, NOW)
                .set(TASK.TITLE, title).set(TASK.SUPERVISION_LEVEL, supervision == null ? null : SupervisionLevel.valueOf(supervision))
                .set(TASK.STATUS, TaskStatus.valueOf(status))
                .set(TASK.DUE_ON, due).set(TASK.TEAM_ID, team).set(TASK.PRIORITY, TaskPriority.NORMAL).set(TASK.SOURCE_KIND, TaskSource.MANUAL)
                .execute();
    }
}
