package cn.zhaoshang.desk.common.change;

import java.util.List;
import java.util.UUID;

/**
 * Rows of one table that changed the same way in one transaction.
 *
 * @param table the table's name, e.g. {@code company}
 * @param kind  how they changed
 * @param ids   the rows' keys, each once
 */
public record Change(String table, ChangeKind kind, List<UUID> ids) {
    public Change {
        ids = List.copyOf(ids);
    }
}
