package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_TAG;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;

import cn.zhaoshang.desk.common.background.Progress;
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
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Takes an import back, inside the caller's transaction: what it created goes to the trash (soft
 * delete by import_id), what it updated gets its previous values from the audit entries, newest
 * first per row. A row changed by someone after the import (an edit, or a later import's update:
 * an audit entry of its own) is left as it is and counted, whether the import created or updated it.
 */
public final class UndoRepository {
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
        long kept = 0;
        for (Table<?> table : CREATED) {
            Field<UUID> id = field(table, "id", UUID.class);
            Field<UUID> createdBy = field(table, "import_id", UUID.class);
            Field<OffsetDateTime> deletedAt = field(table, "deleted_at", OffsetDateTime.class);
            // A row someone edited after the import (or a later import updated) stays, as decision 0007 says.
            Condition changedSince = DSL.exists(DSL.selectOne().from(AUDIT_LOG)
                    .where(AUDIT_LOG.TABLE_NAME.eq(table.getName()))
                    .and(AUDIT_LOG.RECORD_ID.eq(id.cast(SQLDataType.VARCHAR(60))))
                    .and(AUDIT_LOG.IMPORT_ID.isNull().or(AUDIT_LOG.IMPORT_ID.ne(importId))));
            removed += database.dsl().update(table)
                    .set(deletedAt, now)
                    .set(field(table, "updated_at", OffsetDateTime.class), now)
                    .set(field(table, "version", Integer.class), field(table, "version", Integer.class).plus(1))
                    .where(createdBy.eq(importId)).and(deletedAt.isNull()).andNot(changedSince)
                    .execute();
            kept += database.dsl().fetchCount(table, createdBy.eq(importId).and(deletedAt.isNull()));
            progress.checkCancelled();
        }
        List<Entry> entries = new ArrayList<>();
        database.dsl().select(AUDIT_LOG.TABLE_NAME, AUDIT_LOG.RECORD_ID, AUDIT_LOG.CHANGES).from(AUDIT_LOG)
                .where(AUDIT_LOG.IMPORT_ID.eq(importId)).and(AUDIT_LOG.ACTION.eq(AuditLog.Action.UPDATE.name()))
                .forEach(r -> {
                    Map<String, FieldChange> changes = AuditLog.parseChanges(r.value3());
                    FieldChange version = changes.remove("version");
                    entries.add(new Entry(r.value1(), UUID.fromString(r.value2()), changes,
                            version == null ? -1 : Integer.parseInt(version.after())));
                });
        // Several updates of one row in one import are undone newest first.
        entries.sort(Comparator.comparing(Entry::table).thenComparing(Entry::recordId)
                .thenComparing(Comparator.comparingInt(Entry::versionAfter).reversed()));
        long restored = 0;
        Set<String> conflicted = new HashSet<>();
        Set<String> restoredRows = new HashSet<>();
        List<Object[]> audits = new ArrayList<>();
        for (Entry e : entries) {
            String key = e.table() + "/" + e.recordId();
            if (conflicted.contains(key)) {
                continue;
            }
            Outcome outcome = restore(e, importId, now);
            if (outcome == Outcome.CREATED_HERE) {
                continue;
            }
            if (outcome == Outcome.RESTORED) {
                audits.add(new Object[] {Ids.next(), now, userName, AuditLog.Action.UNDO.name(), e.table(),
                        e.recordId().toString(), reversed(e.changes()), importId});
                if (restoredRows.add(key)) {
                    restored++;
                }
            } else {
                conflicted.add(key);
                kept++;
            }
            progress.checkCancelled();
        }
        bulk.insert(AUDIT_LOG, List.of(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.USER_NAME, AUDIT_LOG.ACTION,
                AUDIT_LOG.TABLE_NAME, AUDIT_LOG.RECORD_ID, AUDIT_LOG.CHANGES, AUDIT_LOG.IMPORT_ID),
                audits.iterator(), Progress.NONE, audits.size());
        return new UndoSummary(removed, restored, kept);
    }

    /** Puts the row's previous values back if it still holds what the import wrote. */
    @SuppressWarnings("unchecked")
    private Outcome restore(Entry e, UUID importId, OffsetDateTime now) {
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
        values.put(version, e.versionAfter() + 1);
        database.dsl().update(table).set(values).where(id.eq(e.recordId())).execute();
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
