package cn.zhaoshang.desk.sync.db;

import static cn.zhaoshang.desk.generated.Tables.APP_SETTING;

import cn.zhaoshang.desk.sync.SyncTables;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The small name-keyed settings tables (stage clock, ranking weights, shared settings): the server's
 * copy wins. A setting that belongs to this database alone (the key its attachments are encrypted
 * with) is never copied either way.
 */
public final class WholeCopies {
    /** Settings of one database only. */
    static final Set<String> LOCAL_SETTINGS = Set.of("attachment.key");

    private WholeCopies() {
    }

    public static void copy(DSLContext server, DSLContext laptop) {
        for (Table<?> table : SyncTables.WHOLE_COPIES) {
            Condition shared = table.equals(APP_SETTING) ? APP_SETTING.SETTING_KEY.notIn(LOCAL_SETTINGS) : DSL.noCondition();
            Result<? extends Record> theirs = server.selectFrom(table).where(shared).fetch();
            if (theirs.equals(laptop.selectFrom(table).where(shared).fetch())) {
                continue;
            }
            laptop.deleteFrom(table).where(shared).execute();
            for (Record r : theirs) {
                Record copy = laptop.newRecord(table);
                copy.from(r);
                laptop.insertInto(table).set(copy).execute();
            }
        }
    }
}
