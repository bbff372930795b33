package cn.zhaoshang.desk.sync;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.sync.db.RowStore;
import cn.zhaoshang.desk.sync.db.ServerStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The server's side of a push, online or from a bundle: in one server transaction, each of a
 * laptop's rows is merged with the server's current row against the base they last agreed on,
 * the district's rules are checked on the result (a credit code unique in the district, a
 * project's stage and milestones in order), and what changed is written with the change log.
 */
final class ServerMerge {
    private final Database server;
    private final RowStore remote;
    private final ServerStore serverBook;

    ServerMerge(Database server) {
        this.server = server;
        this.remote = new RowStore(server);
        this.serverBook = new ServerStore(server);
    }

    /** What the server holds after the merge, the conflicts found, and how many rows were written. */
    record Merged(List<SyncRow> agreed, List<Found> found, int sent) { }

    Merged merge(SyncTable table, Map<UUID, SyncRow> mine, Map<UUID, SyncRow> bases) {
        return server.transaction(() -> {
            List<SyncRow> agreed = new ArrayList<>();
            List<Found> found = new ArrayList<>();
            int sent = 0;
            Map<UUID, SyncRow> theirs = remote.read(table, mine.keySet(), true);
            for (SyncRow m : mine.values()) {
                SyncRow t = theirs.get(m.id());
                SyncRow b = bases.get(m.id());
                if (t == null) {
                    if (b == null) {
                        SyncRow row = checked(table, m, null, found);
                        remote.insert(table, row);
                        agreed.add(row);
                        sent++;
                    }
                    continue;   // with a base but gone from the server: purged there, nothing to write to
                }
                if (table.appendOnly() || m.sameContent(t)) {
                    agreed.add(t);
                    continue;
                }
                ThreeWayMerge.Outcome outcome = ThreeWayMerge.merge(b, m, t);
                outcome.conflicts().forEach(c -> found.add(new Found(table, m.id(), c.kind(), c.column(), c.mine(),
                        c.theirs(), m, t)));
                SyncRow row = checked(table, outcome.merged(), t, found);
                if (row.sameContent(t)) {
                    agreed.add(t);
                    continue;
                }
                row = row.with("version", String.valueOf(row.sameContent(m)
                        ? Math.max(m.version(), t.version() + 1) : Math.max(m.version(), t.version()) + 1));
                remote.update(table, row, t.version(), t.deleted());
                agreed.add(row);
                sent++;
            }
            return new Merged(agreed, found, sent);
        });
    }

    /** The merged row with the district's rules applied: what breaks one keeps the server's value. */
    private SyncRow checked(SyncTable table, SyncRow row, SyncRow theirs, List<Found> found) {
        SyncRow result = row;
        if (table.name().equals("company")) {
            String code = row.get("uscc");
            boolean changed = code != null && (theirs == null || !code.equals(theirs.get("uscc")));
            if (changed) {
                var holder = serverBook.takenBy(table, "uscc", code, row.id(), "name");
                if (holder.isPresent()) {
                    String kept = theirs == null ? null : theirs.get("uscc");
                    found.add(new Found(table, row.id(), ConflictKind.UNIQUE, "uscc", code, holder.get(), row, theirs));
                    result = result.with("uscc", kept);
                }
            }
        }
        if (table.name().equals("project") && SyncRules.stageTouched(row, theirs)) {
            List<String> problems = SyncRules.stageProblems(row);
            if (!problems.isEmpty()) {
                found.add(new Found(table, row.id(), ConflictKind.STAGE_RULE, "stage", row.get("stage"),
                        theirs.get("stage"), row, theirs));
                for (String column : SyncRules.STAGE_COLUMNS) {
                    result = result.with(column, theirs.get(column));
                }
            }
        }
        return result;
    }
}
