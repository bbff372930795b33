package cn.zhaoshang.desk.common.db;

import static cn.zhaoshang.desk.generated.Tables.CHANGE_LOG;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Values computed from some tables, kept until one of those tables changes (decision 0097). Each
 * value remembers the change number (decision 0014) it was computed at; asked again, the cache
 * reads the last number (one row) and, when it moved, which tables the changes since touched (a
 * key range of the change log). Only a change to one of the value's tables computes it again, so
 * it is exact for every client of a team server, whoever committed the change.
 *
 * <p>Thread-safe; a value is computed once even when several threads ask for it together.
 *
 * @param <K> what the value depends on besides the tables (a period, a filter, a user's rights)
 * @param <V> the value
 */
public final class ChangeKeyedCache<K, V> {
    private final Database database;
    private final Set<String> tables;
    private final int capacity;
    private final Map<K, Kept<V>> entries;
    private long computed;

    private record Kept<V>(V value, long sequence) { }

    /**
     * @param tables   the tables the values are computed from (by their names in the change log)
     * @param capacity the most values kept (the least recently used go first)
     */
    public ChangeKeyedCache(Database database, Set<String> tables, int capacity) {
        this.database = database;
        this.tables = Set.copyOf(tables);
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > ChangeKeyedCache.this.capacity;
            }
        };
    }

    /** The value for {@code key}: kept, or computed now when its tables changed since it was. */
    public synchronized V get(K key, Supplier<V> compute) {
        long last = ChangeLog.lastSequence(database.dsl());
        Kept<V> kept = entries.get(key);
        if (kept != null && (kept.sequence() == last || !touchedAfter(kept.sequence(), last))) {
            entries.put(key, new Kept<>(kept.value(), last));
            return kept.value();
        }
        // The number is read before the tables: a change committed meanwhile is then seen next time.
        V value = compute.get();
        computed++;
        entries.put(key, new Kept<>(value, last));
        return value;
    }

    /** How many values were computed rather than kept (for tests and the benchmark). */
    public synchronized long computedCount() {
        return computed;
    }

    private boolean touchedAfter(long after, long upTo) {
        if (upTo < after) {
            return true; // the database went back (a restore): nothing kept can be trusted
        }
        Set<String> changed = new HashSet<>(database.dsl().selectDistinct(CHANGE_LOG.TABLE_NAME).from(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt(after)).and(CHANGE_LOG.SEQ.le(upTo)).fetch(CHANGE_LOG.TABLE_NAME));
        changed.retainAll(tables);
        return !changed.isEmpty();
    }
}
