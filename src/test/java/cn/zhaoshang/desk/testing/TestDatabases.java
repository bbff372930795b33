package cn.zhaoshang.desk.testing;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.security.SignInRules;
import cn.zhaoshang.desk.security.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Real databases for tests: a private in-memory H2, or a fresh database on the PostgreSQL server
 * named by {@code ZHAOSHANG_TEST_PG_URL} (set by .ci/run; tests on PostgreSQL are skipped without it).
 */
public final class TestDatabases {
    /** A fixed "now" so that derived dates in tests do not depend on the day they run. */
    public static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestDatabases() {
    }

    public static Services open(Engine engine, Path dataDir) {
        return open(config(engine), dataDir);
    }

    /**
     * Services on the database, working as the system (every right, "system" in the audit log) with
     * cheap password hashes; tests of roles sign a user in.
     */
    public static Services open(DatabaseConfig config, Path dataDir) {
        return open(config, dataDir, CLOCK);
    }

    public static Services open(DatabaseConfig config, Path dataDir, Clock clock) {
        return asSystem(Composition.open(dataDir, new LocalSettings(dataDir), new Messages(Locale.SIMPLIFIED_CHINESE),
                config, clock, null, SignInRules.FOR_TESTS));
    }

    /**
     * A command line signed in as the demo data's administrator (who has no password), unless it names
     * a user: commands on a database with users need one. On a database without users it is ignored
     * (such a database is worked on as the system).
     */
    public static String[] asDemoAdmin(String... args) {
        if (Arrays.asList(args).contains("--user")) {
            return args;
        }
        String[] signed = new String[args.length + 2];
        signed[0] = "--user";
        signed[1] = "admin";
        System.arraycopy(args, 0, signed, 2, args.length);
        return signed;
    }

    /**
     * Signs in as {@code username}, creating the user (as the system, as an administrator would) when it
     * does not exist yet: a test's way to become a recruiter, a lead or a manager at any moment.
     */
    public static User signInAs(Services services, String username, String displayName,
            Role role, UUID person) {
        var user = services.session().asSystem(() -> services.users().findByName(username)
                .orElseGet(() -> services.users().create(username, displayName, role, person)));
        services.users().signIn(user);
        return user;
    }

    /** The services' session works as the system from now on (a test's set-up and checks). */
    public static Services asSystem(Services services) {
        services.session().signInAsSystem();
        return services;
    }

    public static DatabaseConfig config(Engine engine) {
        return engine == Engine.H2
                ? DatabaseConfig.inMemory("t" + UUID.randomUUID().toString().replace("-", ""))
                : freshPostgres();
    }

    public static String postgresUrl() {
        return System.getenv("ZHAOSHANG_TEST_PG_URL");
    }

    /**
     * Creates a database on the test server with the schema already migrated, and returns its config. It
     * is copied from a template migrated once per set of migrations: running every migration for each of
     * some 250 tests cost over a second each on CI.
     */
    public static DatabaseConfig freshPostgres() {
        String admin = postgresUrl();
        Assumptions.assumeTrue(admin != null && !admin.isBlank(), "ZHAOSHANG_TEST_PG_URL not set: PostgreSQL tests skipped");
        String name = "zt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        onServer("create database " + name + " template " + migratedTemplate() + " encoding 'UTF8'");
        return serverConfig(name);
    }

    /** A database on the test server without any schema: what `server init` meets on a new server. */
    public static DatabaseConfig emptyPostgres() {
        String admin = postgresUrl();
        Assumptions.assumeTrue(admin != null && !admin.isBlank(), "ZHAOSHANG_TEST_PG_URL not set: PostgreSQL tests skipped");
        String name = "zt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        onServer("create database " + name + " encoding 'UTF8'");
        return serverConfig(name);
    }

    private static String template;

    /** The migrated template, made by whichever test JVM gets there first (an advisory lock orders them). */
    private static synchronized String migratedTemplate() {
        if (template != null) {
            return template;
        }
        String name = "zt_tpl_" + migrationsFingerprint();
        try (Connection c = DriverManager.getConnection(postgresUrl(), pgUser(), "");
             Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(20260615)");
            try (var exists = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!exists.next()) {
                    String building = name + "_building";
                    s.execute("drop database if exists " + building);
                    s.execute("create database " + building + " encoding 'UTF8'");
                    Database.open(serverConfig(building), CLOCK).close();
                    s.execute("alter database " + building + " rename to " + name);
                }
            } finally {
                s.execute("select pg_advisory_unlock(20260615)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the migrated template on " + postgresUrl(), e);
        }
        template = name;
        return name;
    }

    /** Names the migrations' content, so a changed or added migration makes a new template. */
    private static String migrationsFingerprint() {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            var digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void onServer(String sql) {
        try (Connection c = DriverManager.getConnection(postgresUrl(), pgUser(), "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + postgresUrl(), e);
        }
    }

    private static DatabaseConfig serverConfig(String database) {
        String admin = postgresUrl();
        return DatabaseConfig.server(admin.substring(0, admin.lastIndexOf('/') + 1) + database, pgUser(), "");
    }

    private static String pgUser() {
        return System.getenv().getOrDefault("ZHAOSHANG_TEST_PG_USER", "postgres");
    }

    /**
     * Makes a test database on the PostgreSQL server unreachable (new connections refused, open ones
     * ended, as when the server goes away) or reachable again.
     */
    public static void cutOff(DatabaseConfig config, boolean cut) {
        String name = config.url().substring(config.url().lastIndexOf('/') + 1);
        String user = System.getenv().getOrDefault("ZHAOSHANG_TEST_PG_USER", "postgres");
        try (Connection c = DriverManager.getConnection(postgresUrl(), user, "");
             Statement s = c.createStatement()) {
            s.execute("alter database " + name + " allow_connections " + !cut);
            if (cut) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot cut off " + name, e);
        }
    }

    /** The highest V<n> among the migrations, as Flyway reports it. */
    public static String latestMigrationVersion() {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Messages chinese() {
        return new Messages(Locale.SIMPLIFIED_CHINESE);
    }

    /** The highest V<n> among the migrations: the schema version a fresh database reaches. */
    public static String latestMigration() {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
