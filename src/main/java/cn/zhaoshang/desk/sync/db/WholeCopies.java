package cn.zhaoshang.desk.sync.db;

import cn.zhaoshang.desk.sync.SyncTables;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;

/** The small name-keyed settings tables (stage clock, ranking weights, shared settings): the server's copy wins. */
public final class WholeCopies {
    private WholeCopies() {
    }

    public static void copy(DSLContext server, DSLContext laptop) {
        for (Table<?> table : SyncTables.WHOLE_COPIES) {
            Result<? extends Record> theirs = server.selectFrom(table).fetch();
            if (theirs.equals(laptop.selectFrom(table).fetch())) {
                continue;
            }
            laptop.deleteFrom(table).execute();
            for (Record r : theirs) {
                Record copy = laptop.newRecord(table);
                copy.from(r);
                laptop.insertInto(table).set(copy).execute();
            }
        }
    }
}
