package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.common.i18n.DeskException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Updates of existing rows by an import, in one JDBC batch per chunk, each with its audit entry.
 * The entry keeps every changed field's previous value and the version before and after, which is
 * what lets the import be undone later. An update whose row changed under it (version moved) fails
 * the import, like a stale save in a form.
 */
final class UpdateBatch {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row to change: its stored state and the values it gets (only changed ones are written). */
    record Pending(UUID id, Record before, Map<Field<?>, Object> after, Map<String, String[]> extraChanges) {
        boolean changes() {
            if (!extraChanges.isEmpty()) {
                return true;
            }
            for (Map.Entry<Field<?>, Object> e : after.entrySet()) {
                if (!same(before.get(e.getKey()), e.getValue())) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Database database;
    private final BulkInserter bulk;
    private final Table<?> table;
    private final List<Field<?>> columns;

    UpdateBatch(Database database, BulkInserter bulk, Table<?> table, List<Field<?>> columns) {
        this.database = database;
        this.bulk = bulk;
        this.table = table;
        this.columns = columns;
    }

    @SuppressWarnings("unchecked")
    void execute(List<Pending> updates, ImportContext context) {
        if (updates.isEmpty()) {
            return;
        }
        var dsl = database.dsl();
        Field<UUID> id = (Field<UUID>) table.field("id");
        Field<Integer> version = (Field<Integer>) table.field("version");
        Field<OffsetDateTime> updatedAt = (Field<OffsetDateTime>) table.field("updated_at");
        var update = dsl.update(table).set(updatedAt, (OffsetDateTime) null).set(version, (Integer) null);
        for (Field<?> column : columns) {
            update = update.set((Field<Object>) column, (Object) null);
        }
        BatchBindStep batch = dsl.batch(update.where(id.eq((UUID) null)).and(version.eq((Integer) null)));
        List<Object[]> audits = new ArrayList<>(updates.size());
        for (Pending p : updates) {
            int before = p.before().get(version);
            Object[] binds = new Object[columns.size() + 4];
            binds[0] = context.now();
            binds[1] = before + 1;
            Map<String, Object> changes = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Field<?> column = columns.get(i);
                Object old = p.before().get(column);
                Object now = p.after().containsKey(column) ? p.after().get(column) : old;
                binds[i + 2] = now;
                if (!same(old, now)) {
                    changes.put(column.getName(), Arrays.asList(text(old), text(now)));
                }
            }
            p.extraChanges().forEach((k, v) -> changes.put(k, Arrays.asList(v[0], v[1])));
            changes.put("version", Arrays.asList(String.valueOf(before), String.valueOf(before + 1)));
            binds[columns.size() + 2] = p.id();
            binds[columns.size() + 3] = before;
            batch = batch.bind(binds);
            audits.add(new Object[] {Ids.next(), context.now(), context.userName(), "UPDATE", table.getName(),
                    p.id().toString(), json(changes), context.importId()});
        }
        int[] counts = batch.execute();
        for (int c : counts) {
            if (c == 0) {
                throw new DeskException("exchange.error.changedMeanwhile", table.getName());
            }
        }
        database.recordChange(table.getName(), ChangeKind.UPDATE, updates.stream().map(Pending::id).toList());
        bulk.insert(AUDIT_LOG, List.of(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.USER_NAME, AUDIT_LOG.ACTION,
                AUDIT_LOG.TABLE_NAME, AUDIT_LOG.RECORD_ID, AUDIT_LOG.CHANGES, AUDIT_LOG.IMPORT_ID),
                audits.iterator(), Progress.NONE, audits.size());
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /** As RecordWriter writes audit values: plain decimals, ISO dates, null as null. */
    static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value == null ? null : String.valueOf(value);
    }

    private static String json(Map<String, Object> changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes not serialisable", e);
        }
    }
}
