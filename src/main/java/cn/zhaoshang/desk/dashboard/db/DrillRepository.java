package cn.zhaoshang.desk.dashboard.db;

import static cn.zhaoshang.desk.dashboard.db.DashboardRepository.STAGE_NAME;
import static cn.zhaoshang.desk.dashboard.db.DashboardRepository.active;
import static cn.zhaoshang.desk.dashboard.db.DashboardRepository.teamIs;
import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_FUND;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.dashboard.DrillDown;
import cn.zhaoshang.desk.dashboard.DrillRow;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.security.db.ScopeConditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The lists behind the dashboard's figures: the same conditions as the figures, row by row. */
public final class DrillRepository {
    private final Database database;
    private final CompanyAccess access;

    /** @param access rows of companies held by another team are left out for recruiters and team leads */
    public DrillRepository(Database database, CompanyAccess access) {
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

    /** Up to {@code limit} rows behind the figure; projects newest first by the date that counted. */
    public List<DrillRow> rows(DrillDown drill, LocalDate from, LocalDate to, UUID teamId, LocalDate today, int limit) {
        if (drill.kind() == DrillDown.Kind.VISITS) {
            return visits(from, to, teamId, limit);
        }
        Field<BigDecimal> amount = coalesce(PROJECT.CONTRACT_AMOUNT, PROJECT.PLANNED_INVESTMENT);
        Field<LocalDate> date = PROJECT.STAGE_ENTERED_ON;
        Condition where = PROJECT.DELETED_AT.isNull().and(teamIs(teamId));
        switch (drill.kind()) {
            case STAGE -> where = where.and(PROJECT.ARCHIVED_AT.isNull()).and(STAGE_NAME.eq(drill.key()));
            case SIGNED, KPI_SIGNED -> {
                where = where.and(PROJECT.SIGNED_ON.between(from, to));
                date = PROJECT.SIGNED_ON;
                amount = PROJECT.CONTRACT_AMOUNT;
            }
            case UNIT_SIGNED -> {
                where = where.and(PROJECT.RESPONSIBLE_UNIT_ID.eq(UUID.fromString(drill.key())))
                        .and(PROJECT.SIGNED_ON.between(from, to));
                date = PROJECT.SIGNED_ON;
                amount = PROJECT.CONTRACT_AMOUNT;
            }
            case KPI_NOT_REGISTERED -> {
                where = where.and(PROJECT.SIGNED_ON.between(from, to)).and(PROJECT.REGISTERED_ON.isNull());
                date = PROJECT.SIGNED_ON;
            }
            case KPI_NOT_STARTED -> {
                where = where.and(PROJECT.SIGNED_ON.between(from, to)).and(PROJECT.STARTED_ON.isNull());
                date = PROJECT.SIGNED_ON;
            }
            case REGISTERED -> {
                where = where.and(PROJECT.REGISTERED_ON.between(from, to));
                date = PROJECT.REGISTERED_ON;
            }
            case STARTED -> {
                where = where.and(PROJECT.STARTED_ON.between(from, to));
                date = PROJECT.STARTED_ON;
            }
            case FUNDS -> {
                var funds = select(PROJECT_FUND.PROJECT_ID).from(PROJECT_FUND)
                        .where(PROJECT_FUND.DELETED_AT.isNull()).and(PROJECT_FUND.RECEIVED_ON.between(from, to));
                where = where.and(PROJECT.ID.in(funds));
                amount = select(sum(PROJECT_FUND.AMOUNT)).from(PROJECT_FUND)
                        .where(PROJECT_FUND.PROJECT_ID.eq(PROJECT.ID)).and(PROJECT_FUND.DELETED_AT.isNull())
                        .and(PROJECT_FUND.RECEIVED_ON.between(from, to)).asField();
                date = select(max(PROJECT_FUND.RECEIVED_ON)).from(PROJECT_FUND)
                        .where(PROJECT_FUND.PROJECT_ID.eq(PROJECT.ID)).and(PROJECT_FUND.DELETED_AT.isNull())
                        .and(PROJECT_FUND.RECEIVED_ON.between(from, to)).asField();
            }
            case CHAIN -> where = where.and(active()).and(PROJECT.ID.in(select(PROJECT_CHAIN_NODE.PROJECT_ID)
                    .from(PROJECT_CHAIN_NODE).join(CHAIN_NODE).on(CHAIN_NODE.ID.eq(PROJECT_CHAIN_NODE.NODE_ID))
                    .where(CHAIN_NODE.CHAIN_ID.eq(UUID.fromString(drill.key())))));
            case SOURCE -> where = where.and(active()).and(coalesce(PROJECT.SOURCE_CHANNEL, "OTHER").eq(drill.key()));
            default -> throw new IllegalArgumentException(drill.toString());
        }
        return database.dsl().select(PROJECT.ID, projectName(), COMPANY.NAME, STAGE_NAME, TEAM.NAME, amount, date)
                .from(PROJECT)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(PROJECT.TEAM_ID))
                .where(where).and(ScopeConditions.visible(access.scope(), PROJECT.COMPANY_ID))
                .orderBy(date.desc().nullsLast(), PROJECT.NAME).limit(limit)
                .fetch(r -> new DrillRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    private List<DrillRow> visits(LocalDate from, LocalDate to, UUID teamId, int limit) {
        Field<UUID> team = INTERACTION.TEAM_ID;
        return database.dsl().select(INTERACTION.ID, INTERACTION.SUMMARY, COMPANY.NAME, INTERACTION.KIND, TEAM.NAME,
                        INTERACTION.OCCURRED_ON)
                .from(INTERACTION)
                .join(COMPANY).on(COMPANY.ID.eq(INTERACTION.COMPANY_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(team))
                .where(INTERACTION.OCCURRED_ON.between(from, to)).and(DashboardRepository.notACorrection())
                .and(ScopeConditions.visible(access.scope(), COMPANY.ID))
                .and(teamId == null ? DSL.noCondition() : team.eq(teamId))
                .orderBy(INTERACTION.OCCURRED_ON.desc()).limit(limit)
                .fetch(r -> new DrillRow(r.value1(), r.value2(), r.value3(), r.value4().name(), r.value5(), null, r.value6()));
    }
}
