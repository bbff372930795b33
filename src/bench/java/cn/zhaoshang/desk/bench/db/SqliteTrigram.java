package cn.zhaoshang.desk.bench.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The peer a developer would reach for: SQLite's FTS5 with the trigram tokenizer, over the same
 * names, credit codes, and their pinyin and initials (so that it can answer pinyin too). A trigram
 * index cannot answer queries shorter than three characters; {@link #canServe} says which it can.
 */
public final class SqliteTrigram implements AutoCloseable {
    private final Connection connection;
    private PreparedStatement insert;
    private int inBatch;

    public SqliteTrigram(Path file) {
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("pragma journal_mode = off");
                s.execute("pragma synchronous = off");
                s.execute("create virtual table names using fts5(name, uscc, pinyin, initials, tokenize = 'trigram')");
            }
            connection.setAutoCommit(false);
            insert = connection.prepareStatement("insert into names (name, uscc, pinyin, initials) values (?, ?, ?, ?)");
        } catch (SQLException e) {
            throw new IllegalStateException("SQLite FTS5 not available", e);
        }
    }

    public void add(String name, String uscc, String pinyin, String initials) {
        try {
            insert.setString(1, name);
            insert.setString(2, uscc);
            insert.setString(3, pinyin);
            insert.setString(4, initials);
            insert.addBatch();
            if (++inBatch == 10_000) {
                insert.executeBatch();
                inBatch = 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes what is pending and commits; searches may start. */
    public void finish() {
        try {
            if (inBatch > 0) {
                insert.executeBatch();
            }
            insert.close();
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Trigram needs at least three characters. */
    public static boolean canServe(String query) {
        return query.codePointCount(0, query.length()) >= 3;
    }

    /** The first {@code limit} matches (name and code read, like the app's hits). */
    public int search(String query, int limit) {
        String phrase = "\"" + query.replace("\"", "\"\"") + "\"";
        try (PreparedStatement s = connection.prepareStatement("select name, uscc from names where names match ? limit " + limit)) {
            s.setString(1, phrase);
            return BenchSql.countRows(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
