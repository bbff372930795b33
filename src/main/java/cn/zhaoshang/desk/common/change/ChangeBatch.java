package cn.zhaoshang.desk.common.change;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What one committed transaction changed.
 *
 * @param sequence its number in the change log: commit order, without gaps (decision 0014)
 * @param local    committed by this process; false when the poller read another client's change
 * @param changes  the rows it changed, by table and kind
 */
public record ChangeBatch(long sequence, boolean local, List<Change> changes) {
    public ChangeBatch {
        changes = List.copyOf(changes);
    }

    /** The tables this batch touched. */
    public Set<String> tables() {
        Set<String> tables = new LinkedHashSet<>();
        changes.forEach(c -> tables.add(c.table()));
        return tables;
    }

    public boolean touches(String table) {
        return changes.stream().anyMatch(c -> c.table().equals(table));
    }

    /** Every id of one table that changed, in any way. */
    public Stream<UUID> ids(String table) {
        return changes.stream().filter(c -> c.table().equals(table)).flatMap(c -> c.ids().stream());
    }

    /** How many rows changed in all. */
    public int size() {
        return changes.stream().mapToInt(c -> c.ids().size()).sum();
    }
}
