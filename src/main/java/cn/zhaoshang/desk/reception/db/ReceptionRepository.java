package cn.zhaoshang.desk.reception.db;

import static cn.zhaoshang.desk.generated.Tables.CARRIER;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.RECEPTION;
import static cn.zhaoshang.desk.generated.Tables.RECEPTION_STEP;
import static cn.zhaoshang.desk.generated.Tables.RECEPTION_STOP;
import static cn.zhaoshang.desk.generated.Tables.RECEPTION_VISITOR;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.generated.tables.records.ReceptionRecord;
import cn.zhaoshang.desk.generated.tables.records.ReceptionStepRecord;
import cn.zhaoshang.desk.generated.tables.records.ReceptionStopRecord;
import cn.zhaoshang.desk.generated.tables.records.ReceptionVisitorRecord;
import cn.zhaoshang.desk.reception.NextStep;
import cn.zhaoshang.desk.reception.Reception;
import cn.zhaoshang.desk.reception.ReceptionDraft;
import cn.zhaoshang.desk.reception.RouteStop;
import cn.zhaoshang.desk.reception.Visitor;
import cn.zhaoshang.desk.security.CompanyScope;
import cn.zhaoshang.desk.security.db.ScopeConditions;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;

/** Receptions with their visitors, route and next steps; every row through the record writer. */
public final class ReceptionRepository {
    private final Database database;
    private final RecordWriter writer;

    public ReceptionRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public UUID insert(ReceptionDraft d, UUID teamId, String by) {
        ReceptionRecord r = new ReceptionRecord();
        r.setCompanyId(d.companyId());
        r.setVisitOn(d.visitOn());
        r.setDelegation(d.delegation());
        r.setLeaders(d.leaders());
        r.setOutcome(d.outcome());
        r.setTeamId(teamId);
        r.setRecordedBy(by);
        UUID id = writer.insert(r).getId();
        int seq = 0;
        for (Visitor v : d.visitors()) {
            ReceptionVisitorRecord row = new ReceptionVisitorRecord();
            row.setReceptionId(id);
            row.setSeq(++seq);
            row.setName(v.name());
            row.setTitle(v.title());
            writer.insert(row);
        }
        seq = 0;
        for (RouteStop s : d.route()) {
            ReceptionStopRecord row = new ReceptionStopRecord();
            row.setReceptionId(id);
            row.setSeq(++seq);
            row.setCarrierId(s.carrierId());
            row.setRemarks(s.remarks());
            writer.insert(row);
        }
        seq = 0;
        for (NextStep s : d.nextSteps()) {
            ReceptionStepRecord row = new ReceptionStepRecord();
            row.setReceptionId(id);
            row.setSeq(++seq);
            row.setText(s.text());
            row.setDueOn(s.dueOn());
            writer.insert(row);
        }
        return id;
    }

    /** Marks a next step as made into a task (refused when someone did it since). */
    public void linkTask(UUID stepId, int version, UUID taskId) {
        ReceptionStepRecord r = writer.load(RECEPTION_STEP, stepId);
        r.setVersion(version);
        r.setTaskId(taskId);
        writer.update(r);
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(RECEPTION, id, version);
    }

    public Reception get(UUID id) {
        var row = database.dsl().select(RECEPTION.fields()).select(COMPANY.NAME).from(RECEPTION)
                .join(COMPANY).on(COMPANY.ID.eq(RECEPTION.COMPANY_ID))
                .where(RECEPTION.ID.eq(id)).and(RECEPTION.DELETED_AT.isNull()).fetchOptional()
                .orElseThrow(() -> new DeskException("reception.error.notFound"));
        ReceptionRecord r = row.into(RECEPTION);
        return new Reception(r.getId(), r.getVersion(), r.getCompanyId(), row.get(COMPANY.NAME), r.getVisitOn(),
                r.getDelegation(), visitors(id), r.getLeaders(), route(id), r.getOutcome(), steps(id), r.getTeamId(),
                r.getRecordedBy());
    }

    /** Receptions in [from, to] (or of one company), newest first, without their child rows. */
    public List<Reception> list(LocalDate from, LocalDate to, UUID companyId, CompanyScope scope, int limit) {
        Condition c = RECEPTION.DELETED_AT.isNull().and(ScopeConditions.visible(scope, RECEPTION.COMPANY_ID));
        if (from != null) {
            c = c.and(RECEPTION.VISIT_ON.between(from, to));
        }
        if (companyId != null) {
            c = c.and(RECEPTION.COMPANY_ID.eq(companyId));
        }
        return database.dsl().select(RECEPTION.fields()).select(COMPANY.NAME).from(RECEPTION)
                .join(COMPANY).on(COMPANY.ID.eq(RECEPTION.COMPANY_ID)).where(c)
                .orderBy(RECEPTION.VISIT_ON.desc(), RECEPTION.ID).limit(limit)
                .fetch(row -> {
                    ReceptionRecord r = row.into(RECEPTION);
                    return new Reception(r.getId(), r.getVersion(), r.getCompanyId(), row.get(COMPANY.NAME), r.getVisitOn(),
                            r.getDelegation(), List.of(), r.getLeaders(), List.of(), r.getOutcome(), List.of(), r.getTeamId(),
                            r.getRecordedBy());
                });
    }

    private List<Visitor> visitors(UUID id) {
        return database.dsl().select(RECEPTION_VISITOR.NAME, RECEPTION_VISITOR.TITLE).from(RECEPTION_VISITOR)
                .where(RECEPTION_VISITOR.RECEPTION_ID.eq(id)).and(RECEPTION_VISITOR.DELETED_AT.isNull())
                .orderBy(RECEPTION_VISITOR.SEQ).fetch(r -> new Visitor(r.value1(), r.value2()));
    }

    private List<RouteStop> route(UUID id) {
        return database.dsl().select(RECEPTION_STOP.CARRIER_ID, CARRIER.NAME, RECEPTION_STOP.REMARKS).from(RECEPTION_STOP)
                .join(CARRIER).on(CARRIER.ID.eq(RECEPTION_STOP.CARRIER_ID))
                .where(RECEPTION_STOP.RECEPTION_ID.eq(id)).and(RECEPTION_STOP.DELETED_AT.isNull())
                .orderBy(RECEPTION_STOP.SEQ).fetch(r -> new RouteStop(r.value1(), r.value2(), r.value3()));
    }

    private List<NextStep> steps(UUID id) {
        return database.dsl().selectFrom(RECEPTION_STEP).where(RECEPTION_STEP.RECEPTION_ID.eq(id))
                .and(RECEPTION_STEP.DELETED_AT.isNull()).orderBy(RECEPTION_STEP.SEQ)
                .fetch(r -> new NextStep(r.getId(), r.getVersion(), r.getText(), r.getDueOn(), r.getTaskId()));
    }

    public UUID ownerTeamOf(UUID companyId) {
        return database.dsl().select(COMPANY.OWNER_TEAM_ID).from(COMPANY).where(COMPANY.ID.eq(companyId))
                .and(COMPANY.DELETED_AT.isNull()).fetchOptional()
                .orElseThrow(() -> new DeskException("reception.error.companyRequired")).value1();
    }

    public List<Choice> carriers() {
        return database.dsl().select(CARRIER.ID, CARRIER.NAME).from(CARRIER).where(CARRIER.DELETED_AT.isNull())
                .orderBy(CARRIER.NAME).fetch(r -> new Choice(r.value1(), r.value2()));
    }
}
