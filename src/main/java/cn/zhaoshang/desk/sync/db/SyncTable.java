package cn.zhaoshang.desk.sync.db;

import cn.zhaoshang.desk.sync.Share;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;

/**
 * One table as sync sees it.
 *
 * @param table the table (a {@code uuid id} primary key, {@code version} where rows change)
 * @param share which of its rows a laptop carries
 * @param owner for {@link Share#BY_OWNER} (and a user's own rows), the column naming the record the row belongs to
 * @param ownerTable for {@link Share#BY_OWNER}, the table of that record
 * @param links link tables without keys of their own that travel inside this table's rows, as sets
 */
public record SyncTable(Table<?> table, Share share, Field<UUID> owner, Table<?> ownerTable,
                        List<LinkSet> links) {
    public SyncTable {
        links = List.copyOf(links);
    }

    public String name() {
        return table.getName();
    }

    public boolean pulled() {
        return share != Share.PUSH_ONLY && share != Share.LOCAL;
    }

    public boolean pushed() {
        return share != Share.LOCAL && share != Share.USERS;
    }

    /** Rows that are only ever added (no version column): merged as a union, never field by field. */
    public boolean appendOnly() {
        return table.field("version") == null;
    }

    /**
     * A link table carried as a set inside its owner's row, under the pseudo-column {@code "#" + name}:
     * each link is its value columns joined, and two sides' edits of the set are merged element-wise.
     */
    public record LinkSet(Table<?> table, Field<UUID> ownerColumn, List<Field<?>> valueColumns) {
        public String column() {
            return "#" + table.getName();
        }
    }
}
