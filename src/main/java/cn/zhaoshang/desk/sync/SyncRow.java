package cn.zhaoshang.desk.sync;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A row as sync moves and compares it: every column as text (null for SQL null), plus each link set
 * carried inside it under a {@code #table} pseudo-column. Text makes rows comparable across H2 and
 * PostgreSQL and storable as the merge base.
 */
public record SyncRow(Map<String, String> values) {
    /** Columns that say when and by which version a row changed, not what it holds. */
    public static final Set<String> BOOKKEEPING = Set.of("id", "created_at", "updated_at", "version");

    public SyncRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String get(String column) {
        return values.get(column);
    }

    public UUID id() {
        return UUID.fromString(values.get("id"));
    }

    public int version() {
        String v = values.get("version");
        return v == null ? 0 : Integer.parseInt(v);
    }

    public boolean deleted() {
        return values.get("deleted_at") != null;
    }

    /** This row with some values replaced. */
    public SyncRow with(Map<String, String> changes) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.putAll(changes);
        return new SyncRow(copy);
    }

    public SyncRow with(String column, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(column, value);
        return new SyncRow(copy);
    }

    /** Same content: every column but the bookkeeping ones is equal. */
    public boolean sameContent(SyncRow other) {
        if (other == null) {
            return false;
        }
        for (String column : union(other)) {
            if (!BOOKKEEPING.contains(column) && !Objects.equals(values.get(column), other.values.get(column))) {
                return false;
            }
        }
        return true;
    }

    Set<String> union(SyncRow other) {
        Set<String> columns = new LinkedHashSet<>(values.keySet());
        columns.addAll(other.values.keySet());
        return columns;
    }
}
