package cn.zhaoshang.desk.project.db;

import static cn.zhaoshang.desk.generated.Tables.APP_USER;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_STAGE_HISTORY;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.generated.tables.records.ProjectRecord;
import cn.zhaoshang.desk.generated.tables.records.ProjectStageHistoryRecord;
import cn.zhaoshang.desk.project.HistoryDetails;
import cn.zhaoshang.desk.project.Project;
import cn.zhaoshang.desk.project.ProjectDraft;
import cn.zhaoshang.desk.project.ProjectSnapshot;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.ProjectVisibility;
import cn.zhaoshang.desk.project.StageChange;
import cn.zhaoshang.desk.project.StageHistoryEntry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;

/** Project rows, their chain nodes and their stage history; writes go through {@link RecordWriter}. */
public final class ProjectRepository {
    private final Database database;
    private final RecordWriter writer;
    private final AuditLog audit;

    public ProjectRepository(Database database, RecordWriter writer, AuditLog audit) {
        this.database = database;
        this.writer = writer;
        this.audit = audit;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    private ProjectRecord record(UUID id) {
        ProjectRecord r = dsl().selectFrom(PROJECT).where(PROJECT.ID.eq(id)).and(PROJECT.DELETED_AT.isNull()).fetchOne();
        if (r == null) {
            throw new DeskException("project.error.notFound");
        }
        return r;
    }

    public Project details(UUID id, boolean realNames) {
        ProjectRecord r = record(id);
        String companyName = r.getCompanyId() == null ? null
                : dsl().select(COMPANY.NAME).from(COMPANY).where(COMPANY.ID.eq(r.getCompanyId())).fetchOne(COMPANY.NAME);
        boolean hidden = !realNames && ProjectVisibility.isConfidential(r.getCodeName());
        return new Project(r.getId(), r.getVersion(), hidden ? null : r.getName(), r.getCodeName(),
                ProjectVisibility.shownName(r.getName(), r.getCodeName(), realNames), r.getCompanyId(), companyName,
                r.getIndustryCode(), chainNodes(id), r.getPlannedInvestment(), r.getContractAmount(), r.getCarrierId(),
                r.getResponsibleUnitId(), r.getLeaderInCharge(), r.getTeamId(), Boolean.TRUE.equals(r.getMajor()),
                r.getStage(), r.getStageEnteredOn(), r.getSignedOn(), r.getRegisteredOn(),
                r.getLocalUscc(), r.getStartedOn(), r.getOperatingOn(), r.getDropReason(), r.getArchivedAt(), r.getNotes());
    }

    public List<UUID> chainNodes(UUID projectId) {
        return dsl().select(PROJECT_CHAIN_NODE.NODE_ID).from(PROJECT_CHAIN_NODE)
                .where(PROJECT_CHAIN_NODE.PROJECT_ID.eq(projectId)).orderBy(PROJECT_CHAIN_NODE.NODE_ID)
                .fetch(PROJECT_CHAIN_NODE.NODE_ID);
    }

    public ProjectSnapshot snapshot(UUID id) {
        ProjectRecord r = record(id);
        ProjectStage stage = r.getStage();
        ProjectStage before = null;
        if (stage.isSide()) {
            // The stage it left for the side state: the latest history row that entered it.
            before = dsl().select(PROJECT_STAGE_HISTORY.FROM_STAGE).from(PROJECT_STAGE_HISTORY)
                    .where(PROJECT_STAGE_HISTORY.PROJECT_ID.eq(id)).and(PROJECT_STAGE_HISTORY.TO_STAGE.eq(stage))
                    .orderBy(PROJECT_STAGE_HISTORY.CREATED_AT.desc(), PROJECT_STAGE_HISTORY.CHANGED_ON.desc())
                    .limit(1).fetchOne(PROJECT_STAGE_HISTORY.FROM_STAGE);
        }
        return new ProjectSnapshot(r.getId(), r.getVersion(), stage, r.getStageEnteredOn(), r.getSignedOn(),
                r.getContractAmount(), r.getRegisteredOn(), r.getLocalUscc(), r.getStartedOn(), r.getOperatingOn(),
                r.getDropReason(), r.getArchivedAt() != null, before);
    }

    public UUID insert(ProjectDraft draft, ProjectStage stage, LocalDate enteredOn) {
        ProjectRecord r = dsl().newRecord(PROJECT);
        fill(r, draft);
        r.setStage(stage);
        r.setStageEnteredOn(enteredOn);
        writer.insert(r);
        replaceChainNodes(r.getId(), draft.chainNodeIds(), false);
        return r.getId();
    }

    public void update(UUID id, int version, ProjectDraft draft) {
        ProjectRecord r = record(id);
        if (draft.name() == null) {
            draft = new ProjectDraft(r.getName(), draft.codeName(), draft.companyId(), draft.industryCode(),
                    draft.chainNodeIds(), draft.plannedInvestment(), draft.contractAmount(), draft.carrierId(),
                    draft.unitId(), draft.leaderInCharge(), draft.teamId(), draft.major(), draft.notes());
        }
        fill(r, draft);
        r.setVersion(version);
        writer.update(r);
        replaceChainNodes(id, draft.chainNodeIds(), true);
    }

    private static void fill(ProjectRecord r, ProjectDraft d) {
        r.setName(d.name());
        r.setCodeName(d.codeName());
        r.setCompanyId(d.companyId());
        r.setIndustryCode(d.industryCode());
        r.setPlannedInvestment(d.plannedInvestment());
        r.setContractAmount(d.contractAmount());
        r.setCarrierId(d.carrierId());
        r.setResponsibleUnitId(d.unitId());
        r.setLeaderInCharge(d.leaderInCharge());
        r.setTeamId(d.teamId());
        r.setMajor(d.major());
        r.setNotes(d.notes());
    }

    /** The node links are a plain link table; their change is audited on the project. */
    private void replaceChainNodes(UUID projectId, List<UUID> nodes, boolean audited) {
        List<UUID> before = chainNodes(projectId);
        List<UUID> after = nodes.stream().distinct().sorted().toList();
        if (before.equals(after)) {
            return;
        }
        dsl().deleteFrom(PROJECT_CHAIN_NODE).where(PROJECT_CHAIN_NODE.PROJECT_ID.eq(projectId)).execute();
        for (UUID node : after) {
            dsl().insertInto(PROJECT_CHAIN_NODE).set(PROJECT_CHAIN_NODE.PROJECT_ID, projectId)
                    .set(PROJECT_CHAIN_NODE.NODE_ID, node).execute();
        }
        database.recordChange(PROJECT_CHAIN_NODE.getName(), ChangeKind.UPDATE, List.of(projectId));
        if (audited || !after.isEmpty()) {
            audit.record(AuditLog.Action.UPDATE, PROJECT.getName(), projectId, Map.of("chain_nodes",
                    new FieldChange(before.isEmpty() ? null : before.toString(), after.isEmpty() ? null : after.toString())));
        }
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(PROJECT, id, version);
    }

    public void setArchived(UUID id, int version, OffsetDateTime archivedAt) {
        ProjectRecord r = record(id);
        r.setArchivedAt(archivedAt);
        r.setVersion(version);
        writer.update(r);
    }

    /** Writes the new stage columns (refused if the project changed since {@code version}). */
    public void applyStage(UUID id, int version, StageChange change) {
        ProjectRecord r = record(id);
        r.setStage(change.stage());
        r.setStageEnteredOn(change.enteredOn());
        r.setSignedOn(change.signedOn());
        r.setContractAmount(change.contractAmount());
        r.setRegisteredOn(change.registeredOn());
        r.setLocalUscc(change.localUscc());
        r.setStartedOn(change.startedOn());
        r.setOperatingOn(change.operatingOn());
        r.setDropReason(change.dropReason());
        r.setVersion(version);
        writer.update(r);
    }

    /** Appends a history row; history rows are never updated. */
    public void appendHistory(UUID projectId, ProjectStage from, ProjectStage to, LocalDate changedOn, String reason,
                              String details) {
        ProjectStageHistoryRecord h = dsl().newRecord(PROJECT_STAGE_HISTORY);
        h.setProjectId(projectId);
        h.setFromStage(from);
        h.setToStage(to);
        h.setChangedOn(changedOn);
        h.setChangedBy(audit.userName());
        h.setReason(reason);
        h.setDetails(details);
        writer.insert(h);
    }

    /** The history, oldest first; "who" is the user's display name where the user is known. */
    public List<StageHistoryEntry> history(UUID projectId) {
        return dsl().select(PROJECT_STAGE_HISTORY.ID, PROJECT_STAGE_HISTORY.FROM_STAGE, PROJECT_STAGE_HISTORY.TO_STAGE,
                        PROJECT_STAGE_HISTORY.CHANGED_ON, PROJECT_STAGE_HISTORY.CHANGED_BY, APP_USER.DISPLAY_NAME,
                        PROJECT_STAGE_HISTORY.CREATED_AT, PROJECT_STAGE_HISTORY.REASON, PROJECT_STAGE_HISTORY.DETAILS)
                .from(PROJECT_STAGE_HISTORY)
                .leftJoin(APP_USER).on(APP_USER.USERNAME.eq(PROJECT_STAGE_HISTORY.CHANGED_BY))
                .where(PROJECT_STAGE_HISTORY.PROJECT_ID.eq(projectId)).and(PROJECT_STAGE_HISTORY.DELETED_AT.isNull())
                .orderBy(PROJECT_STAGE_HISTORY.CHANGED_ON, PROJECT_STAGE_HISTORY.CREATED_AT, PROJECT_STAGE_HISTORY.ID)
                .fetch(r -> new StageHistoryEntry(r.value1(), r.value2(), r.value3(), r.value4(),
                        Objects.requireNonNullElse(r.value6(), r.value5()), r.value7(), r.value8(),
                        HistoryDetails.decode(r.value9())));
    }
}
