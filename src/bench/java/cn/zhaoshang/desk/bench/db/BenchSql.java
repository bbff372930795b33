package cn.zhaoshang.desk.bench.db;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.company.PageKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The benchmark's own SQL: writing the generated companies as the CSV file an office would import,
 * the raw references the app is measured against (H2's CSVREAD into the same table and indexes, a
 * naive {@code LIKE '%q%'}), and a few look-ups that set up the measurements. Plain JDBC on purpose:
 * the references must be what a developer would write without our code.
 */
public final class BenchSql {
    /** The import file's headers, in the words an office's spreadsheet uses (the importer guesses them). */
    public static final List<String> CSV_HEADERS = List.of("统一社会信用代码", "企业名称", "企业简称", "法定代表人", "注册资本",
            "成立日期", "行政区划", "注册地址", "所属行业", "跟进状态", "来源渠道", "是否落地", "专精特新", "是否上市", "500强");
    private static final String CSV_COLUMNS = "uscc, name, short_name, legal_rep, registered_capital, founded_on, "
            + "division_code, address, industry_code, pursuit_status, source_channel, located_in_district, specialized, "
            + "listed, fortune500";

    private final Database database;

    public BenchSql(Database database) {
        this.database = database;
    }

    /** Writes every company as a row of the import file, in credit-code order (the same file for the same seed). */
    public long writeCompaniesCsv(Path file) {
        if (database.engine() == Engine.H2) {
            return writeCompaniesCsvSortedInMemory(file);
        }
        long[] rows = {0};
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(CSV_HEADERS);
            streamOnServer("select " + CSV_COLUMNS + " from company where deleted_at is null order by uscc", r -> {
                csv.printRecord(csvRow(r));
                rows[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }

    /** One company row as the CSV holds it (flags as 是/否). */
    private static Object[] csvRow(ResultSet r) throws SQLException {
        Object[] row = new Object[CSV_HEADERS.size()];
        for (int i = 0; i < row.length; i++) {
            Object v = r.getObject(i + 1);
            row[i] = v instanceof Boolean b ? (b ? "是" : "否") : v;
        }
        return row;
    }

    /**
     * H2: reads the rows in storage order (pages of row ids, no sort in the database) and sorts them
     * by credit code here. "order by uscc" made H2 fetch a million rows in index order one by one:
     * 51 s of the 1M run, against the 15-minute budget.
     */
    private long writeCompaniesCsvSortedInMemory(Path file) {
        List<Object[]> live = new ArrayList<>();
        forEachLiveCompanyByRowId(CSV_COLUMNS, r -> live.add(csvRow(r)));
        live.sort(Comparator.comparing((Object[] row) -> (String) row[0],
                Comparator.nullsLast(Comparator.naturalOrder())));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(CSV_HEADERS);
            for (Object[] row : live) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return live.size();
    }

    /**
     * Streams every live company's name and credit code, in storage order. On H2 in pages of row ids
     * (like the app's search index build): one lazy cursor over a million rows failed with H2's
     * "Chunk not found".
     */
    public void forEachCompanyName(BiConsumer<String, String> each) {
        if (database.engine() == Engine.H2) {
            forEachLiveCompanyByRowId("name, uscc", r -> each.accept(r.getString(1), r.getString(2)));
            return;
        }
        streamOnServer("select name, uscc from company where deleted_at is null", r -> each.accept(r.getString(1), r.getString(2)));
    }

    /** PostgreSQL streams a large result with a fetch size only inside a transaction. */
    private void streamOnServer(String sql, RowReader each) {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(5_000);
                try (ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        each.read(r);
                    }
                }
            } finally {
                c.commit();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException, IOException;
    }

    /**
     * Hands every live company's {@code columns} (numbered from 1) to {@code each}, in storage order,
     * in pages of 20,000 row ids (one lazy cursor over a million rows failed with "Chunk not found").
     */
    private void forEachLiveCompanyByRowId(String columns, RowReader each) {
        int n = columns.split(",").length;
        String sql = "select " + columns + ", deleted_at, _rowid_ from company where _rowid_ > ? order by _rowid_ limit 20000";
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            long after = Long.MIN_VALUE;
            int read;
            do {
                s.setLong(1, after);
                read = 0;
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        read++;
                        after = r.getLong(n + 2);
                        if (r.getObject(n + 1) == null) {
                            each.read(r);
                        }
                    }
                }
            } while (read == 20_000);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reference import: H2 reads the same CSV file itself and inserts it into the same table with
     * the same indexes, in one statement (no checks, no duplicate look-ups, no audit), with keys of the
     * same kind as the app's (time-ordered, version 7: H2's {@code random_uuid(7)}).
     */
    public long csvRead(Path file) {
        String sql = "insert into company (id, created_at, updated_at, version, " + CSV_COLUMNS + ", normalized_name) "
                + "select random_uuid(7), current_timestamp, current_timestamp, 0, "
                + "nullif(c.\"统一社会信用代码\", ''), c.\"企业名称\", nullif(c.\"企业简称\", ''), nullif(c.\"法定代表人\", ''), "
                + "cast(nullif(c.\"注册资本\", '') as numeric(18,4)), cast(nullif(c.\"成立日期\", '') as date), "
                + "nullif(c.\"行政区划\", ''), nullif(c.\"注册地址\", ''), nullif(c.\"所属行业\", ''), c.\"跟进状态\", "
                + "nullif(c.\"来源渠道\", ''), c.\"是否落地\" = '是', c.\"专精特新\" = '是', c.\"是否上市\" = '是', "
                + "c.\"500强\" = '是', c.\"企业名称\" "
                + "from csvread('" + file.toAbsolutePath().toString().replace("'", "''") + "', null, 'charset=UTF-8') c";
        // CSVREAD takes its file name as a literal (a parameter is refused), hence the quoting above.
        try (Connection conn = database.connection(); Statement s = conn.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The naive search a developer writes first: a substring of the name or the start of the credit code. */
    /** A recruiter of the generated teams (the search as a recruiter sees it), or null. */
    public String aRecruiter() {
        return first("select username from app_user where role = 'RECRUITER' and deleted_at is null "
                + "order by username fetch first 1 rows only", String.class);
    }

    /** A live company to record visits on (the dashboard after a change). */
    public UUID aCompany() {
        return first("select id from company where deleted_at is null fetch first 1 rows only", UUID.class);
    }

    private <T> T first(String sql, Class<T> type) {
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getObject(1, type) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int likeSearch(String query, int limit) {
        String sql = "select id, name from company where deleted_at is null and (name like ? or uscc like ?) limit " + limit;
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, "%" + query + "%");
            s.setString(2, query + "%");
            return countRows(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the query and counts its rows (what the search references return, read through). */
    static int countRows(PreparedStatement query) throws SQLException {
        int n = 0;
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                n++;
            }
        }
        return n;
    }

    /** The key of the row at {@code offset} in the list's default order (by name): where a deep page starts. */
    public PageKey nameKeyAt(long offset) {
        String sql = "select name, id from company where deleted_at is null order by name, id offset ? rows fetch next 1 rows only";
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, offset);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new PageKey(r.getString(1), r.getObject(2, UUID.class), false) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Live contacts per company division, largest first: the export picks divisions adding up to its row count. */
    public Map<String, Long> contactsByDivision() {
        String sql = "select c.division_code, count(*) from contact t join company c on c.id = t.company_id "
                + "where t.deleted_at is null and c.deleted_at is null and c.division_code is not null "
                + "group by c.division_code order by count(*) desc, c.division_code";
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = database.connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                counts.put(r.getString(1), r.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** Rows of the main tables, for the report. */
    public Map<String, Long> counts(List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** Closes the embedded database with SHUTDOWN COMPACT (the pool must not be used afterwards). */
    public void shutdownCompact() {
        Connection c;
        try {
            c = database.connection();
            try (Statement s = c.createStatement()) {
                s.execute("shutdown compact");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try {
            c.close();
        } catch (SQLException expected) {
            // The database is shut down: the pool cannot reset a closed connection, which is fine here.
        }
    }
}
