package cn.zhaoshang.desk.sync;

import cn.zhaoshang.desk.common.db.ChangeLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.sync.db.LaptopStore;
import cn.zhaoshang.desk.sync.db.RowStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sends this laptop's changes to the server, merging each record with what the server holds now
 * (decision 0015). Work goes a chunk of records at a time: the server's transaction writes the
 * merged rows, then the laptop's transaction keeps them as the new bases and takes what others
 * changed into its own rows. A kill between the two costs nothing: the next push finds the server
 * already holding this laptop's values, merges to the same result and writes nothing.
 */
final class Push {
    static final int CHUNK = 500;

    private final Database laptop;
    private final RowStore local;
    private final ServerMerge merge;
    private final LaptopStore book;
    private final ConflictRecorder conflicts;

    Push(Database laptop, Database server, LaptopStore book, ConflictRecorder conflicts) {
        this.laptop = laptop;
        this.local = new RowStore(laptop);
        this.merge = new ServerMerge(server);
        this.book = book;
        this.conflicts = conflicts;
    }

    /**
     * Pushes everything changed here after {@code pushedSeq}. Returns the records written to the server
     * (the audit trail that travels with them not counted), the records here that took others' changes
     * in the merge, and the conflicts found.
     */
    SyncResult run(long pushedSeq) {
        long upTo = ChangeLog.lastSequence(laptop.dsl());
        SyncResult total = new SyncResult(0, 0, 0);
        for (Map.Entry<SyncTable, Set<UUID>> entry : book.ownChanges(pushedSeq, upTo).entrySet()) {
            List<UUID> ids = new ArrayList<>(entry.getValue());
            for (int from = 0; from < ids.size(); from += CHUNK) {
                SyncResult chunk = chunk(entry.getKey(), ids.subList(from, Math.min(ids.size(), from + CHUNK)));
                total = total.plus(entry.getKey().share() == Share.PUSH_ONLY ? new SyncResult(0, 0, chunk.conflicts()) : chunk);
            }
        }
        laptop.transactionAs(ChangeLog.SYNC_ORIGIN, () -> book.pushed(upTo));
        return total;
    }

    private SyncResult chunk(SyncTable table, List<UUID> ids) {
        Map<UUID, SyncRow> mine = local.read(table, ids, false);
        Map<UUID, SyncRow> bases = book.bases(table, ids);
        ServerMerge.Merged merged = merge.merge(table, mine, bases);
        int tookTheirs = laptop.transactionAs(ChangeLog.SYNC_ORIGIN, () -> {
            int changedHere = 0;
            for (SyncRow row : merged.agreed()) {
                SyncRow before = mine.get(row.id());
                if (before != null && (!row.sameContent(before) || row.version() != before.version())) {
                    // Only when nobody changed it here meanwhile; otherwise that edit goes with the next push.
                    boolean written = local.update(table, row, before.version(), before.deleted());
                    changedHere += written && !row.sameContent(before) ? 1 : 0;
                }
            }
            book.putBases(table, merged.agreed());
            merged.found().forEach(conflicts::record);
            return changedHere;
        });
        return new SyncResult(merged.sent(), tookTheirs, merged.found().size());
    }

}
