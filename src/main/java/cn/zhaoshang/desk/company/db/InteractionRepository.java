package cn.zhaoshang.desk.company.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.TASK;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.company.Interaction;
import cn.zhaoshang.desk.generated.tables.records.InteractionRecord;
import cn.zhaoshang.desk.generated.tables.records.TaskRecord;
import cn.zhaoshang.desk.task.TaskPriority;
import cn.zhaoshang.desk.task.TaskSource;
import cn.zhaoshang.desk.task.TaskStatus;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The visit and talk log (走访/洽谈记录). Entries are only ever inserted: a correction is a new row
 * whose corrects_id names the corrected one. Also makes the task for an entry's next step, in the
 * task list's own table (the task feature shows it from there).
 */
public final class InteractionRepository {
    private static final int TITLE_LENGTH = 200;
    private final Database database;
    private final RecordWriter writer;

    public InteractionRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    /** The company's log, newest first, each entry with its task and its correction, if any. */
    public List<Interaction> ofCompany(UUID companyId) {
        List<InteractionRecord> rows = database.dsl().selectFrom(INTERACTION).where(INTERACTION.COMPANY_ID.eq(companyId))
                .and(INTERACTION.DELETED_AT.isNull())
                .orderBy(INTERACTION.OCCURRED_ON.desc(), INTERACTION.CREATED_AT.desc()).fetch();
        List<UUID> ids = rows.stream().map(InteractionRecord::getId).toList();
        Map<UUID, UUID> tasks = new HashMap<>();
        if (!ids.isEmpty()) {
            database.dsl().select(TASK.INTERACTION_ID, TASK.ID).from(TASK).where(TASK.INTERACTION_ID.in(ids))
                    .and(TASK.DELETED_AT.isNull()).forEach(r -> tasks.put(r.value1(), r.value2()));
        }
        Map<UUID, UUID> correctedBy = new HashMap<>();
        rows.stream().filter(r -> r.getCorrectsId() != null)
                .sorted(Comparator.comparing(InteractionRecord::getCreatedAt))
                .forEach(r -> correctedBy.put(r.getCorrectsId(), r.getId()));
        return rows.stream().map(r -> toInteraction(r, tasks.get(r.getId()), correctedBy.get(r.getId()))).toList();
    }

    public Optional<Interaction> find(UUID id) {
        return database.dsl().selectFrom(INTERACTION).where(INTERACTION.ID.eq(id)).and(INTERACTION.DELETED_AT.isNull())
                .fetchOptional(r -> toInteraction(r, taskOf(id), null));
    }

    public Interaction append(UUID companyId, Interaction.Draft d, UUID correctsId, String recordedBy) {
        InteractionRecord r = database.dsl().newRecord(INTERACTION);
        r.setCompanyId(companyId);
        r.setOccurredOn(d.occurredOn());
        r.setKind(d.kind());
        r.setOurParticipants(d.ourParticipants());
        r.setTheirParticipants(d.theirParticipants());
        r.setSummary(d.summary());
        r.setNextStep(d.nextStep());
        r.setNextStepDueOn(d.nextStepDueOn());
        r.setCorrectsId(correctsId);
        r.setRecordedBy(recordedBy);
        InteractionRecord stored = writer.insert(r);
        VisitCredit.assign(database.dsl(), INTERACTION.ID.eq(stored.getId()));
        return toInteraction(stored, null, null);
    }

    public UUID taskOf(UUID interactionId) {
        return database.dsl().select(TASK.ID).from(TASK).where(TASK.INTERACTION_ID.eq(interactionId))
                .and(TASK.DELETED_AT.isNull()).limit(1).fetchOne(TASK.ID);
    }

    /** An open task titled by the next step, due when it is due, for the person given (if any). */
    public UUID insertTask(Interaction visit, UUID assigneePersonId) {
        UUID teamId = database.dsl().select(COMPANY.OWNER_TEAM_ID).from(COMPANY).where(COMPANY.ID.eq(visit.companyId()))
                .fetchOne(COMPANY.OWNER_TEAM_ID);
        String title = visit.nextStep().strip();
        TaskRecord t = database.dsl().newRecord(TASK);
        t.setTitle(title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH - 1) + "…" : title);
        t.setDetails(title.length() > TITLE_LENGTH ? title : null);
        t.setCompanyId(visit.companyId());
        t.setInteractionId(visit.id());
        t.setAssigneePersonId(assigneePersonId);
        t.setTeamId(teamId);
        t.setDueOn(visit.nextStepDueOn());
        t.setPriority(TaskPriority.NORMAL);
        t.setStatus(TaskStatus.OPEN);
        t.setSourceKind(TaskSource.VISIT);
        return writer.insert(t).getId();
    }

    private static Interaction toInteraction(InteractionRecord r, UUID taskId, UUID correctedById) {
        return new Interaction(r.getId(), r.getCompanyId(), r.getOccurredOn(), r.getKind(),
                r.getOurParticipants(), r.getTheirParticipants(), r.getSummary(), r.getNextStep(), r.getNextStepDueOn(),
                r.getCorrectsId(), r.getRecordedBy(), r.getCreatedAt(), taskId, correctedById);
    }
}
