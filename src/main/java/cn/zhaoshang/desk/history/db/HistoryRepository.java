package cn.zhaoshang.desk.history.db;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static cn.zhaoshang.desk.generated.Tables.EXPORT_LOG;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.generated.DefaultSchema;
import cn.zhaoshang.desk.generated.tables.records.AuditLogRecord;
import cn.zhaoshang.desk.history.AuditEntry;
import cn.zhaoshang.desk.history.AuditFilter;
import cn.zhaoshang.desk.history.ExportEntry;
import cn.zhaoshang.desk.history.TrashItem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Reads the audit and export logs; lists, restores and purges soft-deleted rows. */
public final class HistoryRepository {
    /** Tables with a trash, and the column that names a row for people. */
    static final Map<String, String> TRASH_LABELS = Map.ofEntries(
            Map.entry("company", "name"), Map.entry("contact", "name"), Map.entry("project", "name"),
            Map.entry("task", "title"), Map.entry("carrier", "name"), Map.entry("policy", "name"),
            Map.entry("talent", "name"), Map.entry("team", "name"), Map.entry("person", "name"),
            Map.entry("unit", "name"), Map.entry("chain", "name"), Map.entry("chain_node", "name"),
            Map.entry("inspection_tour", "name"), Map.entry("app_user", "display_name"));

    private final Database database;
    private final RecordWriter writer;
    private final AuditLog audit;

    public HistoryRepository(Database database, RecordWriter writer, AuditLog audit) {
        this.database = database;
        this.writer = writer;
        this.audit = audit;
    }

    public List<AuditEntry> recordHistory(String table, String recordId) {
        return database.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.TABLE_NAME.eq(table))
                .and(AUDIT_LOG.RECORD_ID.eq(recordId)).orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .fetch(HistoryRepository::toEntry);
    }

    public List<AuditEntry> search(AuditFilter filter) {
        Condition where = DSL.noCondition();
        if (filter.userName() != null && !filter.userName().isBlank()) {
            where = where.and(AUDIT_LOG.USER_NAME.eq(filter.userName().strip()));
        }
        if (filter.table() != null && !filter.table().isBlank()) {
            where = where.and(AUDIT_LOG.TABLE_NAME.eq(filter.table()));
        }
        if (filter.from() != null) {
            where = where.and(AUDIT_LOG.OCCURRED_AT.ge(filter.from().atStartOfDay(OfficeZone.ZONE).toOffsetDateTime()));
        }
        if (filter.to() != null) {
            where = where.and(AUDIT_LOG.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay(OfficeZone.ZONE).toOffsetDateTime()));
        }
        if (filter.before() != null) {
            where = where.and(AUDIT_LOG.OCCURRED_AT.lt(filter.before()));
        }
        return database.dsl().selectFrom(AUDIT_LOG).where(where).orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .limit(filter.limit()).fetch(HistoryRepository::toEntry);
    }

    /**
     * Changes newest first, of one table or all ({@code table} null), of these records or all
     * ({@code recordIds} null), since a moment or ever.
     */
    public List<AuditEntry> find(String table, Collection<String> recordIds, OffsetDateTime since, int limit) {
        Condition where = DSL.noCondition();
        if (table != null) {
            where = where.and(AUDIT_LOG.TABLE_NAME.eq(table));
        }
        if (recordIds != null) {
            where = where.and(AUDIT_LOG.RECORD_ID.in(recordIds));
        }
        if (since != null) {
            where = where.and(AUDIT_LOG.OCCURRED_AT.ge(since));
        }
        return database.dsl().selectFrom(AUDIT_LOG).where(where).orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .limit(limit).fetch(HistoryRepository::toEntry);
    }

    /** The ids of rows named exactly {@code name}, in the tables that name their rows (one table or all). */
    @SuppressWarnings("unchecked")
    public List<String> idsNamed(String name, String onlyTable) {
        List<String> ids = new ArrayList<>();
        HistoryNames.nameColumns().forEach((tableName, column) -> {
            if (onlyTable != null && !onlyTable.equals(tableName)) {
                return;
            }
            Table<?> t = DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
            if (t != null && t.field("id") != null && t.field(column) != null) {
                database.dsl().select((Field<UUID>) t.field("id")).from(t).where(((Field<String>) t.field(column)).eq(name))
                        .forEach(r -> ids.add(String.valueOf(r.value1())));
            }
        });
        return ids;
    }

    public List<String> auditedTables() {
        return database.dsl().selectDistinct(AUDIT_LOG.TABLE_NAME).from(AUDIT_LOG).orderBy(AUDIT_LOG.TABLE_NAME)
                .fetch(AUDIT_LOG.TABLE_NAME);
    }

    public List<ExportEntry> exports(int limit) {
        return database.dsl().selectFrom(EXPORT_LOG).orderBy(EXPORT_LOG.OCCURRED_AT.desc()).limit(limit)
                .fetch(r -> new ExportEntry(r.getOccurredAt(), r.getUserName(), r.getKind(), r.getFilterText(),
                        r.getRowCount(), r.getMasked(), r.getEncrypted(), r.getFileName()));
    }

    public List<TrashItem> trash() {
        List<TrashItem> items = new ArrayList<>();
        for (Map.Entry<String, String> t : TRASH_LABELS.entrySet()) {
            Table<?> table = table(t.getKey());
            Field<OffsetDateTime> deleted = field(table, "deleted_at", OffsetDateTime.class);
            database.dsl().select(field(table, "id", UUID.class), field(table, "version", Integer.class),
                            field(table, t.getValue(), String.class), deleted)
                    .from(table).where(deleted.isNotNull()).orderBy(deleted.desc()).limit(1000)
                    .forEach(r -> items.add(new TrashItem(t.getKey(), r.value1(), r.value2(), r.value3(), r.value4())));
        }
        items.sort((a, b) -> b.deletedAt().compareTo(a.deletedAt()));
        return items;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public void restore(TrashItem item) {
        writer.restore((Table) table(item.table()), item.id(), item.version());
    }

    /** Physically deletes each row in its own savepoint; rows still referenced stay in the trash. */
    public int purge(List<TrashItem> items) {
        int removed = 0;
        for (TrashItem item : items) {
            Table<?> table = table(item.table());
            try {
                int n = database.transaction(() -> {
                    int deleted = database.dsl().deleteFrom(table).where(field(table, "id", UUID.class).eq(item.id()))
                            .and(field(table, "deleted_at", OffsetDateTime.class).isNotNull()).execute();
                    if (deleted > 0) {
                        database.recordChange(table, ChangeKind.PURGE, item.id());
                        audit.record(AuditLog.Action.DELETE, item.table(), item.id(),
                                Map.of("purged", new FieldChange(item.label(), null)));
                    }
                    return deleted;
                });
                removed += n;
            } catch (DataAccessException stillReferenced) {
                // Another row refers to it (e.g. a contact of a trashed company that is not trashed): keep it.
            }
        }
        return removed;
    }

    private static Table<?> table(String name) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(name);
        if (table == null || !TRASH_LABELS.containsKey(name)) {
            throw new IllegalArgumentException("No trash for table " + name);
        }
        return table;
    }

    @SuppressWarnings("unchecked")
    private static <T> Field<T> field(Table<?> table, String name, Class<T> type) {
        return (Field<T>) table.field(name);
    }

    private static AuditEntry toEntry(AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt(), r.getUserName(), r.getAction(), r.getTableName(),
                r.getRecordId(), AuditLog.parseChanges(r.getChanges()));
    }
}
