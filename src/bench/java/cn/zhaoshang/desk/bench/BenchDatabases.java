package cn.zhaoshang.desk.bench;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.bench.db.PostgresAdmin;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The databases a run makes: each named one is an embedded H2 file in its own folder under the
 * work folder, or (with a server URL) a fresh database on that PostgreSQL server. All are opened
 * through the app's own composition, so migrations, pool and services are the real ones.
 */
public final class BenchDatabases {
    /** An empty, migrated database that new embedded ones are copied from. */
    private static final String TEMPLATE = "template";
    private final Path work;
    private final PostgresAdmin server;
    private final String serverUser;
    private final String serverPassword;
    private final String serverUrl;
    private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private BenchDatabases(Path work, String serverUrl, String serverUser, String serverPassword) {
        this.work = work;
        this.serverUrl = serverUrl;
        this.serverUser = serverUser;
        this.serverPassword = serverPassword;
        this.server = serverUrl == null ? null : new PostgresAdmin(serverUrl, serverUser, serverPassword);
    }

    public static BenchDatabases embedded(Path work) {
        return new BenchDatabases(work, null, null, null);
    }

    public static BenchDatabases onServer(Path work, String url, String user, String password) {
        return new BenchDatabases(work, url, user, password);
    }

    public boolean isEmbedded() {
        return server == null;
    }

    public String engineName() {
        return server == null ? "H2 (embedded file)" : "PostgreSQL (" + serverUrl.replaceAll("\\?.*", "") + ")";
    }

    public Path work() {
        return work;
    }

    /** The folder of a named database (its settings; its H2 file when embedded). */
    public Path dir(String name) {
        return work.resolve(name);
    }

    public Path h2File(String name) {
        return dir(name).resolve("zhaoshang.mv.db");
    }

    /** Whether an embedded database of that name already exists (a kept data folder). */
    public boolean exists(String name) {
        return server == null && Files.exists(h2File(name));
    }

    /** A new, empty, migrated database; opened as the app opens it. */
    public Services create(String name) {
        drop(name);
        if (server == null) {
            // Migrating and loading the reference data takes seconds; a copy of a fresh file does not.
            if (!Files.exists(h2File(TEMPLATE))) {
                open(TEMPLATE).close();
            }
            copyTree(dir(TEMPLATE), dir(name));
        } else {
            prepare(name);
        }
        return open(name);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the named database (created by {@link #create} earlier, or new). */
    public Services open(String name) {
        Path dir = dir(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatabaseConfig config = server == null ? DatabaseConfig.embedded(dir)
                : DatabaseConfig.server(serverUrlOf(name), serverUser, serverPassword);
        Services services = Composition.open(dir, new LocalSettings(dir), new Messages(Locale.SIMPLIFIED_CHINESE), config,
                Clock.systemUTC(), null);
        // The bench's own throwaway databases: generating and measuring them is a system job.
        services.session().signInAsSystem();
        return services;
    }

    private String serverUrlOf(String name) {
        String db = pgName(name);
        String base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
        return base + db;
    }

    private String pgName(String name) {
        return ("zs_bench_" + runId + "_" + name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    /** Makes the server database (a no-op for embedded ones: the file appears on open). */
    public void prepare(String name) {
        if (server != null) {
            server.drop(pgName(name));
            server.create(pgName(name));
        }
    }

    /** Removes a database and its folder. */
    public void drop(String name) {
        if (server != null) {
            server.drop(pgName(name));
        }
        deleteTree(dir(name));
    }

    /** The global options that make a child process of the app open this database. */
    public List<String> appArguments(String name) {
        List<String> args = new ArrayList<>(List.of("--data-dir", dir(name).toString()));
        if (server != null) {
            args.addAll(List.of("--db-url", serverUrlOf(name), "--db-user", serverUser));
        }
        return args;
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
