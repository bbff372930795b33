package cn.zhaoshang.desk.dashboard.db;

import static cn.zhaoshang.desk.dashboard.db.DashboardRepository.STAGE_NAME;
import static cn.zhaoshang.desk.dashboard.db.DashboardRepository.teamIs;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_FUND;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_STAGE_HISTORY;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static cn.zhaoshang.desk.generated.Tables.UNIT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.sum;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.EnumColumns;
import cn.zhaoshang.desk.dashboard.LedgerRow;
import cn.zhaoshang.desk.dashboard.ReportLine;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.security.db.ScopeConditions;
import cn.zhaoshang.desk.task.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The briefing's lists (stage moves, coming visits and due tasks) and the project ledger. */
public final class ReportRepository {
    private final Database database;
    private final CompanyAccess access;

    /** @param access rows of companies held by another team are left out for recruiters and team leads */
    public ReportRepository(Database database, CompanyAccess access) {
        this.database = database;
        this.access = access;
    }

    /** Project names as the person working now may read them: a confidential project's code name otherwise. */
    private Field<String> projectName() {
        if (access.policy().maySeeConfidentialNames()) {
            return PROJECT.NAME;
        }
        return DSL.when(PROJECT.CODE_NAME.isNotNull().and(PROJECT.CODE_NAME.ne("")), PROJECT.CODE_NAME)
                .otherwise(PROJECT.NAME);
    }

    /** Stage changes recorded in [from, to]: subject = project, text = "FROM→TO" (stage names). */
    public List<ReportLine> stageMoves(LocalDate from, LocalDate to, UUID teamId) {
        return database.dsl().select(PROJECT_STAGE_HISTORY.CHANGED_ON, projectName(),
                        EnumColumns.names(PROJECT_STAGE_HISTORY.FROM_STAGE),
                        EnumColumns.names(PROJECT_STAGE_HISTORY.TO_STAGE))
                .from(PROJECT_STAGE_HISTORY).join(PROJECT).on(PROJECT.ID.eq(PROJECT_STAGE_HISTORY.PROJECT_ID))
                .where(PROJECT_STAGE_HISTORY.CHANGED_ON.between(from, to)).and(PROJECT.DELETED_AT.isNull())
                .and(PROJECT_STAGE_HISTORY.DELETED_AT.isNull()).and(teamIs(teamId))
                .and(ScopeConditions.visible(access.scope(), PROJECT.COMPANY_ID))
                .orderBy(PROJECT_STAGE_HISTORY.CHANGED_ON, PROJECT.NAME).limit(500)
                .fetch(r -> new ReportLine(r.value1(), r.value2(), (r.value3() == null ? "" : r.value3()) + "→" + r.value4()));
    }

    /** Next steps of visits and open tasks falling due in [from, to]. */
    public List<ReportLine> upcoming(LocalDate from, LocalDate to, UUID teamId) {
        Field<UUID> visitTeam = coalesce(PROJECT.TEAM_ID, COMPANY.OWNER_TEAM_ID);
        List<ReportLine> lines = new ArrayList<>(database.dsl()
                .select(INTERACTION.NEXT_STEP_DUE_ON, COMPANY.NAME, INTERACTION.NEXT_STEP)
                .from(INTERACTION).join(COMPANY).on(COMPANY.ID.eq(INTERACTION.COMPANY_ID))
                .leftJoin(PROJECT).on(PROJECT.ID.eq(INTERACTION.PROJECT_ID))
                .where(INTERACTION.NEXT_STEP_DUE_ON.between(from, to)).and(INTERACTION.DELETED_AT.isNull())
                .and(INTERACTION.NEXT_STEP.isNotNull()).and(ScopeConditions.visible(access.scope(), COMPANY.ID))
                .and(teamId == null ? noCondition() : visitTeam.eq(teamId))
                .orderBy(INTERACTION.NEXT_STEP_DUE_ON).limit(300)
                .fetch(r -> new ReportLine(r.value1(), r.value2(), r.value3())));
        lines.addAll(database.dsl().select(TASK.DUE_ON, TASK.TITLE).from(TASK)
                .where(TASK.DUE_ON.between(from, to)).and(TASK.STATUS.in(TaskStatus.OPEN, TaskStatus.IN_PROGRESS)).and(TASK.DELETED_AT.isNull())
                .and(teamId == null ? noCondition() : TASK.TEAM_ID.eq(teamId))
                .orderBy(TASK.DUE_ON).limit(300)
                .fetch(r -> new ReportLine(r.value1(), r.value2(), null)));
        lines.sort(Comparator.comparing(ReportLine::date));
        return lines;
    }

    /** A division's name (the office's district for a briefing's masthead), "" when unknown. */
    public String divisionName(String code) {
        var division = Tables.DIVISION;
        String name = database.dsl().select(division.NAME).from(division)
                .where(division.CODE.eq(code)).fetchOne(division.NAME);
        return name == null ? "" : name;
    }

    /** Every live project, by name; funds summed over all receipts. */
    public List<LedgerRow> ledger(UUID teamId) {
        var funds = database.dsl().select(PROJECT_FUND.PROJECT_ID, sum(PROJECT_FUND.AMOUNT).as("total")).from(PROJECT_FUND)
                .where(PROJECT_FUND.DELETED_AT.isNull()).groupBy(PROJECT_FUND.PROJECT_ID).asTable("f");
        return database.dsl().select(projectName(), COMPANY.NAME, STAGE_NAME, TEAM.NAME, UNIT.NAME, PROJECT.SOURCE_CHANNEL,
                        PROJECT.PLANNED_INVESTMENT, PROJECT.CONTRACT_AMOUNT, funds.field("total", BigDecimal.class),
                        PROJECT.SIGNED_ON, PROJECT.REGISTERED_ON, PROJECT.STARTED_ON, PROJECT.OPERATING_ON, PROJECT.LEADER_IN_CHARGE)
                .from(PROJECT)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(PROJECT.TEAM_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(PROJECT.RESPONSIBLE_UNIT_ID))
                .leftJoin(funds).on(funds.field(PROJECT_FUND.PROJECT_ID).eq(PROJECT.ID))
                .where(PROJECT.DELETED_AT.isNull()).and(teamIs(teamId))
                .and(ScopeConditions.visible(access.scope(), PROJECT.COMPANY_ID))
                .orderBy(PROJECT.NAME, PROJECT.ID)
                .fetch(r -> new LedgerRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(), r.value14()));
    }
}
