package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.exchange.ImportField.*;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_STAGE_HISTORY;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.EnumColumns;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import cn.zhaoshang.desk.exchange.rows.ProjectStages;
import cn.zhaoshang.desk.project.ProjectSnapshot;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.StageChange;
import cn.zhaoshang.desk.project.TransitionPolicy;
import cn.zhaoshang.desk.project.TransitionProblem;
import cn.zhaoshang.desk.project.TransitionRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Projects from a list, linked to their investor company when the row names one. The same name for
 * the same company (or for no company) is a duplicate. A new project, or a stage changed by an
 * update, gets its stage-history entry like a stage change on the board, and an update that changes
 * the stage is judged by the board's stage machine ({@link TransitionPolicy}).
 */
public final class ProjectImportWriter implements ChunkWriter {
    private static final Map<ImportField, Field<?>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(PROJECT_NAME, PROJECT.NAME);
        COLUMNS.put(INDUSTRY, PROJECT.INDUSTRY_CODE);
        COLUMNS.put(PLANNED_INVESTMENT, PROJECT.PLANNED_INVESTMENT);
        COLUMNS.put(CONTRACT_AMOUNT, PROJECT.CONTRACT_AMOUNT);
        COLUMNS.put(STAGE, PROJECT.STAGE);
        COLUMNS.put(STAGE_ENTERED_ON, PROJECT.STAGE_ENTERED_ON);
        COLUMNS.put(SIGNED_ON, PROJECT.SIGNED_ON);
        COLUMNS.put(REGISTERED_ON, PROJECT.REGISTERED_ON);
        COLUMNS.put(LOCAL_USCC, PROJECT.LOCAL_USCC);
        COLUMNS.put(STARTED_ON, PROJECT.STARTED_ON);
        COLUMNS.put(OPERATING_ON, PROJECT.OPERATING_ON);
        COLUMNS.put(RESPONSIBLE_UNIT, PROJECT.RESPONSIBLE_UNIT_ID);
        COLUMNS.put(CARRIER, PROJECT.CARRIER_ID);
        COLUMNS.put(LEADER_IN_CHARGE, PROJECT.LEADER_IN_CHARGE);
        COLUMNS.put(OWNER_TEAM, PROJECT.TEAM_ID);
        COLUMNS.put(MAJOR, PROJECT.MAJOR);
        COLUMNS.put(DROP_REASON, PROJECT.DROP_REASON);
        COLUMNS.put(NOTES, PROJECT.NOTES);
    }

    private static final List<Field<?>> INSERT = new ArrayList<>(List.of(PROJECT.ID, PROJECT.CREATED_AT,
            PROJECT.UPDATED_AT, PROJECT.VERSION, PROJECT.COMPANY_ID, PROJECT.IMPORT_ID));
    private static final List<Field<?>> HISTORY = List.of(PROJECT_STAGE_HISTORY.ID, PROJECT_STAGE_HISTORY.CREATED_AT,
            PROJECT_STAGE_HISTORY.UPDATED_AT, PROJECT_STAGE_HISTORY.VERSION, PROJECT_STAGE_HISTORY.PROJECT_ID,
            PROJECT_STAGE_HISTORY.FROM_STAGE, PROJECT_STAGE_HISTORY.TO_STAGE, PROJECT_STAGE_HISTORY.CHANGED_ON,
            PROJECT_STAGE_HISTORY.CHANGED_BY, PROJECT_STAGE_HISTORY.REASON, PROJECT_STAGE_HISTORY.DETAILS);

    static {
        INSERT.addAll(COLUMNS.values());
    }

    private static final TransitionPolicy STAGES = new TransitionPolicy();

    private final Database database;
    private final BulkInserter bulk;
    private final UpdateBatch updates;

    public ProjectImportWriter(Database database, BulkInserter bulk) {
        this.database = database;
        this.bulk = bulk;
        this.updates = new UpdateBatch(database, bulk, PROJECT, List.copyOf(COLUMNS.values()));
    }

    @Override
    public ChunkResult write(List<ParsedRow> rows, ImportContext context) {
        CompanyLinks.link(database, rows, false);
        List<ParsedRow> candidates = rows.stream().filter(r -> !r.isRejected()).toList();
        Map<String, Record> stored = storedProjects(candidates);
        ChunkResult result = new ChunkResult();
        Map<UUID, StageChange> moves = new HashMap<>();
        Targets.Sorted sorted = Targets.sort(candidates, row -> row.companyId() + "/" + row.text(PROJECT_NAME), stored,
                PROJECT.ID, PROJECT.COMPANY_ID, COLUMNS, context, (row, target) -> stageMove(row, target, context, moves),
                result);
        List<Targets.Target> added = sorted.added();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (Targets.Target t : added) {
            t.values.putIfAbsent(PROJECT.STAGE, ProjectStage.LEAD);
            t.values.putIfAbsent(PROJECT.MAJOR, Boolean.FALSE);
            t.values.computeIfAbsent(PROJECT.STAGE_ENTERED_ON, f -> enteredOn(t, context.today()));
            Object[] row = t.insertRow(INSERT);
            row[0] = t.id;
            row[1] = context.now();
            row[2] = context.now();
            row[3] = 0;
            row[5] = context.importId();
            inserts.add(row);
            history.add(historyRow(t.id, null, (ProjectStage) t.values.get(PROJECT.STAGE),
                    (LocalDate) t.values.get(PROJECT.STAGE_ENTERED_ON), null, context));
        }
        List<UpdateBatch.Pending> changed = new ArrayList<>();
        for (Targets.Target t : sorted.touched()) {
            if (t.isNew() || t.values.isEmpty()) {
                continue;
            }
            StageChange move = moves.get(t.id);
            if (move != null) {
                move(t, move);
                history.add(historyRow(t.id, move.from(), move.stage(), move.enteredOn(), move.reason(), context));
            } else {
                t.values.remove(PROJECT.STAGE);
            }
            changed.add(t.pending());
        }
        bulk.insert(PROJECT, INSERT, inserts.iterator(), Progress.NONE, inserts.size());
        updates.execute(changed, context);
        bulk.insert(PROJECT_STAGE_HISTORY, HISTORY, history.iterator(), Progress.NONE, history.size());
        return result;
    }

    /**
     * An update that changes a stored project's stage is a move on the board, judged by the same
     * stage machine: a refused move rejects the row with the machine's reasons and changes nothing.
     */
    private boolean stageMove(ParsedRow row, Targets.Target target, ImportContext context, Map<UUID, StageChange> moves) {
        if (!row.has(STAGE) || EnumColumns.typed(PROJECT.STAGE, row.text(STAGE)) == target.before.get(PROJECT.STAGE)) {
            return true;
        }
        ProjectSnapshot project = snapshot(target.before);
        TransitionRequest request = ProjectStages.request(row, context.today());
        List<TransitionProblem> problems = STAGES.check(project, request, context.today());
        if (!problems.isEmpty()) {
            problems.forEach(p -> row.problem(ProjectStages.fieldOf(p.field()), -1, p.key(), p.args()));
            return false;
        }
        moves.put(target.id, STAGES.apply(project, request, context.today()));
        return true;
    }

    /** The stage columns as the accepted move leaves them (milestones after a move back are cleared). */
    private static void move(Targets.Target t, StageChange move) {
        t.values.put(PROJECT.STAGE, move.stage());
        t.values.put(PROJECT.STAGE_ENTERED_ON, move.enteredOn());
        t.values.put(PROJECT.SIGNED_ON, move.signedOn());
        t.values.put(PROJECT.CONTRACT_AMOUNT, move.contractAmount());
        t.values.put(PROJECT.REGISTERED_ON, move.registeredOn());
        t.values.put(PROJECT.LOCAL_USCC, move.localUscc());
        t.values.put(PROJECT.STARTED_ON, move.startedOn());
        t.values.put(PROJECT.OPERATING_ON, move.operatingOn());
        t.values.put(PROJECT.DROP_REASON, move.dropReason());
    }

    private static ProjectSnapshot snapshot(Record r) {
        return new ProjectSnapshot(r.get(PROJECT.ID), r.get(PROJECT.VERSION), r.get(PROJECT.STAGE),
                r.get(PROJECT.STAGE_ENTERED_ON), r.get(PROJECT.SIGNED_ON), r.get(PROJECT.CONTRACT_AMOUNT),
                r.get(PROJECT.REGISTERED_ON), r.get(PROJECT.LOCAL_USCC), r.get(PROJECT.STARTED_ON),
                r.get(PROJECT.OPERATING_ON), r.get(PROJECT.DROP_REASON), r.get(PROJECT.ARCHIVED_AT) != null, null);
    }

    /** When a new project entered its stage: the date the file gives for that stage, else today. */
    private static LocalDate enteredOn(Targets.Target t, LocalDate today) {
        Field<LocalDate> date = switch ((ProjectStage) t.values.get(PROJECT.STAGE)) {
            case SIGNED -> PROJECT.SIGNED_ON;
            case REGISTERED -> PROJECT.REGISTERED_ON;
            case STARTED -> PROJECT.STARTED_ON;
            case OPERATING -> PROJECT.OPERATING_ON;
            default -> null;
        };
        LocalDate given = date == null ? null : (LocalDate) t.values.get(date);
        return given != null ? given : today;
    }

    /** A history row, marked with the import (an import that does not finish takes its rows back by it). */
    private static Object[] historyRow(UUID project, ProjectStage from, ProjectStage to, LocalDate on, String reason,
                                       ImportContext context) {
        return new Object[] {Ids.next(), context.now(), context.now(), 0, project, from, to, on,
                context.userName(), reason, "import " + context.importId()};
    }

    private Map<String, Record> storedProjects(List<ParsedRow> rows) {
        Set<String> names = new HashSet<>();
        rows.forEach(r -> names.add(r.text(PROJECT_NAME)));
        Map<String, Record> stored = new HashMap<>();
        if (!names.isEmpty()) {
            database.dsl().selectFrom(PROJECT).where(InLists.in(PROJECT.NAME, names)).and(PROJECT.DELETED_AT.isNull())
                    .orderBy(PROJECT.CREATED_AT, PROJECT.ID)
                    .forEach(r -> stored.putIfAbsent(r.getCompanyId() + "/" + r.getName(), r));
        }
        return stored;
    }
}
