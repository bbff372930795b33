package cn.zhaoshang.desk.bench.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates and drops the benchmark's own databases on a PostgreSQL server, so a run never touches
 * the office's data: every database it makes is named {@code zs_bench_…} and dropped afterwards.
 */
public final class PostgresAdmin {
    private final String adminUrl;
    private final String user;
    private final String password;

    public PostgresAdmin(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password == null ? "" : password;
    }

    /** The URL of a new, empty database named {@code name} on the same server. */
    public String create(String name) {
        execute("create database " + checked(name) + " encoding 'UTF8'");
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    /**
     * Drops the database even while a session of the run is still connected to it (a pool that has not let
     * go yet stopped the 100k run at its export section): PostgreSQL 13+ ends those sessions first.
     */
    public void drop(String name) {
        execute("drop database if exists " + checked(name) + " with (force)");
    }

    private static String checked(String name) {
        if (!name.matches("zs_bench_[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a benchmark database: " + name);
        }
        return name;
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + adminUrl + ": " + e.getMessage(), e);
        }
    }
}
