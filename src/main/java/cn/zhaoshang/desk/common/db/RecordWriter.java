package cn.zhaoshang.desk.common.db;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.i18n.DeskException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdatableRecord;

/**
 * Inserts, updates and soft-deletes rows of any table with the standard columns (id, created_at,
 * updated_at, version, deleted_at), writing the audit entry and the change log in the same
 * transaction. An update whose version is not the stored one is refused with {@link StaleRecordException}.
 */
public final class RecordWriter {
    private static final Set<String> BOOKKEEPING = Set.of("id", "created_at", "updated_at", "version", "deleted_at");
    /** Fields whose values never go into the audit log; a change is recorded as masked. */
    private static final Set<String> SECRETS = Set.of("password_hash");

    private final Database database;
    private final AuditLog audit;

    public RecordWriter(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    /** Stamps key, timestamps and version 0, inserts, audits. Returns the stored record. */
    public <R extends UpdatableRecord<R>> R insert(R record) {
        return insert(record, null);
    }

    public <R extends UpdatableRecord<R>> R insert(R record, UUID importId) {
        return database.transaction(() -> {
            OffsetDateTime now = audit.now();
            if (record.get(idField(record.getTable())) == null) {
                record.set(idField(record.getTable()), Ids.next());
            }
            record.set(field(record.getTable(), "created_at", OffsetDateTime.class), now);
            record.set(field(record.getTable(), "updated_at", OffsetDateTime.class), now);
            record.set(versionField(record.getTable()), 0);
            record.attach(database.dsl().configuration());
            record.insert();
            database.recordChange(record.getTable(), ChangeKind.CREATE, record.get(idField(record.getTable())));
            audit.record(AuditLog.Action.CREATE, record.getTable().getName(), record.get(idField(record.getTable())),
                    describe(null, record), importId);
            return record;
        });
    }

    /**
     * Saves the changed record if its version is still the stored one; bumps the version and
     * audits each changed field. Returns the stored record with its new version.
     */
    public <R extends UpdatableRecord<R>> R update(R changed) {
        return database.transaction(() -> {
            Table<R> table = changed.getTable();
            UUID id = changed.get(idField(table));
            R stored = load(table, id);
            int expected = Objects.requireNonNullElse(changed.get(versionField(table)), -1);
            int actual = stored.get(versionField(table));
            if (expected != actual) {
                throw new StaleRecordException(table.getName(), differences(changed, stored), lastEditor(table, id));
            }
            Map<String, FieldChange> changes = describe(stored, changed);
            if (changes.isEmpty()) {
                return stored;
            }
            OffsetDateTime now = audit.now();
            int updated = database.dsl().update(table)
                    .set(changedValues(stored, changed))
                    .set(field(table, "updated_at", OffsetDateTime.class), now)
                    .set(versionField(table), actual + 1)
                    .where(idField(table).eq(id)).and(versionField(table).eq(actual))
                    .execute();
            if (updated != 1) {
                throw new StaleRecordException(table.getName(), differences(changed, load(table, id)), lastEditor(table, id));
            }
            database.recordChange(table, ChangeKind.UPDATE, id);
            audit.record(AuditLog.Action.UPDATE, table.getName(), id, changes);
            return load(table, id);
        });
    }

    /** Marks a row deleted (it goes to the trash); refuses a stale version like an update. */
    public <R extends UpdatableRecord<R>> void softDelete(Table<R> table, UUID id, int expectedVersion) {
        setDeleted(table, id, expectedVersion, true);
    }

    public <R extends UpdatableRecord<R>> void restore(Table<R> table, UUID id, int expectedVersion) {
        setDeleted(table, id, expectedVersion, false);
    }

    private <R extends UpdatableRecord<R>> void setDeleted(Table<R> table, UUID id, int expectedVersion, boolean deleted) {
        database.transaction(() -> {
            OffsetDateTime now = audit.now();
            int updated = database.dsl().update(table)
                    .set(field(table, "deleted_at", OffsetDateTime.class), deleted ? now : null)
                    .set(field(table, "updated_at", OffsetDateTime.class), now)
                    .set(versionField(table), expectedVersion + 1)
                    .where(idField(table).eq(id)).and(versionField(table).eq(expectedVersion))
                    .execute();
            if (updated != 1) {
                throw new StaleRecordException(table.getName(), Map.of(), lastEditor(table, id));
            }
            database.recordChange(table, deleted ? ChangeKind.DELETE : ChangeKind.RESTORE, id);
            audit.record(deleted ? AuditLog.Action.DELETE : AuditLog.Action.RESTORE, table.getName(), id, Map.of());
        });
    }

    public <R extends UpdatableRecord<R>> R load(Table<R> table, UUID id) {
        R record = database.dsl().selectFrom(table).where(idField(table).eq(id)).fetchOne();
        if (record == null) {
            throw new DeskException("common.error.notFound", table.getName(), id);
        }
        return record;
    }

    private String lastEditor(Table<?> table, UUID id) {
        String name = database.dsl().select(AUDIT_LOG.USER_NAME)
                .from(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(table.getName()))
                .and(AUDIT_LOG.RECORD_ID.eq(String.valueOf(id)))
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc())
                .limit(1).fetchOne(AUDIT_LOG.USER_NAME);
        return name == null ? "?" : name;
    }

    /** Field-by-field differences between two versions of a row (before may be null). */
    static Map<String, FieldChange> describe(UpdatableRecord<?> before, UpdatableRecord<?> after) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (Field<?> f : after.fields()) {
            if (BOOKKEEPING.contains(f.getName())) {
                continue;
            }
            Object newValue = after.get(f);
            Object oldValue = before == null ? null : before.get(f.getName());
            if (!sameValue(oldValue, newValue)) {
                changes.put(f.getName(), SECRETS.contains(f.getName())
                        ? new FieldChange(oldValue == null ? null : "******", newValue == null ? null : "******")
                        : new FieldChange(text(oldValue), text(newValue)));
            }
        }
        return changes;
    }

    private static Map<String, FieldChange> differences(UpdatableRecord<?> mine, UpdatableRecord<?> stored) {
        return describe(mine, stored);
    }

    private static Map<Field<?>, Object> changedValues(UpdatableRecord<?> stored, UpdatableRecord<?> changed) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        for (Field<?> f : changed.fields()) {
            if (!BOOKKEEPING.contains(f.getName()) && !sameValue(stored.get(f.getName()), changed.get(f))) {
                values.put(f, changed.get(f));
            }
        }
        return values;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Field<UUID> idField(Table<?> table) {
        return (Field<UUID>) table.field("id");
    }

    @SuppressWarnings("unchecked")
    static Field<Integer> versionField(Table<?> table) {
        return (Field<Integer>) table.field("version");
    }

    @SuppressWarnings("unchecked")
    static <T> Field<T> field(Table<?> table, String name, Class<T> type) {
        return (Field<T>) table.field(name);
    }
}
