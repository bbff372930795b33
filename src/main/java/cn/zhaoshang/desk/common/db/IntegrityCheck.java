package cn.zhaoshang.desk.common.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Is the embedded H2 file whole? Each table's row count is compared with the count read through each of
 * its indexes: a kill during a large commit left them apart (3,313 rows, 19,789 index entries) and later
 * writes failing with "Row not found in primary index". H2 has no check of its own for this. Run after
 * an unclean shutdown only: at a million companies it reads every index once.
 */
public final class IntegrityCheck {
    private static final Logger LOG = LoggerFactory.getLogger(IntegrityCheck.class);

    /** One finding: a table whose index disagrees with it, or that could not be read at all. */
    public record Problem(String table, String index, long rows, long indexed, String error) {
        @Override
        public String toString() {
            return error != null ? table + ": " + error : table + ": " + rows + " rows, index " + index + " " + indexed;
        }
    }

    private IntegrityCheck() {
    }

    /** The problems found in the open H2 database (empty when it is whole). */
    public static List<Problem> run(Database database) {
        List<Problem> problems = new ArrayList<>();
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            for (String table : tables(s)) {
                checkTable(s, table, problems);
            }
        } catch (SQLException e) {
            problems.add(new Problem("-", null, 0, 0, firstLine(e.getMessage())));
        }
        problems.forEach(p -> LOG.warn("Integrity check: {}", p));
        return problems;
    }

    private static void checkTable(Statement s, String table, List<Problem> problems) {
        String index = null;
        try {
            long rows = count(s, "select count(*) from " + quote(table));
            for (String[] ix : indexes(s, table)) {
                index = ix[0];
                String column = quote(ix[1]);
                long indexed = count(s, "select count(*) from " + quote(table) + " use index (" + quote(ix[0]) + ") where "
                        + column + " is not null") + count(s, "select count(*) from " + quote(table) + " where " + column + " is null");
                if (indexed != rows) {
                    problems.add(new Problem(table, ix[0], rows, indexed, null));
                    return;
                }
            }
        } catch (SQLException | RuntimeException e) {
            problems.add(new Problem(table, index, 0, 0, firstLine(e.getMessage())));
        }
    }

    private static List<String> tables(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    /** Every secondary index of the table with its first column. */
    private static List<String[]> indexes(Statement s, String table) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select i.index_name, c.column_name from information_schema.indexes i"
                + " join information_schema.index_columns c on c.index_name = i.index_name and c.table_name = i.table_name"
                + " and c.table_schema = i.table_schema"
                + " where i.table_schema = 'public' and i.table_name = '" + table.replace("'", "''") + "'"
                + " and c.ordinal_position = 1 and i.index_type_name <> 'PRIMARY KEY'")) {
            while (r.next()) {
                indexes.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        return indexes;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
