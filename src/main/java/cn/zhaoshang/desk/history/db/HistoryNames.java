package cn.zhaoshang.desk.history.db;

import static cn.zhaoshang.desk.generated.Tables.APP_USER;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.generated.DefaultSchema;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The names the history shows instead of ids: a record's name by table (the column people know it
 * by), a referenced record's name by the column that refers to it, and users' display names. Looked
 * up once per id and remembered for one listing.
 */
public final class HistoryNames {
    /** Tables that name their rows, and the column that does. */
    private static final Map<String, String> NAME_COLUMNS = Map.ofEntries(
            Map.entry("company", "name"), Map.entry("contact", "name"), Map.entry("project", "name"),
            Map.entry("task", "title"), Map.entry("carrier", "name"), Map.entry("policy", "name"),
            Map.entry("talent", "name"), Map.entry("team", "name"), Map.entry("person", "name"),
            Map.entry("unit", "name"), Map.entry("chain", "name"), Map.entry("chain_node", "name"),
            Map.entry("inspection_tour", "name"), Map.entry("app_user", "display_name"),
            Map.entry("import_run", "file_name"));
    /** Columns that refer to another table's row. */
    private static final Map<String, String> REFERENCES = Map.ofEntries(
            Map.entry("company_id", "company"), Map.entry("referrer_company_id", "company"),
            Map.entry("project_id", "project"), Map.entry("team_id", "team"), Map.entry("owner_team_id", "team"),
            Map.entry("person_id", "person"), Map.entry("owner_person_id", "person"),
            Map.entry("assignee_id", "person"), Map.entry("unit_id", "unit"), Map.entry("carrier_id", "carrier"),
            Map.entry("policy_id", "policy"), Map.entry("chain_id", "chain"), Map.entry("node_id", "chain_node"),
            Map.entry("task_id", "task"), Map.entry("contact_id", "contact"));

    private final Database database;
    private final Map<String, String> seen = new HashMap<>();

    public HistoryNames(Database database) {
        this.database = database;
    }

    /** The name of the row {@code id} of {@code table}; null when the table names none or the id is not a row. */
    public String recordName(String table, String id) {
        String column = NAME_COLUMNS.get(table);
        if (column == null) {
            return null;
        }
        return seen.computeIfAbsent(table + "/" + id, k -> lookUp(table, column, id));
    }

    /** The name of the row a column such as company_id refers to. */
    public String referenceName(String column, String id) {
        String table = REFERENCES.get(column);
        return table == null ? null : recordName(table, id);
    }

    /** A user's display name (王芳), or the sign-in name when there is no such user (system, a typed name). */
    public String userName(String username) {
        return seen.computeIfAbsent("user:" + username, k -> {
            String display = database.dsl().select(APP_USER.DISPLAY_NAME).from(APP_USER)
                    .where(APP_USER.USERNAME.eq(username)).fetchOne(APP_USER.DISPLAY_NAME);
            return display == null ? username : display;
        });
    }

    @SuppressWarnings("unchecked")
    private String lookUp(String tableName, String column, String id) {
        UUID key;
        try {
            key = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
        if (table == null || table.field("id") == null || table.field(column) == null) {
            return null;
        }
        Field<UUID> idField = (Field<UUID>) table.field("id");
        Field<String> name = (Field<String>) table.field(column);
        return database.dsl().select(name).from(table).where(idField.eq(key)).fetchOne(name);
    }

    /** A national code's name: an industry (GB/T 4754) or a division (GB/T 2260); the code when unknown. */
    @SuppressWarnings("unchecked")
    public String codeName(String tableName, String code) {
        return seen.computeIfAbsent(tableName + ":" + code, k -> {
            Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
            if (table == null || table.field("code") == null || table.field("name") == null) {
                return code;
            }
            String name = database.dsl().select((Field<String>) table.field("name")).from(table)
                    .where(((Field<String>) table.field("code")).eq(code)).fetchOne((Field<String>) table.field("name"));
            return name == null ? code : name;
        });
    }

    /** Tables people look a record up in by name (for `history --record NAME`). */
    public static Map<String, String> nameColumns() {
        return NAME_COLUMNS;
    }
}
