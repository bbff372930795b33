package cn.zhaoshang.desk.sync;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges this laptop's row ("mine") and the server's ("theirs") against the row as both last agreed
 * ("base"), field by field: a field only one side changed takes that side's value, a field both
 * changed alike is kept, a field both changed differently keeps the server's value and becomes a
 * conflict. Link sets (tags, chain links) merge element by element, so adds and removes of both
 * sides all land. A delete against an edit keeps the record as the edit left it (or deleted, when
 * the server deleted) and becomes a conflict. Pure: no database.
 */
public final class ThreeWayMerge {
    /** Separates the elements of a link set inside its pseudo-column. */
    public static final String ELEMENT = "\u001e";

    /** A field both sides changed differently. */
    public record FieldConflict(ConflictKind kind, String column, String mine, String theirs) { }

    public record Outcome(SyncRow merged, List<FieldConflict> conflicts) {
        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    private ThreeWayMerge() {
    }

    public static Outcome merge(SyncRow base, SyncRow mine, SyncRow theirs) {
        if (base == null) {
            // Never agreed before (a first push that was cut short): this laptop's row stands.
            return new Outcome(mine.with("version", theirs.get("version")), List.of());
        }
        boolean iDeleted = !base.deleted() && mine.deleted();
        boolean theyDeleted = !base.deleted() && theirs.deleted();
        boolean iEdited = editedApartFromDeletion(base, mine);
        boolean theyEdited = editedApartFromDeletion(base, theirs);
        if (iDeleted && !theyDeleted && theyEdited) {
            return new Outcome(theirs, List.of(new FieldConflict(ConflictKind.DELETE_EDIT, "deleted_at",
                    mine.get("deleted_at"), null)));
        }
        if (theyDeleted && !iDeleted && iEdited) {
            return new Outcome(theirs, List.of(new FieldConflict(ConflictKind.EDIT_DELETE, "deleted_at",
                    null, theirs.get("deleted_at"))));
        }
        Map<String, String> merged = new LinkedHashMap<>(theirs.values());
        List<FieldConflict> conflicts = new ArrayList<>();
        for (String column : mine.union(theirs)) {
            if (SyncRow.BOOKKEEPING.contains(column)) {
                continue;
            }
            String b = base.get(column);
            String m = mine.get(column);
            String t = theirs.get(column);
            if (column.startsWith("#")) {
                merged.put(column, mergeSets(b, m, t));
            } else if (column.equals("deleted_at") && m != null && t != null) {
                merged.put(column, t);  // deleted on both sides: deleted, whenever
            } else if (Objects.equals(m, t) || Objects.equals(t, b)) {
                merged.put(column, m);
            } else if (!Objects.equals(m, b)) {
                conflicts.add(new FieldConflict(ConflictKind.SAME_FIELD, column, m, t));
            }
        }
        merged.put("updated_at", later(mine.get("updated_at"), theirs.get("updated_at")));
        return new Outcome(new SyncRow(merged), List.copyOf(conflicts));
    }

    private static boolean editedApartFromDeletion(SyncRow base, SyncRow side) {
        for (String column : base.union(side)) {
            if (!SyncRow.BOOKKEEPING.contains(column) && !column.equals("deleted_at")
                    && !Objects.equals(base.get(column), side.get(column))) {
                return true;
            }
        }
        return false;
    }

    /** In the result: what both sides hold, and what either side added; gone: what either side removed. */
    static String mergeSets(String base, String mine, String theirs) {
        Set<String> b = elements(base);
        Set<String> m = elements(mine);
        Set<String> t = elements(theirs);
        Set<String> result = new TreeSet<>();
        for (String e : m) {
            if (t.contains(e) || !b.contains(e)) {
                result.add(e);
            }
        }
        for (String e : t) {
            if (!b.contains(e)) {
                result.add(e);
            }
        }
        return result.isEmpty() ? null : String.join(ELEMENT, result);
    }

    public static Set<String> elements(String joined) {
        Set<String> set = new TreeSet<>();
        if (joined != null && !joined.isEmpty()) {
            set.addAll(List.of(joined.split(ELEMENT, -1)));
        }
        return set;
    }

    private static String later(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return OffsetDateTime.parse(a).isAfter(OffsetDateTime.parse(b)) ? a : b;
    }
}
