package cn.zhaoshang.desk.company.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.select;

import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Who a visit counts for (decision 0041): the project's team, else the company's owner team, and the
 * project's responsible unit, as they are when the visit is recorded. Written once onto the visit, so
 * a later change of owner does not move past visits between teams on the dashboard.
 */
public final class VisitCredit {
    private VisitCredit() {
    }

    /** Credits the not yet credited visits that match {@code which}; returns how many were credited. */
    public static int assign(DSLContext dsl, Condition which) {
        return dsl.update(INTERACTION)
                .set(INTERACTION.TEAM_ID, coalesce(
                        select(PROJECT.TEAM_ID).from(PROJECT).where(PROJECT.ID.eq(INTERACTION.PROJECT_ID)).<UUID>asField(),
                        select(COMPANY.OWNER_TEAM_ID).from(COMPANY).where(COMPANY.ID.eq(INTERACTION.COMPANY_ID)).<UUID>asField()))
                .set(INTERACTION.UNIT_ID, select(PROJECT.RESPONSIBLE_UNIT_ID).from(PROJECT)
                        .where(PROJECT.ID.eq(INTERACTION.PROJECT_ID)))
                .where(which).and(INTERACTION.TEAM_ID.isNull()).and(INTERACTION.UNIT_ID.isNull())
                .execute();
    }
}
