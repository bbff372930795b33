package cn.zhaoshang.desk.common.db;

import java.nio.file.Path;

/**
 * How to reach the database: an embedded H2 file in the data folder, or a team server.
 *
 * @param url      JDBC URL
 * @param user     database user
 * @param password database password (never stored by us)
 * @param h2File   the H2 file's base path (without {@code .mv.db}), or null for a server
 */
public record DatabaseConfig(String url, String user, String password, Path h2File) {
    /** Options every embedded H2 connection needs: lower-case names shared with PostgreSQL. */
    // WRITE_DELAY=0: no background writer (decision 0147; 0148 tried the writer again and went back) — each
    // commit is stored by the committing thread. Its cost, a file that grows during bulk work, is open.
    static final String H2_OPTIONS = ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=131072;WRITE_DELAY=0";

    public static DatabaseConfig embedded(Path dataDir) {
        Path base = dataDir.toAbsolutePath().resolve("zhaoshang");
        return new DatabaseConfig("jdbc:h2:file:" + base + H2_OPTIONS, "sa", "", base);
    }

    /** A private in-memory database, for tests. */
    public static DatabaseConfig inMemory(String name) {
        // Dropped when the pool closes its last connection, so test suites do not pile up databases.
        return new DatabaseConfig("jdbc:h2:mem:" + name + H2_OPTIONS, "sa", "", null);
    }

    public static DatabaseConfig server(String url, String user, String password) {
        return new DatabaseConfig(url, user, password, null);
    }

    /** The saved search index beside an embedded file (decision 0096), or null for a server or memory. */
    public Path searchIndexFile() {
        return h2File == null ? null : h2File.resolveSibling(h2File.getFileName() + ".search");
    }

    public Engine engine() {
        return Engine.ofUrl(url);
    }

    public boolean isEmbeddedFile() {
        return h2File != null;
    }

    /** Where the data is, for people: the file or the server URL without credentials. */
    public String location() {
        return h2File != null ? h2File + ".mv.db" : url;
    }
}
