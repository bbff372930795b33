package cn.zhaoshang.desk.exchange.db;

import cn.zhaoshang.desk.common.db.EnumColumns;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.Record;

/**
 * A record one chunk writes (new, or stored with its state before), with the values rows put on
 * it. Shared by the contact and project writers; companies need more and have their own.
 */
final class Targets {
    private Targets() {
    }

    /** A chunk's rows sorted out: the records to insert, and every record the rows matched or added. */
    record Sorted(List<Target> added, Collection<Target> touched) {
    }

    /** Whether a row may update a stored record; a refusal rejects the row itself (with its reason). */
    interface UpdateCheck {
        boolean allows(ParsedRow row, Target stored);
    }

    /**
     * Matches each row by its key (company and name) to a record added earlier in the chunk or a stored
     * one. The same record twice in one file is one record: the later row fills what is still empty.
     * Otherwise the duplicate policy decides: a new record, the stored one updated (if {@code check}
     * allows), or the row skipped. Counts each outcome into {@code result}.
     */
    static Sorted sort(List<ParsedRow> rows, Function<ParsedRow, String> keyOf, Map<String, Record> stored,
                       Field<UUID> idField, Field<UUID> companyField, Map<ImportField, Field<?>> columns,
                       ImportContext context, UpdateCheck check, ChunkResult result) {
        Map<String, Target> targets = new LinkedHashMap<>();
        List<Target> added = new ArrayList<>();
        DuplicatePolicy policy = context.policy();
        for (ParsedRow row : rows) {
            String key = keyOf.apply(row);
            Target match = targets.get(key);
            if (match == null && stored.containsKey(key)) {
                match = new Target(stored.get(key).get(idField), stored.get(key));
                targets.put(key, match);
            }
            if (match == null || policy == DuplicatePolicy.KEEP_BOTH) {
                Target target = new Target(Ids.next(), null);
                target.values.put(companyField, row.companyId());
                target.apply(row, columns, true);
                targets.putIfAbsent(key, target);
                added.add(target);
                result.imported++;
            } else if (match.isNew() || context.importId().equals(match.before.get("import_id"))) {
                match.apply(row, columns, false);
                result.merged++;
            } else if (policy == DuplicatePolicy.UPDATE && match.differs(row, columns)) {
                if (check.allows(row, match)) {
                    match.apply(row, columns, true);
                    result.updated++;
                }
            } else {
                result.skipped++;
            }
        }
        return new Sorted(added, targets.values());
    }

    static final class Target {
        final UUID id;
        final Record before;
        final Map<Field<?>, Object> values = new HashMap<>();

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

        /**
         * Puts the row's mapped values on the record: all of them, or only where the record has none yet. A value is
         * taken as its column's type (a stage the file names becomes the stage enum the record holds).
         */
        void apply(ParsedRow row, Map<ImportField, Field<?>> columns, boolean overwrite) {
            for (Map.Entry<ImportField, Field<?>> c : columns.entrySet()) {
                if (row.has(c.getKey()) && (overwrite || current(c.getValue()) == null)) {
                    values.put(c.getValue(), EnumColumns.typed(c.getValue(), row.get(c.getKey())));
                }
            }
        }

        /** True when one of the row's values differs from the record's. */
        boolean differs(ParsedRow row, Map<ImportField, Field<?>> columns) {
            for (Map.Entry<ImportField, Field<?>> c : columns.entrySet()) {
                Object read = EnumColumns.typed(c.getValue(), row.get(c.getKey()));
                if (row.has(c.getKey()) && !UpdateBatch.same(current(c.getValue()), read)) {
                    return true;
                }
            }
            return false;
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
