package cn.zhaoshang.desk.request.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_REQUEST;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.RequestCounts;
import cn.zhaoshang.desk.request.Satisfaction;
import cn.zhaoshang.desk.security.CompanyScope;
import cn.zhaoshang.desk.security.db.ScopeConditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Counts of requests for the dashboard and briefings, and the overdue requests without a supervision task. */
public final class RequestFigures {
    /** The once-only key of the supervision task raised for an overdue request. */
    public static final String KEY_PREFIX = "request-overdue:";
    private final Database database;

    public RequestFigures(Database database) {
        this.database = database;
    }

    /** Received, closed, revisited and satisfied in [from, to]; overdue as of {@code today}; one team or all. */
    public RequestCounts counts(LocalDate from, LocalDate to, UUID teamId, LocalDate today, CompanyScope scope) {
        Condition base = COMPANY_REQUEST.DELETED_AT.isNull().and(ScopeConditions.visible(scope, COMPANY_REQUEST.COMPANY_ID))
                .and(teamId == null ? DSL.noCondition() : COMPANY_REQUEST.TEAM_ID.eq(teamId));
        var r = database.dsl().select(
                        flag(COMPANY_REQUEST.RECEIVED_ON.between(from, to)),
                        flag(COMPANY_REQUEST.CLOSED_ON.between(from, to)),
                        flag(RequestRepository.overdue(today)),
                        flag(COMPANY_REQUEST.REVISITED_ON.between(from, to)),
                        flag(COMPANY_REQUEST.REVISITED_ON.between(from, to).and(COMPANY_REQUEST.SATISFACTION.in(
                                Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED))))
                .from(COMPANY_REQUEST).where(base).fetchOne();
        return new RequestCounts(r.value1().intValue(), r.value2().intValue(), r.value3().intValue(), r.value4().intValue(),
                r.value5().intValue());
    }

    private static Field<BigDecimal> flag(Condition c) {
        return DSL.coalesce(sum(when(c, 1).otherwise(0)), DSL.inline(BigDecimal.ZERO));
    }

    /** Open requests past their deadline that have no supervision task yet (nor had one that was deleted). */
    public List<Overdue> overdueWithoutTask(LocalDate today) {
        Field<String> key = DSL.concat(DSL.inline(KEY_PREFIX), COMPANY_REQUEST.ID.cast(SQLDataType.VARCHAR(36)));
        return database.dsl().select(COMPANY_REQUEST.ID, COMPANY.NAME, COMPANY_REQUEST.COMPANY_ID, COMPANY_REQUEST.PROJECT_ID,
                        COMPANY_REQUEST.TEAM_ID, COMPANY.OWNER_PERSON_ID, COMPANY_REQUEST.CATEGORY, COMPANY_REQUEST.CONTENT,
                        COMPANY_REQUEST.DUE_ON)
                .from(COMPANY_REQUEST).join(COMPANY).on(COMPANY.ID.eq(COMPANY_REQUEST.COMPANY_ID))
                .where(COMPANY_REQUEST.DELETED_AT.isNull()).and(RequestRepository.overdue(today))
                .andNotExists(DSL.selectOne().from(TASK).where(TASK.DEADLINE_KEY.eq(key)))
                .orderBy(COMPANY_REQUEST.DUE_ON, COMPANY_REQUEST.ID)
                .fetch(r -> new Overdue(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9()));
    }

    /** An overdue request as the job needs it. */
    public record Overdue(UUID id, String companyName, UUID companyId, UUID projectId, UUID teamId, UUID ownerId,
                          RequestCategory category, String content, LocalDate dueOn) { }
}
