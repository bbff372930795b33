package cn.zhaoshang.desk.sync;

import cn.zhaoshang.desk.common.change.ChangeBatch;
import cn.zhaoshang.desk.common.db.ChangeLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.sync.db.LaptopStore;
import cn.zhaoshang.desk.sync.db.RowStore;
import cn.zhaoshang.desk.sync.db.ServerStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.ForeignKey;

/**
 * Sync without a network (decision 0015): the same changes as files. A laptop writes its unsent
 * changes with their bases; the server merges them exactly as an online push would, so a bundle
 * imported twice changes nothing the second time. The server writes the changes in a laptop's
 * share since what that laptop last reported pulling; the laptop applies them like a pull, and
 * one it already has changes nothing.
 */
final class Bundles {
    private Bundles() {
    }

    /** Laptop: this laptop's changes not yet on the server, with their bases. Returns the rows written. */
    static int exportChanges(Database laptop, LaptopStore book, Path file, char[] password) {
        SyncState state = book.state().orElseThrow(() -> new DeskException("sync.error.notTied"));
        long upTo = ChangeLog.lastSequence(laptop.dsl());
        RowStore local = new RowStore(laptop);
        List<Bundle.TableRows> tables = new ArrayList<>();
        int count = 0;
        for (Map.Entry<SyncTable, Set<UUID>> e : book.ownChanges(state.pushedSeq(), upTo).entrySet()) {
            Map<UUID, SyncRow> rows = local.read(e.getKey(), e.getValue(), false);
            Map<UUID, SyncRow> bases = book.bases(e.getKey(), e.getValue());
            List<Map<String, String>> rowValues = new ArrayList<>();
            List<Map<String, String>> baseValues = new ArrayList<>();
            for (SyncRow row : rows.values()) {
                rowValues.add(row.values());
                SyncRow base = bases.get(row.id());
                baseValues.add(base == null ? null : base.values());
            }
            tables.add(new Bundle.TableRows(e.getKey().name(), rowValues, baseValues));
            count += rowValues.size();
        }
        BundleFile.write(file, new Bundle(Bundle.Direction.PUSH, state.laptopId(), state.userName(), state.pulledSeq(),
                upTo, tables), password);
        return count;
    }

    /** Server: merges a laptop's bundle like an online push. */
    static SyncResult importChanges(Database server, Path file, char[] password, OffsetDateTime now) {
        Bundle bundle = BundleFile.read(file, password);
        if (bundle.direction() != Bundle.Direction.PUSH) {
            throw new DeskException("sync.error.wrongBundle", file);
        }
        ServerStore serverBook = new ServerStore(server);
        usableLaptop(serverBook, bundle.laptopId());
        ServerMerge merge = new ServerMerge(server);
        int sent = 0;
        int found = 0;
        for (SyncTable table : SyncTables.ordered()) {
            for (Bundle.TableRows t : bundle.tables()) {
                if (!t.table().equals(table.name()) || !table.pushed()) {
                    continue;
                }
                for (int from = 0; from < t.rows().size(); from += Push.CHUNK) {
                    Map<UUID, SyncRow> mine = new LinkedHashMap<>();
                    Map<UUID, SyncRow> bases = new LinkedHashMap<>();
                    for (int i = from; i < Math.min(t.rows().size(), from + Push.CHUNK); i++) {
                        SyncRow row = new SyncRow(t.rows().get(i));
                        mine.put(row.id(), row);
                        if (t.bases().get(i) != null) {
                            bases.put(row.id(), new SyncRow(t.bases().get(i)));
                        }
                    }
                    ServerMerge.Merged merged = merge.merge(table, mine, bases);
                    sent += table.share() == Share.PUSH_ONLY ? 0 : merged.sent();
                    found += merged.found().size();
                }
            }
        }
        server.transaction(() -> serverBook.synced(bundle.laptopId(), bundle.fromSeq(), now));
        return new SyncResult(sent, 0, found);
    }

    /** Server: the changes in a laptop's share since the laptop last reported where it stands. */
    static int exportFor(Database server, UUID laptopId, Path file, char[] password, LocalDate today) {
        ServerStore serverBook = new ServerStore(server);
        Laptop laptop = usableLaptop(serverBook, laptopId);
        ShareContext share = serverBook.share(laptop.userName(), today, Briefcase.EMPTY);
        long from = laptop.pulledSeq();
        long to = ChangeLog.lastSequence(server.dsl());
        List<ChangeBatch> batches = ChangeLog.readAfter(server.dsl(), from, (int) Math.max(1, to - from), null);
        RowStore remote = new RowStore(server);
        Map<SyncTable, Map<UUID, SyncRow>> rows = new LinkedHashMap<>();
        Pull.changedIds(batches).forEach((table, ids) -> rows.put(table, Pull.byId(remote.page(table,
                serverBook.inShare(table, share).and(RowStore.idIn(table.table(), ids)), null, Integer.MAX_VALUE))));
        addReferencedRows(remote, rows);
        List<Bundle.TableRows> tables = new ArrayList<>();
        int count = 0;
        for (SyncTable table : SyncTables.ordered()) {
            Map<UUID, SyncRow> byId = rows.get(table);
            if (byId == null || byId.isEmpty()) {
                continue;
            }
            List<Map<String, String>> values = new ArrayList<>();
            byId.values().forEach(r -> values.add((table.share() == Share.USERS
                    ? Pull.withoutOthersPassword(r, share.userId()) : r).values()));
            tables.add(new Bundle.TableRows(table.name(), values, List.of()));
            count += values.size();
        }
        BundleFile.write(file, new Bundle(Bundle.Direction.PULL, laptopId, laptop.userName(), from, to, tables), password);
        return count;
    }

    /** Laptop: applies a bundle the server wrote for it, unless it already has it. */
    static int importServerChanges(Database laptop, LaptopStore book, Path file, char[] password) {
        SyncState state = book.state().orElseThrow(() -> new DeskException("sync.error.notTied"));
        Bundle bundle = BundleFile.read(file, password);
        if (bundle.direction() != Bundle.Direction.PULL || !bundle.laptopId().equals(state.laptopId())) {
            throw new DeskException("sync.error.wrongBundle", file);
        }
        if (bundle.toSeq() <= state.pulledSeq()) {
            return 0;
        }
        if (bundle.fromSeq() > state.pulledSeq()) {
            throw new DeskException("sync.error.bundleGap", bundle.fromSeq(), state.pulledSeq());
        }
        Map<SyncTable, Map<UUID, SyncRow>> rows = new LinkedHashMap<>();
        for (Bundle.TableRows t : bundle.tables()) {
            SyncTables.byName(t.table()).ifPresent(table -> {
                List<SyncRow> list = t.rows().stream().map(SyncRow::new).toList();
                rows.put(table, Pull.byId(list));
            });
        }
        UUID ownUser = rows.entrySet().stream().filter(e -> e.getKey().share() == Share.USERS)
                .flatMap(e -> e.getValue().values().stream()).filter(r -> state.userName().equals(r.get("username")))
                .map(SyncRow::id).findFirst().orElse(null);
        return laptop.transactionAs(ChangeLog.SYNC_ORIGIN, () -> {
            int n = new Pull(laptop, null, book).write(rows, ownUser);
            book.pulled(bundle.toSeq());
            return n;
        });
    }

    private static Laptop usableLaptop(ServerStore serverBook, UUID laptopId) {
        Laptop laptop = serverBook.laptop(laptopId).orElseThrow(() -> new DeskException("sync.error.unknownLaptop", laptopId));
        if (laptop.revoked()) {
            throw new DeskException("sync.error.revoked", laptop.revokedBy(), laptop.revokedAt().toLocalDate());
        }
        return laptop;
    }

    /** Rows the bundle's rows refer to, so that they can be written on a laptop that lacks them. */
    private static void addReferencedRows(RowStore remote, Map<SyncTable, Map<UUID, SyncRow>> rows) {
        Set<UUID> asked = new HashSet<>();
        boolean added = true;
        while (added) {
            added = false;
            for (SyncTable table : List.copyOf(rows.keySet())) {
                for (ForeignKey<?, ?> fk : table.table().getReferences()) {
                    SyncTable target = SyncTables.byName(fk.getKey().getTable().getName()).orElse(null);
                    if (target == null || fk.getFields().size() != 1) {
                        continue;
                    }
                    String column = fk.getFields().get(0).getName();
                    Map<UUID, SyncRow> have = rows.computeIfAbsent(target, t -> new LinkedHashMap<>());
                    Set<UUID> wanted = new HashSet<>();
                    rows.get(table).values().forEach(r -> {
                        if (r.get(column) != null) {
                            wanted.add(UUID.fromString(r.get(column)));
                        }
                    });
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
}
