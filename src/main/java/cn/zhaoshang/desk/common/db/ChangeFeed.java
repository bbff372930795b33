package cn.zhaoshang.desk.common.db;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices changes made by others (another client on the team server) by polling the newest
 * {@code updated_at} of the tables people look at; indexes on updated_at keep each poll a look-up.
 * Also tells whether the server answers, so the UI can show a banner and refuse writes.
 */
public final class ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    /** The tables whose changes lists care about. */
    public static final List<String> WATCHED = List.of("company", "contact", "project", "task", "interaction", "claim");

    private final Database database;
    private final Map<String, OffsetDateTime> lastSeen = new ConcurrentHashMap<>();
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
                OffsetDateTime newest = newest(name);
                OffsetDateTime previous = lastSeen.put(name, newest == null ? OffsetDateTime.MIN : newest);
                if (previous != null && !Objects.equals(previous, newest == null ? OffsetDateTime.MIN : newest)) {
                    changeListeners.forEach(l -> l.accept(name));
                }
            } catch (RuntimeException e) {
                LOG.debug("Change poll of {} failed", name, e);
            }
        }
    }

    private OffsetDateTime newest(String tableName) {
        Table<?> table = cn.zhaoshang.desk.generated.DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
        @SuppressWarnings("unchecked")
        Field<OffsetDateTime> updated = (Field<OffsetDateTime>) table.field("updated_at");
        return database.dsl().select(DSL.max(updated)).from(table).fetchOne(0, OffsetDateTime.class);
    }
}
