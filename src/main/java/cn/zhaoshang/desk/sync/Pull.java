package cn.zhaoshang.desk.sync;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.change.Change;
import cn.zhaoshang.desk.common.change.ChangeBatch;
import cn.zhaoshang.desk.common.db.ChangeLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.sync.db.LaptopStore;
import cn.zhaoshang.desk.sync.db.RowStore;
import cn.zhaoshang.desk.sync.db.ServerStore;
import cn.zhaoshang.desk.sync.db.SyncTable;
import cn.zhaoshang.desk.sync.db.SyncTables;
import cn.zhaoshang.desk.sync.db.WholeCopies;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Brings the server's changes in the laptop's share here (decision 0015): the server's change log
 * after the last number pulled, a page of transactions at a time. Each page is applied in one
 * laptop transaction together with the new number, so a kill loses at most the page under way and
 * the next pull starts where the last one committed. A record changed here and not yet pushed is
 * left as it is: the next push merges it.
 */
final class Pull {
    static final int PAGE = 200;
    static final int FIRST_PULL_PAGE = 2_000;

    private final Database laptop;
    private final Database server;
    private final RowStore local;
    private final RowStore remote;
    private final LaptopStore book;
    private final ServerStore serverBook;

    Pull(Database laptop, Database server, LaptopStore book) {
        this.laptop = laptop;
        this.server = server;
        this.local = new RowStore(laptop);
        this.remote = new RowStore(server);
        this.book = book;
        this.serverBook = new ServerStore(server);
    }

    /** Pulls every change after {@code pulledSeq}; returns how many records changed here. */
    int run(long pulledSeq, ShareContext share, Progress progress) {
        long from = pulledSeq;
        long last = ChangeLog.lastSequence(server.dsl());
        int pulled = 0;
        while (true) {
            List<ChangeBatch> batches = ChangeLog.readAfter(server.dsl(), from, PAGE, null);
            if (batches.isEmpty()) {
                break;
            }
            long upTo = batches.getLast().sequence();
            pulled += apply(changedIds(batches), share, upTo);
            from = upTo;
            progress.update(from - pulledSeq, Math.max(1, last - pulledSeq));
            progress.checkCancelled();
        }
        laptop.transactionAs(ChangeLog.SYNC_ORIGIN, () -> WholeCopies.copy(server.dsl(), laptop.dsl()));
        return pulled;
    }

    /**
     * The first pull of a newly tied laptop: the whole share, table by table in pages, read from one
     * snapshot of the server together with the change number it stands at; the log is followed from there.
     */
    int first(ShareContext share, Progress progress) {
        return server.transaction(() -> {
            if (server.engine() == Engine.POSTGRES) {
                server.dsl().execute("set transaction isolation level repeatable read");
            }
            long at = ChangeLog.lastSequence(server.dsl());
            int pulled = 0;
            for (SyncTable table : SyncTables.ordered()) {
                if (!table.pulled()) {
                    continue;
                }
                progress.step("sync.step.table", table.name());
                Condition inShare = serverBook.inShare(table, share);
                UUID after = null;
                while (true) {
                    List<SyncRow> page = remote.page(table, inShare, after, FIRST_PULL_PAGE);
                    if (page.isEmpty()) {
                        break;
                    }
                    Map<SyncTable, Map<UUID, SyncRow>> rows = new LinkedHashMap<>();
                    rows.put(table, byId(page));
                    addReferences(rows);
                    pulled += laptop.transactionAs(ChangeLog.SYNC_ORIGIN, () -> write(rows, share.userId()));
                    after = page.getLast().id();
                    progress.checkCancelled();
                }
            }
            laptop.transactionAs(ChangeLog.SYNC_ORIGIN, () -> {
                WholeCopies.copy(server.dsl(), laptop.dsl());
                book.pulled(at);
            });
            return pulled;
        });
    }

    /**
     * The briefcase's companies this laptop does not hold yet (just packed: unchanged on the server, so the
     * log does not bring them), with what belongs to them. Reads only what the briefcase names.
     */
    int briefcase(ShareContext share) {
        if (share.briefcase().isEmpty()) {
            return 0;
        }
        ShareContext packedOnly = new ShareContext(false, share.userId(), null, Set.of(), share.today(),
                share.briefcase());
        SyncTable companies = SyncTables.ordered().stream().filter(t -> t.name().equals("company")).findFirst()
                .orElseThrow();
        Map<UUID, SyncRow> packed = byId(remote.page(companies, serverBook.inShare(companies, packedOnly), null,
                Integer.MAX_VALUE));
        packed.keySet().removeAll(local.existing(companies.table(), packed.keySet()));
        if (packed.isEmpty()) {
            return 0;
        }
        Map<SyncTable, Map<UUID, SyncRow>> rows = new LinkedHashMap<>();
        rows.put(companies, packed);
        addNewcomersChildren(rows, share);
        addReferences(rows);
        return laptop.transactionAs(ChangeLog.SYNC_ORIGIN, () -> write(rows, share.userId()));
    }

    /** The ids each synced table's rows changed under, a link table's under its owner. */
    static Map<SyncTable, Set<UUID>> changedIds(List<ChangeBatch> batches) {
        Map<String, Set<UUID>> byName = new LinkedHashMap<>();
        for (ChangeBatch batch : batches) {
            for (Change change : batch.changes()) {
                String owner = SyncTables.ownerOfLink(change.table()).map(SyncTable::name).orElse(change.table());
                byName.computeIfAbsent(owner, t -> new LinkedHashSet<>()).addAll(change.ids());
            }
        }
        Map<SyncTable, Set<UUID>> ordered = new LinkedHashMap<>();
        for (SyncTable table : SyncTables.ordered()) {
            if (table.pulled() && byName.containsKey(table.name())) {
                ordered.put(table, byName.get(table.name()));
            }
        }
        return ordered;
    }

    private int apply(Map<SyncTable, Set<UUID>> changed, ShareContext share, long upTo) {
        Map<SyncTable, Map<UUID, SyncRow>> rows = new LinkedHashMap<>();
        Map<SyncTable, Set<UUID>> purged = new LinkedHashMap<>();
        for (Map.Entry<SyncTable, Set<UUID>> e : changed.entrySet()) {
            SyncTable table = e.getKey();
            rows.put(table, byId(readInShare(table, e.getValue(), share)));
            Set<UUID> gone = new HashSet<>(e.getValue());
            gone.removeAll(remote.existing(table.table(), e.getValue()));
            if (!gone.isEmpty()) {
                purged.put(table, gone);
            }
        }
        addNewcomersChildren(rows, share);
        addReferences(rows);
        return laptop.transactionAs(ChangeLog.SYNC_ORIGIN, () -> {
            int n = write(rows, share.userId());
            purged.forEach((table, ids) -> ids.forEach(id -> purgeIfClean(table, id)));
            book.pulled(upTo);
            return n;
        });
    }

    List<SyncRow> readInShare(SyncTable table, Collection<UUID> ids, ShareContext share) {
        List<SyncRow> rows = new ArrayList<>();
        List<UUID> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += FIRST_PULL_PAGE) {
            List<UUID> chunk = list.subList(from, Math.min(list.size(), from + FIRST_PULL_PAGE));
            rows.addAll(remote.page(table, serverBook.inShare(table, share).and(RowStore.idIn(table.table(), chunk)),
                    null, Integer.MAX_VALUE));
        }
        return rows;
    }

    /**
     * A company, project or task that has just come into the share (owner changed, a claim, the
     * briefcase) brings the rows that belong to it, which the log does not mention because they did
     * not change.
     */
    private void addNewcomersChildren(Map<SyncTable, Map<UUID, SyncRow>> rows, ShareContext share) {
        Map<String, Set<UUID>> arrived = new LinkedHashMap<>();
        for (SyncTable table : SyncTables.ordered()) {
            List<Condition> owned = new ArrayList<>();
            switch (table.share()) {
                case BY_OWNER -> owned.add(in(table.owner(), arrived(rows, arrived, table.ownerTable().getName())));
                case PROJECT -> owned.add(in(SyncTables.reference(table, "company"), arrived(rows, arrived, "company")));
                case TASK -> {
                    owned.add(in(SyncTables.reference(table, "company"), arrived(rows, arrived, "company")));
                    owned.add(in(SyncTables.reference(table, "project"), arrived(rows, arrived, "project")));
                }
                default -> { }
            }
            owned.removeIf(Objects::isNull);
            if (owned.isEmpty()) {
                continue;
            }
            Condition any = owned.stream().reduce(Condition::or).orElseThrow();
            List<SyncRow> found = remote.page(table, serverBook.inShare(table, share).and(any), null, Integer.MAX_VALUE);
            if (!found.isEmpty()) {
                rows.computeIfAbsent(table, t -> new LinkedHashMap<>()).putAll(byId(found));
                arrived.remove(table.name());   // those that just came bring their own rows in turn
            }
        }
    }

    /** The records of a table among the pulled rows that this laptop does not have yet. */
    private Set<UUID> arrived(Map<SyncTable, Map<UUID, SyncRow>> rows, Map<String, Set<UUID>> known, String tableName) {
        return known.computeIfAbsent(tableName, name -> newcomers(rows, name));
    }

    private Set<UUID> newcomers(Map<SyncTable, Map<UUID, SyncRow>> rows, String tableName) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach((table, byId) -> {
            if (table.name().equals(tableName)) {
                ids.addAll(byId.keySet());
                ids.removeAll(local.existing(table.table(), byId.keySet()));
            }
        });
        return ids;
    }

    /**
     * Rows the pulled rows refer to and the laptop lacks (a project's investor outside the share, a
     * claim's team) are brought too, whatever the share: the references must hold on both sides.
     */
    void addReferences(Map<SyncTable, Map<UUID, SyncRow>> rows) {
        Set<UUID> asked = new HashSet<>();
        boolean added = true;
        while (added) {
            added = false;
            for (SyncTable table : List.copyOf(rows.keySet())) {
                Map<Table<?>, Set<UUID>> missing = local.missingReferences(table, rows.get(table).values());
                for (Map.Entry<Table<?>, Set<UUID>> m : missing.entrySet()) {
                    SyncTable target = SyncTables.byName(m.getKey().getName()).orElse(null);
                    if (target == null) {
                        continue;
                    }
                    Map<UUID, SyncRow> have = rows.computeIfAbsent(target, t -> new LinkedHashMap<>());
                    Set<UUID> wanted = new HashSet<>(m.getValue());
                    wanted.removeAll(have.keySet());
                    wanted.removeAll(asked);
                    if (!wanted.isEmpty()) {
                        asked.addAll(wanted);
                        have.putAll(remote.read(target, wanted, false));
                        added = true;
                    }
                }
            }
        }
    }

    /**
     * Writes the server's rows in table order (references first), each unless changed here and not
     * pushed yet; returns how many changed here. A password hash is kept for {@code ownUser} only.
     */
    int write(Map<SyncTable, Map<UUID, SyncRow>> rows, UUID ownUser) {
        int changed = 0;
        for (SyncTable table : SyncTables.ordered()) {
            Map<UUID, SyncRow> theirs = rows.get(table);
            if (theirs == null || theirs.isEmpty()) {
                continue;
            }
            Map<UUID, SyncRow> mine = local.read(table, theirs.keySet(), false);
            Map<UUID, SyncRow> bases = book.bases(table, theirs.keySet());
            List<SyncRow> agreed = new ArrayList<>();
            for (SyncRow t : parentsFirst(table, theirs.values())) {
                SyncRow row = table.share() == Share.USERS ? withoutOthersPassword(t, ownUser) : t;
                SyncRow m = mine.get(row.id());
                SyncRow b = bases.get(row.id());
                if (m == null) {
                    local.insert(table, row);
                    changed++;
                } else if (m.sameContent(row)) {
                    if (m.version() != row.version()) {
                        local.update(table, row, m.version(), m.deleted());
                    }
                } else if (b != null && m.sameContent(b)) {
                    local.update(table, row, m.version(), m.deleted());
                    changed++;
                } else {
                    continue;   // changed here and not pushed yet: the next push merges it
                }
                agreed.add(row);
            }
            book.putBases(table, agreed);
        }
        return changed;
    }

    private void purgeIfClean(SyncTable table, UUID id) {
        Map<UUID, SyncRow> mine = local.read(table, List.of(id), false);
        SyncRow m = mine.get(id);
        SyncRow b = book.bases(table, List.of(id)).get(id);
        if (m != null && b != null && m.sameContent(b)) {
            local.purge(table, id);
        }
    }

    /** A password hash travels only for the laptop's own user: nobody else can sign in on it. */
    static SyncRow withoutOthersPassword(SyncRow user, UUID ownUser) {
        return user.id().equals(ownUser) ? user : user.with("password_hash", null);
    }

    /** Rows of a table that refers to itself (a parent carrier, a corrected visit) come after the row they name. */
    private static List<SyncRow> parentsFirst(SyncTable table, Collection<SyncRow> rows) {
        List<String> selfColumns = new ArrayList<>();
        for (var fk : table.table().getReferences()) {
            if (fk.getKey().getTable().getName().equals(table.name()) && fk.getFields().size() == 1) {
                selfColumns.add(fk.getFields().get(0).getName());
            }
        }
        if (selfColumns.isEmpty()) {
            return new ArrayList<>(rows);
        }
        List<SyncRow> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> all = new HashSet<>();
        rows.forEach(r -> all.add(r.get("id")));
        List<SyncRow> left = new ArrayList<>(rows);
        while (!left.isEmpty()) {
            int before = left.size();
            for (var it = left.iterator(); it.hasNext();) {
                SyncRow r = it.next();
                boolean ready = selfColumns.stream().allMatch(c -> r.get(c) == null || !all.contains(r.get(c))
                        || placed.contains(r.get(c)));
                if (ready) {
                    ordered.add(r);
                    placed.add(r.get("id"));
                    it.remove();
                }
            }
            if (left.size() == before) {
                ordered.addAll(left);   // a cycle: let the database say what is wrong
                break;
            }
        }
        return ordered;
    }

    static Map<UUID, SyncRow> byId(Collection<SyncRow> rows) {
        Map<UUID, SyncRow> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.id(), r));
        return map;
    }

    /** Null (nothing to look for) when there are no ids. */
    private static Condition in(Field<UUID> column, Set<UUID> ids) {
        return ids.isEmpty() ? null : RowStore.in(column, ids);
    }
}
