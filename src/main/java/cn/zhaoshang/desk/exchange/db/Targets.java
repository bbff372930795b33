package cn.zhaoshang.desk.exchange.db;

import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;

/**
 * A record one chunk writes (new, or stored with its state before), with the values rows put on
 * it. Shared by the contact and project writers; companies need more and have their own.
 */
final class Targets {
    private Targets() {
    }

    static final class Target {
        final UUID id;
        final Record before;
        final Map<Field<?>, Object> values = new HashMap<>();
        ParsedRow firstRow;

        Target(UUID id, Record before) {
            this.id = id;
            this.before = before;
        }

        boolean isNew() {
            return before == null;
        }

        Object current(Field<?> field) {
            return values.containsKey(field) ? values.get(field) : before == null ? null : before.get(field);
        }

        /** Puts the row's mapped values on the record; true when one of them differs. */
        boolean apply(ParsedRow row, Map<ImportField, Field<?>> columns) {
            boolean changed = false;
            for (Map.Entry<ImportField, Field<?>> c : columns.entrySet()) {
                if (row.has(c.getKey()) && !UpdateBatch.same(current(c.getValue()), row.get(c.getKey()))) {
                    values.put(c.getValue(), row.get(c.getKey()));
                    changed = true;
                }
            }
            return changed;
        }

        /** Values in the order of an insert's fields; the caller fills bookkeeping columns. */
        Object[] insertRow(List<Field<?>> fields) {
            Object[] row = new Object[fields.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = values.get(fields.get(i));
            }
            return row;
        }

        UpdateBatch.Pending pending() {
            return new UpdateBatch.Pending(id, before, values, Map.of());
        }
    }
}
