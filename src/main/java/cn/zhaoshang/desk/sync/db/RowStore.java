package cn.zhaoshang.desk.sync.db;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.sync.SyncRow;
import cn.zhaoshang.desk.sync.ThreeWayMerge;
import cn.zhaoshang.desk.sync.db.SyncTable.LinkSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Reads and writes whole rows of any synced table in one database (the laptop's or the server's),
 * as {@link SyncRow}s with their link sets. Every write is recorded in that database's change log,
 * so its search index, screens and other clients follow.
 */
public final class RowStore {
    /** Separates the columns of one link inside a link set element. */
    private static final String COLUMN = "\u001f";

    private final Database database;

    public RowStore(Database database) {
        this.database = database;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    /** The rows with these ids, deleted ones too; {@code forUpdate} locks them until the transaction ends. */
    public Map<UUID, SyncRow> read(SyncTable table, Collection<UUID> ids, boolean forUpdate) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var select = dsl().selectFrom(table.table()).where(in(id(table.table()), ids));
        List<? extends Record> records = forUpdate ? select.forUpdate().fetch() : select.fetch();
        return rows(table, records);
    }

    /** Rows matching {@code condition}, a page at a time in key order (the first pull of a share). */
    public List<SyncRow> page(SyncTable table, Condition condition, UUID after, int limit) {
        Field<UUID> id = id(table.table());
        var records = dsl().selectFrom(table.table()).where(condition)
                .and(after == null ? DSL.noCondition() : id.gt(after)).orderBy(id).limit(limit).fetch();
        return new ArrayList<>(rows(table, records).values());
    }

    private Map<UUID, SyncRow> rows(SyncTable table, List<? extends Record> records) {
        Map<UUID, Map<String, String>> values = new LinkedHashMap<>();
        for (Record r : records) {
            Map<String, String> row = new LinkedHashMap<>();
            for (Field<?> f : table.table().fields()) {
                row.put(f.getName(), RowText.text(r.get(f)));
            }
            values.put((UUID) r.get("id"), row);
        }
        for (LinkSet link : table.links()) {
            Map<UUID, Set<String>> sets = linkSets(link, values.keySet());
            values.forEach((id, row) -> {
                Set<String> set = sets.getOrDefault(id, Set.of());
                row.put(link.column(), set.isEmpty() ? null : String.join(ThreeWayMerge.ELEMENT, set));
            });
        }
        Map<UUID, SyncRow> rows = new LinkedHashMap<>();
        values.forEach((id, row) -> rows.put(id, new SyncRow(row)));
        return rows;
    }

    private Map<UUID, Set<String>> linkSets(LinkSet link, Collection<UUID> owners) {
        Map<UUID, Set<String>> sets = new HashMap<>();
        if (owners.isEmpty()) {
            return sets;
        }
        List<Field<?>> selected = new ArrayList<>();
        selected.add(link.ownerColumn());
        selected.addAll(link.valueColumns());
        for (Record r : dsl().select(selected).from(link.table()).where(in(link.ownerColumn(), owners)).fetch()) {
            List<String> parts = new ArrayList<>();
            for (Field<?> f : link.valueColumns()) {
                parts.add(RowText.text(r.get(f)));
            }
            sets.computeIfAbsent(r.get(link.ownerColumn()), k -> new TreeSet<>()).add(String.join(COLUMN, parts));
        }
        return sets;
    }

    public void insert(SyncTable table, SyncRow row) {
        Record record = dsl().newRecord(table.table());
        for (Field<?> f : table.table().fields()) {
            set(record, f, row.get(f.getName()));
        }
        dsl().insertInto(table.table()).set(record).execute();
        writeLinks(table, row);
        database.recordChange(table.name(), ChangeKind.CREATE, List.of(row.id()));
    }

    /** Writes every column but the key; {@code expectedVersion} (when not null) must still be the stored one. */
    public boolean update(SyncTable table, SyncRow row, Integer expectedVersion, boolean wasDeleted) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        for (Field<?> f : table.table().fields()) {
            if (!f.getName().equals("id")) {
                values.put(f, RowText.value(f, row.get(f.getName())));
            }
        }
        Condition which = id(table.table()).eq(row.id());
        if (expectedVersion != null) {
            @SuppressWarnings("unchecked")
            Field<Integer> version = (Field<Integer>) table.table().field("version");
            which = which.and(version.eq(expectedVersion));
        }
        if (dsl().update(table.table()).set(values).where(which).execute() != 1) {
            return false;
        }
        writeLinks(table, row);
        ChangeKind kind = row.deleted() == wasDeleted ? ChangeKind.UPDATE
                : row.deleted() ? ChangeKind.DELETE : ChangeKind.RESTORE;
        database.recordChange(table.name(), kind, List.of(row.id()));
        return true;
    }

    /** Removes a row for good (it was purged on the other side); false when other rows still refer to it. */
    public boolean purge(SyncTable table, UUID id) {
        try {
            return database.transaction(() -> {
                for (LinkSet link : table.links()) {
                    dsl().deleteFrom(link.table()).where(link.ownerColumn().eq(id)).execute();
                }
                boolean gone = dsl().deleteFrom(table.table()).where(id(table.table()).eq(id)).execute() == 1;
                database.recordChange(table.name(), ChangeKind.PURGE, List.of(id));
                return gone;
            });
        } catch (DataAccessException stillReferenced) {
            return false;
        }
    }

    private void writeLinks(SyncTable table, SyncRow row) {
        for (LinkSet link : table.links()) {
            if (!row.values().containsKey(link.column())) {
                continue;
            }
            dsl().deleteFrom(link.table()).where(link.ownerColumn().eq(row.id())).execute();
            for (String element : ThreeWayMerge.elements(row.get(link.column()))) {
                String[] parts = element.split(COLUMN, -1);
                Record r = dsl().newRecord(link.table());
                set(r, link.ownerColumn(), row.id().toString());
                for (int i = 0; i < link.valueColumns().size(); i++) {
                    set(r, link.valueColumns().get(i), parts[i]);
                }
                dsl().insertInto(link.table()).set(r).execute();
            }
            database.recordChange(link.table().getName(), ChangeKind.UPDATE, List.of(row.id()));
        }
    }

    /**
     * Ids that rows refer to (foreign keys, their link sets' too) and that are not in this database,
     * by table.
     */
    public Map<Table<?>, Set<UUID>> missingReferences(SyncTable table, Collection<SyncRow> rows) {
        Map<Table<?>, Set<UUID>> wanted = new LinkedHashMap<>();
        for (ForeignKey<?, ?> fk : table.table().getReferences()) {
            if (fk.getFields().size() == 1 && fk.getFields().get(0).getType() == UUID.class) {
                String column = fk.getFields().get(0).getName();
                Set<UUID> ids = wanted.computeIfAbsent(fk.getKey().getTable(), t -> new HashSet<>());
                rows.forEach(r -> addId(ids, r.get(column)));
            }
        }
        for (LinkSet link : table.links()) {
            for (ForeignKey<?, ?> fk : link.table().getReferences()) {
                int index = link.valueColumns().indexOf(fk.getFields().get(0));
                if (fk.getFields().size() == 1 && index >= 0) {
                    Set<UUID> ids = wanted.computeIfAbsent(fk.getKey().getTable(), t -> new HashSet<>());
                    rows.forEach(r -> ThreeWayMerge.elements(r.get(link.column()))
                            .forEach(e -> addId(ids, e.split(COLUMN, -1)[index])));
                }
            }
        }
        Map<Table<?>, Set<UUID>> missing = new LinkedHashMap<>();
        wanted.forEach((target, ids) -> {
            if (target.getName().equals(table.name())) {
                rows.forEach(r -> ids.remove(r.id()));
            }
            ids.removeAll(existing(target, ids));
            if (!ids.isEmpty()) {
                missing.put(target, ids);
            }
        });
        return missing;
    }

    private static void addId(Set<UUID> ids, String value) {
        if (value != null) {
            ids.add(UUID.fromString(value));
        }
    }

    /** Which of these ids exist in the table. */
    public Set<UUID> existing(Table<?> table, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(dsl().select(id(table)).from(table).where(in(id(table), ids)).fetch(id(table)));
    }

    @SuppressWarnings("unchecked")
    static Field<UUID> id(Table<?> table) {
        return (Field<UUID>) table.field("id");
    }

    /** The table's rows with these keys. */
    public static Condition idIn(Table<?> table, Collection<UUID> ids) {
        return in(id(table), ids);
    }

    /** A list of literals: H2 makes a hash set of constants but checks bind values one by one. */
    public static Condition in(Field<UUID> field, Collection<UUID> ids) {
        return field.in(ids.stream().<Field<UUID>>map(DSL::inline).toList());
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(Record record, Field<T> field, String text) {
        record.set(field, RowText.value(field, text));
    }
}
