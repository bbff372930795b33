package cn.zhaoshang.desk.event.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.FIELD_EVENT;
import static cn.zhaoshang.desk.generated.Tables.FIELD_EVENT_COMPANY;
import static cn.zhaoshang.desk.generated.Tables.FIELD_EVENT_SIGNING;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.event.EventDraft;
import cn.zhaoshang.desk.event.FieldEvent;
import cn.zhaoshang.desk.event.Invitee;
import cn.zhaoshang.desk.event.Signing;
import cn.zhaoshang.desk.generated.tables.records.FieldEventCompanyRecord;
import cn.zhaoshang.desk.generated.tables.records.FieldEventRecord;
import cn.zhaoshang.desk.generated.tables.records.FieldEventSigningRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Events, their invited companies and the projects signed at them; every row through the record writer. */
public final class EventRepository {
    private final Database database;
    private final RecordWriter writer;

    public EventRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public UUID insert(EventDraft d, String by) {
        FieldEventRecord r = new FieldEventRecord();
        r.setKind(d.kind());
        r.setName(d.name());
        r.setHeldOn(d.heldOn());
        r.setCity(d.city());
        r.setVenue(d.venue());
        r.setNotes(d.notes());
        r.setRecordedBy(by);
        return writer.insert(r).getId();
    }

    public void invite(UUID eventId, UUID companyId, boolean attended) {
        FieldEventCompanyRecord r = new FieldEventCompanyRecord();
        r.setEventId(eventId);
        r.setCompanyId(companyId);
        r.setAttended(attended);
        writer.insert(r);
    }

    public Optional<Invitee> invitee(UUID eventId, UUID companyId) {
        return invitees(eventId, true).stream().filter(i -> i.companyId().equals(companyId)).findFirst();
    }

    public void setAttendance(UUID inviteeId, int version, boolean attended, String representative) {
        FieldEventCompanyRecord r = writer.load(FIELD_EVENT_COMPANY, inviteeId);
        r.setVersion(version);
        r.setAttended(attended);
        r.setRepresentative(representative);
        writer.update(r);
    }

    public void sign(UUID eventId, UUID projectId, BigDecimal amount) {
        FieldEventSigningRecord r = new FieldEventSigningRecord();
        r.setEventId(eventId);
        r.setProjectId(projectId);
        r.setContractAmount(amount);
        writer.insert(r);
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(FIELD_EVENT, id, version);
    }

    public FieldEvent get(UUID id, boolean realNames) {
        FieldEventRecord r = database.dsl().selectFrom(FIELD_EVENT).where(FIELD_EVENT.ID.eq(id))
                .and(FIELD_EVENT.DELETED_AT.isNull()).fetchOptional()
                .orElseThrow(() -> new DeskException("event.error.notFound"));
        return toEvent(r, invitees(id, true), signings(id, realNames));
    }

    /** Events in [from, to], by day, without their lists. */
    public List<FieldEvent> list(LocalDate from, LocalDate to, int limit) {
        return database.dsl().selectFrom(FIELD_EVENT).where(FIELD_EVENT.DELETED_AT.isNull())
                .and(FIELD_EVENT.HELD_ON.between(from, to)).orderBy(FIELD_EVENT.HELD_ON.desc(), FIELD_EVENT.ID).limit(limit)
                .fetch(r -> toEvent(r, List.of(), List.of()));
    }

    public List<Invitee> invitees(UUID eventId, boolean all) {
        return database.dsl().select(FIELD_EVENT_COMPANY.ID, FIELD_EVENT_COMPANY.VERSION, FIELD_EVENT_COMPANY.COMPANY_ID,
                        COMPANY.NAME, FIELD_EVENT_COMPANY.ATTENDED, FIELD_EVENT_COMPANY.REPRESENTATIVE)
                .from(FIELD_EVENT_COMPANY).join(COMPANY).on(COMPANY.ID.eq(FIELD_EVENT_COMPANY.COMPANY_ID))
                .where(FIELD_EVENT_COMPANY.EVENT_ID.eq(eventId)).and(FIELD_EVENT_COMPANY.DELETED_AT.isNull())
                .and(all ? DSL.noCondition() : FIELD_EVENT_COMPANY.ATTENDED.isTrue())
                .orderBy(COMPANY.NAME).fetch(r -> new Invitee(r.value1(), r.value2(), r.value3(), r.value4(),
                        Boolean.TRUE.equals(r.value5()), r.value6()));
    }

    private List<Signing> signings(UUID eventId, boolean realNames) {
        Field<String> name = realNames ? PROJECT.NAME
                : DSL.when(PROJECT.CODE_NAME.isNotNull().and(PROJECT.CODE_NAME.ne("")), PROJECT.CODE_NAME).otherwise(PROJECT.NAME);
        return database.dsl().select(FIELD_EVENT_SIGNING.PROJECT_ID, name, COMPANY.NAME, FIELD_EVENT_SIGNING.CONTRACT_AMOUNT)
                .from(FIELD_EVENT_SIGNING).join(PROJECT).on(PROJECT.ID.eq(FIELD_EVENT_SIGNING.PROJECT_ID))
                .leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .where(FIELD_EVENT_SIGNING.EVENT_ID.eq(eventId)).and(FIELD_EVENT_SIGNING.DELETED_AT.isNull())
                .orderBy(FIELD_EVENT_SIGNING.CREATED_AT).fetch(r -> new Signing(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The project's company (null when it has none) and whether the project exists. */
    public Optional<UUID> companyOfProject(UUID projectId) {
        return database.dsl().select(PROJECT.COMPANY_ID).from(PROJECT).where(PROJECT.ID.eq(projectId))
                .and(PROJECT.DELETED_AT.isNull()).fetchOptional().map(r -> r.value1());
    }

    /** Unsigned live projects whose name contains the text (the signing picker), with their companies. */
    public List<ProjectChoice> unsignedProjects(String text, boolean realNames, int limit) {
        Field<String> name = realNames ? PROJECT.NAME
                : DSL.when(PROJECT.CODE_NAME.isNotNull().and(PROJECT.CODE_NAME.ne("")), PROJECT.CODE_NAME).otherwise(PROJECT.NAME);
        return database.dsl().select(PROJECT.ID, name, PROJECT.COMPANY_ID, COMPANY.NAME).from(PROJECT)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .where(PROJECT.DELETED_AT.isNull()).and(PROJECT.ARCHIVED_AT.isNull()).and(PROJECT.SIGNED_ON.isNull())
                .and(name.contains(text)).orderBy(PROJECT.NAME).limit(limit)
                .fetch(r -> new ProjectChoice(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** A project to sign: id, name (as the viewer may read it), company. */
    public record ProjectChoice(UUID id, String name, UUID companyId, String companyName) { }

    private static FieldEvent toEvent(FieldEventRecord r, List<Invitee> invitees, List<Signing> signings) {
        return new FieldEvent(r.getId(), r.getVersion(), r.getKind(), r.getName(), r.getHeldOn(),
                r.getCity(), r.getVenue(), r.getNotes(), invitees, signings, r.getRecordedBy());
    }
}
