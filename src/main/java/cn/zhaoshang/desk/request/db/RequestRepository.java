package cn.zhaoshang.desk.request.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_REQUEST;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_REQUEST_STEP;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.UNIT;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.generated.tables.records.CompanyRequestRecord;
import cn.zhaoshang.desk.generated.tables.records.CompanyRequestStepRecord;
import cn.zhaoshang.desk.request.CompanyRequest;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.RequestDraft;
import cn.zhaoshang.desk.request.RequestFlow;
import cn.zhaoshang.desk.request.RequestQuery;
import cn.zhaoshang.desk.request.RequestStatus;
import cn.zhaoshang.desk.request.RequestStep;
import cn.zhaoshang.desk.request.Satisfaction;
import cn.zhaoshang.desk.security.CompanyScope;
import cn.zhaoshang.desk.security.db.ScopeConditions;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/** Company requests and their steps; every write through the record writer (audited, refused when stale). */
public final class RequestRepository {
    private final Database database;
    private final RecordWriter writer;

    public RequestRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public UUID insert(RequestDraft d, UUID teamId, String by) {
        CompanyRequestRecord r = new CompanyRequestRecord();
        r.setCompanyId(d.companyId());
        r.setProjectId(d.projectId());
        r.setInteractionId(d.interactionId());
        r.setReceptionId(d.receptionId());
        r.setCategory(d.category());
        r.setContent(d.content());
        r.setUnitId(d.unitId());
        r.setTeamId(teamId);
        r.setDueOn(d.dueOn());
        r.setPromisedBy(d.promisedBy());
        r.setPromise(d.promise());
        r.setStatus(RequestStatus.RECEIVED);
        r.setReceivedOn(d.receivedOn());
        r.setRecordedBy(by);
        UUID id = writer.insert(r).getId();
        appendStep(id, new RequestFlow.Step(null, RequestStatus.RECEIVED, d.receivedOn(), null), by);
        return id;
    }

    /** Writes a checked step: the status and its dates on the request (refused when stale), one history row. */
    public void apply(UUID id, int version, RequestFlow.Step step, Satisfaction satisfaction, String by) {
        CompanyRequestRecord r = writer.load(COMPANY_REQUEST, id);
        r.setVersion(version);
        r.setStatus(step.to());
        switch (step.to()) {
            case CLOSED -> {
                r.setClosedOn(step.on());
                r.setResult(step.note());
            }
            case REVISITED -> {
                r.setRevisitedOn(step.on());
                r.setSatisfaction(satisfaction);
                r.setRevisitNote(step.note());
            }
            case IN_PROGRESS -> {
                if (step.from() != RequestStatus.RECEIVED) {   // reopened: the closing and revisit are history now
                    r.setClosedOn(null);
                    r.setRevisitedOn(null);
                    r.setSatisfaction(null);
                }
            }
            default -> { }
        }
        writer.update(r);
        appendStep(id, step, by);
    }

    private void appendStep(UUID requestId, RequestFlow.Step step, String by) {
        CompanyRequestStepRecord s = new CompanyRequestStepRecord();
        s.setRequestId(requestId);
        s.setStepOn(step.on());
        s.setFromStatus(step.from());
        s.setToStatus(step.to());
        s.setNote(step.note());
        s.setDoneBy(by);
        writer.insert(s);
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(COMPANY_REQUEST, id, version);
    }

    public CompanyRequest get(UUID id, boolean realNames) {
        return select(realNames).where(COMPANY_REQUEST.ID.eq(id)).and(COMPANY_REQUEST.DELETED_AT.isNull())
                .fetchOptional(RequestRepository::toRequest)
                .orElseThrow(() -> new DeskException("request.error.notFound"));
    }

    /** Requests under the query, overdue first then by deadline; only those of companies the scope may read. */
    public List<CompanyRequest> list(RequestQuery q, LocalDate today, CompanyScope scope, boolean realNames, int limit) {
        return select(realNames).where(conditions(q, today)).and(ScopeConditions.visible(scope, COMPANY_REQUEST.COMPANY_ID))
                .orderBy(DSL.when(COMPANY_REQUEST.STATUS.in(open()), 0).otherwise(1),
                        COMPANY_REQUEST.DUE_ON.asc().nullsLast(), COMPANY_REQUEST.RECEIVED_ON.desc(), COMPANY_REQUEST.ID)
                .limit(limit).fetch(RequestRepository::toRequest);
    }

    public int count(RequestQuery q, LocalDate today, CompanyScope scope) {
        return database.dsl().fetchCount(database.dsl().selectOne().from(COMPANY_REQUEST).where(conditions(q, today))
                .and(ScopeConditions.visible(scope, COMPANY_REQUEST.COMPANY_ID)));
    }

    public List<RequestStep> steps(UUID requestId) {
        return database.dsl().selectFrom(COMPANY_REQUEST_STEP).where(COMPANY_REQUEST_STEP.REQUEST_ID.eq(requestId))
                .and(COMPANY_REQUEST_STEP.DELETED_AT.isNull())
                .orderBy(COMPANY_REQUEST_STEP.STEP_ON, COMPANY_REQUEST_STEP.CREATED_AT, COMPANY_REQUEST_STEP.ID)
                .fetch(s -> new RequestStep(s.getId(), s.getStepOn(),
                        s.getFromStatus(),
                        s.getToStatus(), s.getNote(), s.getDoneBy()));
    }

    /** The company's owner team (the request is credited to it) and whether the company exists. */
    public UUID ownerTeamOf(UUID companyId) {
        var row = database.dsl().select(COMPANY.OWNER_TEAM_ID).from(COMPANY).where(COMPANY.ID.eq(companyId))
                .and(COMPANY.DELETED_AT.isNull()).fetchOptional()
                .orElseThrow(() -> new DeskException("request.error.companyRequired"));
        return row.value1();
    }

    public String companyName(UUID companyId) {
        return database.dsl().select(COMPANY.NAME).from(COMPANY).where(COMPANY.ID.eq(companyId)).fetchOptional(COMPANY.NAME)
                .orElseThrow(() -> new DeskException("request.error.companyRequired"));
    }

    public List<Choice> units() {
        return database.dsl().select(UNIT.ID, UNIT.NAME).from(UNIT).where(UNIT.DELETED_AT.isNull()).orderBy(UNIT.NAME)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    public List<Choice> projectsOf(UUID companyId, boolean realNames) {
        return database.dsl().select(PROJECT.ID, projectName(realNames)).from(PROJECT).where(PROJECT.COMPANY_ID.eq(companyId))
                .and(PROJECT.DELETED_AT.isNull()).orderBy(PROJECT.NAME).fetch(r -> new Choice(r.value1(), r.value2()));
    }

    static Condition conditions(RequestQuery q, LocalDate today) {
        Condition c = COMPANY_REQUEST.DELETED_AT.isNull();
        if (q.unitId() != null) {
            c = c.and(COMPANY_REQUEST.UNIT_ID.eq(q.unitId()));
        }
        if (q.category() != null) {
            c = c.and(COMPANY_REQUEST.CATEGORY.eq(q.category()));
        }
        if (q.status() != null) {
            c = c.and(COMPANY_REQUEST.STATUS.eq(q.status()));
        }
        if (q.overdueOnly()) {
            c = c.and(overdue(today));
        }
        if (q.companyId() != null) {
            c = c.and(COMPANY_REQUEST.COMPANY_ID.eq(q.companyId()));
        }
        if (q.projectId() != null) {
            c = c.and(COMPANY_REQUEST.PROJECT_ID.eq(q.projectId()));
        }
        return c;
    }

    /** Open and past the deadline (a request due today is not overdue yet). */
    static Condition overdue(LocalDate today) {
        return COMPANY_REQUEST.STATUS.in(open()).and(COMPANY_REQUEST.DUE_ON.lt(today));
    }

    static List<RequestStatus> open() {
        return List.of(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS);
    }

    /** A confidential project's code name for those who may not read the real one. */
    static Field<String> projectName(boolean realNames) {
        return realNames ? PROJECT.NAME : DSL.when(PROJECT.CODE_NAME.isNotNull().and(PROJECT.CODE_NAME.ne("")), PROJECT.CODE_NAME)
                .otherwise(PROJECT.NAME);
    }

    private SelectOnConditionStep<Record> select(boolean realNames) {
        return database.dsl().select(COMPANY_REQUEST.fields()).select(COMPANY.NAME, projectName(realNames).as("project_name"),
                        UNIT.NAME.as("unit_name"))
                .from(COMPANY_REQUEST).join(COMPANY).on(COMPANY.ID.eq(COMPANY_REQUEST.COMPANY_ID))
                .leftJoin(PROJECT).on(PROJECT.ID.eq(COMPANY_REQUEST.PROJECT_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(COMPANY_REQUEST.UNIT_ID));
    }

    private static CompanyRequest toRequest(Record row) {
        CompanyRequestRecord r = row.into(COMPANY_REQUEST);
        return new CompanyRequest(r.getId(), r.getVersion(), r.getCompanyId(), row.get(COMPANY.NAME), r.getProjectId(),
                row.get("project_name", String.class), r.getInteractionId(), r.getReceptionId(),
                r.getCategory(), r.getContent(), r.getUnitId(), row.get("unit_name", String.class),
                r.getTeamId(), r.getDueOn(), r.getPromisedBy(), r.getPromise(), r.getStatus(),
                r.getReceivedOn(), r.getClosedOn(), r.getResult(), r.getRevisitedOn(),
                r.getSatisfaction(), r.getRevisitNote(),
                r.getRecordedBy());
    }
}
