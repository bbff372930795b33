package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_TAG;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.exchange.UndoSummary;
import cn.zhaoshang.desk.generated.DefaultSchema;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Takes an import back: what it created goes to the trash (soft delete by import_id), what it updated
 * gets its previous values from the audit entries, newest first per row. A row changed by someone
 * after the import is left as it is and counted. The work goes in chunks of {@value #CHUNK} rows, each
 * its own transaction unless the caller holds one; every chunk can be repeated, so an undo cut off by
 * a crash is finished by running it again (it cannot be cancelled half-way for the same reason).
 */
public final class UndoRepository {
    static final int CHUNK = 2_500;
    private static final List<Table<?>> CREATED = List.of(INTERACTION, PROJECT, CONTACT, COMPANY);

    private final Database database;
    private final BulkInserter bulk;

    public UndoRepository(Database database, BulkInserter bulk) {
        this.database = database;
        this.bulk = bulk;
    }

    private enum Outcome { RESTORED, CHANGED_SINCE, CREATED_HERE }

    private record Entry(String table, UUID recordId, Map<String, FieldChange> changes, int versionAfter) { }

    public UndoSummary undo(UUID importId, OffsetDateTime now, String userName, Progress progress) {
        long removed = 0;
        for (Table<?> table : CREATED) {
            int trashed;
            do {
                trashed = database.transaction(() -> trashChunk(table, importId, now));
                removed += trashed;
                progress.update(removed, -1);
            } while (trashed == CHUNK);
        }
        List<Entry> entries = updatesBy(importId);
        Restores tally = new Restores();
        for (int from = 0; from < entries.size(); from += CHUNK) {
            List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
            database.transaction(() -> restoreChunk(chunk, importId, now, userName, tally));
        }
        return new UndoSummary(removed, tally.restoredRows.size(), tally.kept);
    }

    /**
     * Puts back, without a trace, the rows an import that never finished had updated: previous values
     * and previous version, unless someone changed the row since. Its audit entries go afterwards.
     */
    void restoreQuietly(UUID importId, OffsetDateTime now) {
        List<Entry> entries = updatesBy(importId);
        Set<String> conflicted = new HashSet<>();
        for (int from = 0; from < entries.size(); from += CHUNK) {
            List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
            database.transaction(() -> chunk.forEach(e -> {
                if (!conflicted.contains(e.table() + "/" + e.recordId())
                        && restore(e, importId, now, true) == Outcome.CHANGED_SINCE) {
                    conflicted.add(e.table() + "/" + e.recordId());
                }
            }));
        }
    }

    /** The import's update entries, newest first per row (several updates of one row are undone in that order). */
    private List<Entry> updatesBy(UUID importId) {
        List<Entry> entries = new ArrayList<>();
        database.dsl().select(AUDIT_LOG.TABLE_NAME, AUDIT_LOG.RECORD_ID, AUDIT_LOG.CHANGES).from(AUDIT_LOG)
                .where(AUDIT_LOG.IMPORT_ID.eq(importId)).and(AUDIT_LOG.ACTION.eq(AuditLog.Action.UPDATE.name()))
                .forEach(r -> {
                    Map<String, FieldChange> changes = AuditLog.parseChanges(r.value3());
                    FieldChange version = changes.remove("version");
                    entries.add(new Entry(r.value1(), UUID.fromString(r.value2()), changes,
                            version == null ? -1 : Integer.parseInt(version.after())));
                });
        entries.sort(Comparator.comparing(Entry::table).thenComparing(Entry::recordId)
                .thenComparing(Comparator.comparingInt(Entry::versionAfter).reversed()));
        return entries;
    }

    /** What the restores came to so far; a row restored or kept in one chunk is not counted again. */
    private static final class Restores {
        final Set<String> conflicted = new HashSet<>();
        final Set<String> restoredRows = new HashSet<>();
        long kept;
    }

    /** Moves up to {@value #CHUNK} of the import's live rows of one table to the trash; returns how many. */
    private int trashChunk(Table<?> table, UUID importId, OffsetDateTime now) {
        Field<UUID> id = field(table, "id", UUID.class);
        var next = database.dsl().select(id).from(table).where(field(table, "import_id", UUID.class).eq(importId))
                .and(field(table, "deleted_at", OffsetDateTime.class).isNull()).limit(CHUNK);
        List<UUID> trashed = database.dsl().update(table)
                .set(field(table, "deleted_at", OffsetDateTime.class), now)
                .set(field(table, "updated_at", OffsetDateTime.class), now)
                .set(field(table, "version", Integer.class), field(table, "version", Integer.class).plus(1))
                .where(id.in(next))
                .returningResult(id).fetch(id);
        database.recordChange(table.getName(), ChangeKind.DELETE, trashed);
        return trashed.size();
    }

    private void restoreChunk(List<Entry> chunk, UUID importId, OffsetDateTime now, String userName, Restores tally) {
        List<Object[]> audits = new ArrayList<>();
        for (Entry e : chunk) {
            String key = e.table() + "/" + e.recordId();
            if (tally.conflicted.contains(key)) {
                continue;
            }
            Outcome outcome = restore(e, importId, now, false);
            if (outcome == Outcome.CREATED_HERE) {
                continue;
            }
            if (outcome == Outcome.RESTORED) {
                audits.add(new Object[] {Ids.next(), now, userName, AuditLog.Action.UNDO.name(), e.table(),
                        e.recordId().toString(), reversed(e.changes()), importId});
                tally.restoredRows.add(key);
            } else {
                tally.conflicted.add(key);
                tally.kept++;
            }
        }
        bulk.insert(AUDIT_LOG, List.of(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.USER_NAME, AUDIT_LOG.ACTION,
                AUDIT_LOG.TABLE_NAME, AUDIT_LOG.RECORD_ID, AUDIT_LOG.CHANGES, AUDIT_LOG.IMPORT_ID),
                audits.iterator(), Progress.NONE, audits.size());
    }

    /**
     * Puts the row's previous values back if it still holds what the import wrote; {@code oldVersion}
     * puts its previous version back too (for an import that never finished, as if it had not run).
     */
    @SuppressWarnings("unchecked")
    private Outcome restore(Entry e, UUID importId, OffsetDateTime now, boolean oldVersion) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(e.table());
        Field<UUID> id = field(table, "id", UUID.class);
        Field<Integer> version = field(table, "version", Integer.class);
        Record current = database.dsl().selectFrom(table).where(id.eq(e.recordId())).fetchOne();
        if (current != null && importId.equals(current.get("import_id"))) {
            return Outcome.CREATED_HERE;  // already in the trash with everything else this import created
        }
        if (current == null || current.get(version) != e.versionAfter()) {
            return Outcome.CHANGED_SINCE;
        }
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, FieldChange> c : e.changes().entrySet()) {
            if (c.getKey().equals("tags")) {
                continue;
            }
            Field<Object> f = (Field<Object>) table.field(c.getKey());
            if (f == null || !Objects.equals(UpdateBatch.text(current.get(f)), c.getValue().after())) {
                return Outcome.CHANGED_SINCE;
            }
            values.put(f, parse(f, c.getValue().before()));
        }
        values.put(field(table, "updated_at", OffsetDateTime.class), now);
        values.put(version, oldVersion ? e.versionAfter() - 1 : e.versionAfter() + 1);
        database.dsl().update(table).set(values).where(id.eq(e.recordId())).execute();
        database.recordChange(table, ChangeKind.UPDATE, e.recordId());
        FieldChange tags = e.changes().get("tags");
        if (tags != null) {
            List<String> before = tags.before() == null || tags.before().isEmpty()
                    ? List.of() : Arrays.asList(tags.before().split("\\|"));
            var delete = database.dsl().deleteFrom(COMPANY_TAG).where(COMPANY_TAG.COMPANY_ID.eq(e.recordId()));
            (before.isEmpty() ? delete : delete.and(COMPANY_TAG.TAG.notIn(before))).execute();
        }
        return Outcome.RESTORED;
    }

    private static Object parse(Field<?> field, String text) {
        if (text == null) {
            return null;
        }
        if (field.getType() == OffsetDateTime.class) {
            return OffsetDateTime.parse(text);
        }
        return field.getDataType().convert(text);
    }

    private static String reversed(Map<String, FieldChange> changes) {
        Map<String, List<String>> plain = new LinkedHashMap<>();
        changes.forEach((k, v) -> plain.put(k, Arrays.asList(v.after(), v.before())));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(plain);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Field<T> field(Table<?> table, String name, Class<T> type) {
        return (Field<T>) table.field(name);
    }
}
