package cn.zhaoshang.desk.common.db;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices changes made by others (another client on the team server) by polling the tables people
 * look at; indexes on updated_at keep each poll a short index range. Also tells whether the server
 * answers, so the UI can show a banner and refuse writes.
 *
 * <p>{@code updated_at} is stamped by each client's own clock, and clocks differ: a save by someone
 * whose clock is behind may carry an older time than the newest row. So a poll does not compare the
 * newest time alone but a signature of the rows changed in the {@link #LOOK_BACK} before it: how
 * many there are and the sum of their versions (every update and delete raises a version).
 */
public final class ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    /** The tables whose changes lists care about. */
    public static final List<String> WATCHED = List.of("company", "contact", "project", "task", "interaction", "claim");

    private final Database database;
    /** How far behind the newest change another client's clock may be and its saves still be noticed. */
    static final Duration LOOK_BACK = Duration.ofMinutes(10);
    /** More rows changed within {@link #LOOK_BACK} than this, and only the newest time is compared. */
    static final int RECENT_LIMIT = 5_000;

    /** What a poll saw of one table; a different signature means someone changed it. */
    private record Signature(OffsetDateTime newest, long rows, long versions) {
        static final Signature EMPTY = new Signature(null, 0, 0);
    }

    private final Map<String, Signature> lastSeen = new ConcurrentHashMap<>();
    private final List<Consumer<String>> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Boolean>> reachabilityListeners = new CopyOnWriteArrayList<>();
    private volatile boolean reachable = true;

    public ChangeFeed(Database database) {
        this.database = database;
    }

    /** Called with a table name when its newest change is newer than last time. */
    public void onChange(Consumer<String> listener) {
        changeListeners.add(listener);
    }

    /** Called with false when the database stops answering, true when it is back. */
    public void onReachability(Consumer<Boolean> listener) {
        reachabilityListeners.add(listener);
    }

    public boolean isReachable() {
        return reachable;
    }

    /** One poll: call it from a background thread every few seconds. */
    public void poll() {
        boolean nowReachable = database.isReachable();
        database.setReachable(nowReachable);
        if (nowReachable != reachable) {
            reachable = nowReachable;
            reachabilityListeners.forEach(l -> l.accept(nowReachable));
        }
        if (!nowReachable) {
            return;
        }
        for (String name : WATCHED) {
            try {
                Signature now = signature(name);
                Signature previous = lastSeen.put(name, now);
                if (previous != null && !previous.equals(now)) {
                    changeListeners.forEach(l -> l.accept(name));
                }
            } catch (RuntimeException e) {
                LOG.debug("Change poll of {} failed", name, e);
            }
        }
    }

    private Signature signature(String tableName) {
        Table<?> table = cn.zhaoshang.desk.generated.DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
        @SuppressWarnings("unchecked")
        Field<OffsetDateTime> updated = (Field<OffsetDateTime>) table.field("updated_at");
        @SuppressWarnings("unchecked")
        Field<Integer> version = (Field<Integer>) table.field("version");
        OffsetDateTime newest = database.dsl().select(DSL.max(updated)).from(table).fetchOne(0, OffsetDateTime.class);
        if (newest == null) {
            return Signature.EMPTY;
        }
        OffsetDateTime since = newest.minus(LOOK_BACK);
        int recentRows = database.dsl().fetchCount(DSL.selectOne().from(table).where(updated.ge(since)).limit(RECENT_LIMIT + 1));
        if (recentRows > RECENT_LIMIT) {
            // Just after a large import: summing every recent row on each poll would cost the
            // server too much; for those minutes only saves with a clock that is not behind show.
            return new Signature(newest.toInstant().atOffset(java.time.ZoneOffset.UTC), -1, -1);
        }
        var recent = database.dsl().select(DSL.count(), DSL.sum(version)).from(table)
                .where(updated.ge(since)).fetchOne();
        return new Signature(newest.toInstant().atOffset(java.time.ZoneOffset.UTC), recent.value1(),
                recent.value2() == null ? 0 : recent.value2().longValue());
    }
}
