package cn.zhaoshang.desk.sync.db;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static cn.zhaoshang.desk.generated.Tables.CHANGE_LOG;
import static cn.zhaoshang.desk.generated.Tables.SYNC_BASE;
import static cn.zhaoshang.desk.generated.Tables.SYNC_BRIEFCASE;
import static cn.zhaoshang.desk.generated.Tables.SYNC_CONFLICT;
import static cn.zhaoshang.desk.generated.Tables.SYNC_STATE;

import cn.zhaoshang.desk.common.db.ChangeLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.sync.Briefcase;
import cn.zhaoshang.desk.sync.Conflict;
import cn.zhaoshang.desk.sync.SyncRow;
import cn.zhaoshang.desk.sync.SyncState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * A laptop's sync bookkeeping in its own database: where it stands, the merge bases, the conflict
 * queue and the briefcase. None of it goes to the change log: it never travels.
 */
public final class LaptopStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database database;

    public LaptopStore(Database database) {
        this.database = database;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    public boolean isTied() {
        return dsl().fetchExists(SYNC_STATE);
    }

    public void tie(UUID laptopId, String userName, long pushedSeq) {
        dsl().insertInto(SYNC_STATE).set(SYNC_STATE.ID, 1).set(SYNC_STATE.LAPTOP_ID, laptopId)
                .set(SYNC_STATE.USER_NAME, userName).set(SYNC_STATE.PUSHED_SEQ, pushedSeq)
                .set(SYNC_STATE.PULLED_SEQ, 0L).execute();
    }

    public Optional<SyncState> state() {
        Record r = dsl().selectFrom(SYNC_STATE).where(SYNC_STATE.ID.eq(1)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        long pushed = r.get(SYNC_STATE.PUSHED_SEQ);
        return Optional.of(new SyncState(r.get(SYNC_STATE.LAPTOP_ID), r.get(SYNC_STATE.USER_NAME), pushed,
                r.get(SYNC_STATE.PULLED_SEQ), r.get(SYNC_STATE.LAST_SYNC_AT), r.get(SYNC_STATE.LAST_ERROR),
                waiting(pushed), dsl().fetchCount(SYNC_CONFLICT, SYNC_CONFLICT.RESOLVED_AT.isNull())));
    }

    public void pushed(long seq) {
        dsl().update(SYNC_STATE).set(SYNC_STATE.PUSHED_SEQ, seq).where(SYNC_STATE.ID.eq(1)).execute();
    }

    public void pulled(long seq) {
        dsl().update(SYNC_STATE).set(SYNC_STATE.PULLED_SEQ, seq).where(SYNC_STATE.ID.eq(1)).execute();
    }

    /** A sync ended: when it worked, its time; when it failed, why (the time of the last one that worked stays). */
    public void finished(OffsetDateTime at, String error) {
        var update = error == null
                ? dsl().update(SYNC_STATE).set(SYNC_STATE.LAST_SYNC_AT, at).set(SYNC_STATE.LAST_ERROR, (String) null)
                : dsl().update(SYNC_STATE).set(SYNC_STATE.LAST_ERROR, cut(error, 500));
        update.where(SYNC_STATE.ID.eq(1)).execute();
    }

    /**
     * Records this laptop changed after change {@code after} (up to {@code upTo}), by table, in the
     * order of {@link SyncTables#ordered()}: everything it logged except what sync itself brought in.
     * A change of a link table counts as a change of its owner.
     */
    public Map<SyncTable, Set<UUID>> ownChanges(long after, long upTo) {
        Map<String, Set<UUID>> byTable = new LinkedHashMap<>();
        for (Record r : dsl().select(CHANGE_LOG.TABLE_NAME, CHANGE_LOG.RECORD_IDS).from(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt(after)).and(CHANGE_LOG.SEQ.le(upTo))
                .and(CHANGE_LOG.ORIGIN.ne(ChangeLog.SYNC_ORIGIN)).orderBy(CHANGE_LOG.SEQ, CHANGE_LOG.PART).fetch()) {
            String table = r.get(CHANGE_LOG.TABLE_NAME);
            String owner = SyncTables.ownerOfLink(table).map(SyncTable::name).orElse(table);
            byTable.computeIfAbsent(owner, t -> new LinkedHashSet<>()).addAll(ChangeLog.unpack(r.get(CHANGE_LOG.RECORD_IDS)));
        }
        Map<SyncTable, Set<UUID>> ordered = new LinkedHashMap<>();
        for (SyncTable table : SyncTables.ordered()) {
            Set<UUID> ids = byTable.get(table.name());
            if (ids != null && table.pushed()) {
                ordered.put(table, ids);
            }
        }
        return ordered;
    }

    private int waiting(long pushedSeq) {
        long upTo = ChangeLog.lastSequence(dsl());
        // The records a person changed: the audit entries that travel with them are not counted again.
        return ownChanges(pushedSeq, upTo).entrySet().stream().filter(e -> !e.getKey().name().equals(AUDIT_LOG.getName()))
                .mapToInt(e -> e.getValue().size()).sum();
    }

    // Bases

    public Map<UUID, SyncRow> bases(SyncTable table, Collection<UUID> ids) {
        Map<UUID, SyncRow> bases = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return bases;
        }
        dsl().select(SYNC_BASE.RECORD_ID, SYNC_BASE.ROW_DATA).from(SYNC_BASE).where(SYNC_BASE.TABLE_NAME.eq(table.name()))
                .and(RowStore.in(SYNC_BASE.RECORD_ID, ids))
                .forEach(r -> bases.put(r.value1(), new SyncRow(parse(r.value2()))));
        return bases;
    }

    /** The rows as both sides now agree on them: the base of the next merge. */
    public void putBases(SyncTable table, Collection<SyncRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        dsl().deleteFrom(SYNC_BASE).where(SYNC_BASE.TABLE_NAME.eq(table.name())).and(RowStore.in(SYNC_BASE.RECORD_ID, ids))
                .execute();
        var insert = dsl().insertInto(SYNC_BASE, SYNC_BASE.TABLE_NAME, SYNC_BASE.RECORD_ID, SYNC_BASE.VERSION,
                SYNC_BASE.ROW_DATA);
        for (SyncRow row : rows) {
            insert = insert.values(table.name(), row.id(), row.version(), json(row.values()));
        }
        insert.execute();
    }

    // Conflicts

    public void addConflict(Conflict c, String mineRow) {
        dsl().insertInto(SYNC_CONFLICT).set(SYNC_CONFLICT.ID, c.id()).set(SYNC_CONFLICT.CREATED_AT, c.createdAt())
                .set(SYNC_CONFLICT.TABLE_NAME, c.table()).set(SYNC_CONFLICT.RECORD_ID, c.recordId())
                .set(SYNC_CONFLICT.RECORD_LABEL, cut(c.recordLabel(), 300)).set(SYNC_CONFLICT.KIND, c.kind())
                .set(SYNC_CONFLICT.FIELD_NAME, c.field()).set(SYNC_CONFLICT.MINE, cut(c.mine(), 4000))
                .set(SYNC_CONFLICT.THEIRS, cut(c.theirs(), 4000)).set(SYNC_CONFLICT.MY_USER, c.myUser())
                .set(SYNC_CONFLICT.MY_AT, c.myAt()).set(SYNC_CONFLICT.THEIR_USER, c.theirUser())
                .set(SYNC_CONFLICT.THEIR_AT, c.theirAt()).set(SYNC_CONFLICT.MINE_ROW, mineRow).execute();
    }

    public List<Conflict> conflicts(boolean openOnly) {
        return dsl().selectFrom(SYNC_CONFLICT).where(openOnly ? SYNC_CONFLICT.RESOLVED_AT.isNull() : DSL.noCondition())
                .orderBy(SYNC_CONFLICT.CREATED_AT, SYNC_CONFLICT.ID).fetch(LaptopStore::toConflict);
    }

    public Optional<Conflict> conflict(UUID id) {
        return dsl().selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(id)).fetchOptional(LaptopStore::toConflict);
    }

    /** The laptop's whole row kept with a conflict, where taking "mine" needs more than one value. */
    public Optional<SyncRow> mineRow(UUID conflictId) {
        String text = dsl().select(SYNC_CONFLICT.MINE_ROW).from(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflictId))
                .fetchOne(SYNC_CONFLICT.MINE_ROW);
        return text == null ? Optional.empty() : Optional.of(new SyncRow(parse(text)));
    }

    public void resolve(UUID id, String resolution, String by, OffsetDateTime at) {
        dsl().update(SYNC_CONFLICT).set(SYNC_CONFLICT.RESOLVED_AT, at).set(SYNC_CONFLICT.RESOLUTION, resolution)
                .set(SYNC_CONFLICT.RESOLVED_BY, by).where(SYNC_CONFLICT.ID.eq(id)).execute();
    }

    private static Conflict toConflict(Record r) {
        return new Conflict(r.get(SYNC_CONFLICT.ID), r.get(SYNC_CONFLICT.CREATED_AT), r.get(SYNC_CONFLICT.TABLE_NAME),
                r.get(SYNC_CONFLICT.RECORD_ID), r.get(SYNC_CONFLICT.RECORD_LABEL),
                r.get(SYNC_CONFLICT.KIND), r.get(SYNC_CONFLICT.FIELD_NAME), r.get(SYNC_CONFLICT.MINE),
                r.get(SYNC_CONFLICT.THEIRS), r.get(SYNC_CONFLICT.MY_USER), r.get(SYNC_CONFLICT.MY_AT),
                r.get(SYNC_CONFLICT.THEIR_USER), r.get(SYNC_CONFLICT.THEIR_AT), r.get(SYNC_CONFLICT.RESOLVED_AT),
                r.get(SYNC_CONFLICT.RESOLUTION));
    }

    // Briefcase

    public Briefcase briefcase() {
        Set<UUID> teams = new HashSet<>();
        Set<UUID> chains = new HashSet<>();
        Set<UUID> companies = new HashSet<>();
        dsl().selectFrom(SYNC_BRIEFCASE).forEach(r -> (switch (r.getKind()) {
            case TEAM -> teams;
            case CHAIN -> chains;
            case COMPANY -> companies;
        }).add(r.getRefId()));
        return new Briefcase(teams, chains, companies);
    }

    public void pack(Briefcase.Kind kind, UUID id, OffsetDateTime at) {
        if (!dsl().fetchExists(SYNC_BRIEFCASE, SYNC_BRIEFCASE.KIND.eq(kind).and(SYNC_BRIEFCASE.REF_ID.eq(id)))) {
            dsl().insertInto(SYNC_BRIEFCASE).set(SYNC_BRIEFCASE.KIND, kind).set(SYNC_BRIEFCASE.REF_ID, id)
                    .set(SYNC_BRIEFCASE.ADDED_AT, at).execute();
        }
    }

    public void unpack(Briefcase.Kind kind, UUID id) {
        dsl().deleteFrom(SYNC_BRIEFCASE).where(SYNC_BRIEFCASE.KIND.eq(kind)).and(SYNC_BRIEFCASE.REF_ID.eq(id)).execute();
    }

    static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A damaged sync base: " + e.getMessage(), e);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
