package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.exchange.ImportField.*;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_STAGE_HISTORY;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Projects from a list, linked to their investor company when the row names one. The same name for
 * the same company (or for no company) is a duplicate. A new project, or a stage changed by an
 * update, gets its stage-history entry like a stage change in the form.
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
        List<ParsedRow> candidates = rows.stream().filter(r -> !r.isRejected()).toList();
        CompanyLinks.link(database, candidates, false);
        candidates = candidates.stream().filter(r -> !r.isRejected()).toList();
        Map<String, Record> stored = storedProjects(candidates);
        ChunkResult result = new ChunkResult();
        Targets.Sorted sorted = Targets.sort(candidates, row -> row.companyId() + "/" + row.text(PROJECT_NAME), stored,
                PROJECT.ID, PROJECT.COMPANY_ID, COLUMNS, context.policy(), result);
        List<Targets.Target> added = sorted.added();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (Targets.Target t : added) {
            t.values.putIfAbsent(PROJECT.STAGE, "LEAD");
            t.values.putIfAbsent(PROJECT.MAJOR, Boolean.FALSE);
            t.values.computeIfAbsent(PROJECT.STAGE_ENTERED_ON, f -> enteredOn(t, context.today()));
            Object[] row = t.insertRow(INSERT);
            row[0] = t.id;
            row[1] = context.now();
            row[2] = context.now();
            row[3] = 0;
            row[5] = context.importId();
            inserts.add(row);
            history.add(historyRow(t.id, null, (String) t.values.get(PROJECT.STAGE),
                    (LocalDate) t.values.get(PROJECT.STAGE_ENTERED_ON), context));
        }
        List<UpdateBatch.Pending> changed = new ArrayList<>();
        for (Targets.Target t : sorted.touched()) {
            if (t.isNew() || t.values.isEmpty()) {
                continue;
            }
            String before = t.before.get(PROJECT.STAGE);
            String after = (String) t.current(PROJECT.STAGE);
            if (!Objects.equals(before, after)) {
                t.values.putIfAbsent(PROJECT.STAGE_ENTERED_ON, context.today());
                history.add(historyRow(t.id, before, after, (LocalDate) t.current(PROJECT.STAGE_ENTERED_ON), context));
            }
            changed.add(t.pending());
        }
        bulk.insert(PROJECT, INSERT, inserts.iterator(), Progress.NONE, inserts.size());
        updates.execute(changed, context);
        bulk.insert(PROJECT_STAGE_HISTORY, HISTORY, history.iterator(), Progress.NONE, history.size());
        return result;
    }

    /** When a new project entered its stage: the date the file gives for that stage, else today. */
    private static LocalDate enteredOn(Targets.Target t, LocalDate today) {
        Field<LocalDate> date = switch ((String) t.values.get(PROJECT.STAGE)) {
            case "SIGNED" -> PROJECT.SIGNED_ON;
            case "REGISTERED" -> PROJECT.REGISTERED_ON;
            case "STARTED" -> PROJECT.STARTED_ON;
            case "OPERATING" -> PROJECT.OPERATING_ON;
            default -> null;
        };
        LocalDate given = date == null ? null : (LocalDate) t.values.get(date);
        return given != null ? given : today;
    }

    private static Object[] historyRow(UUID project, String from, String to, LocalDate on, ImportContext context) {
        return new Object[] {Ids.next(), context.now(), context.now(), 0, project, from, to, on,
                context.userName(), null, "import " + context.importId()};
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
