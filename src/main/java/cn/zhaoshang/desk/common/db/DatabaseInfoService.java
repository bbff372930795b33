package cn.zhaoshang.desk.common.db;

import cn.zhaoshang.desk.generated.DefaultSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Table;

/** What is in the database: location, schema version and rows per table, for `info` and the status bar. */
public final class DatabaseInfoService {
    private final Database database;

    public DatabaseInfoService(Database database) {
        this.database = database;
    }

    public String location() {
        return database.config().location();
    }

    public String schemaVersion() {
        return database.schemaVersion();
    }

    public Engine engine() {
        return database.engine();
    }

    /** Rows per table, in schema order, soft-deleted rows included. */
    public Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            counts.put(table.getName(), database.dsl().fetchCount(table));
        }
        return counts;
    }

    public int count(String tableName) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
        return table == null ? 0 : database.dsl().fetchCount(table);
    }
}
