package cn.zhaoshang.desk.app;

import cn.zhaoshang.desk.app.cli.DeskCommand;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.security.FileEncryption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Opens the embedded database on a thread of its own while JavaFX starts, so the two no longer run
 * one after the other (issue 22: the first window). Only when the desktop app would open exactly
 * this database without asking anything first: an existing, plain file on this computer (not the
 * first start, not a team server, not an encrypted file that needs a password). The app takes the
 * result ({@link #take}) instead of opening it again; anything else opens as before.
 */
public final class EarlyOpen {
    private static volatile EarlyOpen started;

    private final Path dataDir;
    private final LocalSettings settings;
    private final DatabaseConfig config;
    private final CompletableFuture<Services> services;

    private EarlyOpen(Path dataDir, LocalSettings settings, DatabaseConfig config, CompletableFuture<Services> services) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.config = config;
        this.services = services;
    }

    /** Starts opening when the desktop app will open this computer's plain database file. */
    static void start(DeskCommand options) {
        try {
            Path dataDir = Composition.dataDir(options.global);
            LocalSettings settings = new LocalSettings(dataDir);
            DatabaseConfig config = DatabaseConfig.embedded(dataDir);
            if (Composition.serverUrl(options.global, settings) != null || !Files.exists(FileEncryption.fileOf(config))
                    || FileEncryption.needsKey(config)) {
                return;
            }
            Messages messages = Composition.messages(options.global, settings);
            String user = null; // nobody is signed in yet: the start-up flow signs in
            CompletableFuture<Services> opening = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    opening.complete(Composition.open(dataDir, settings, messages, config, OfficeZone.systemClock(), user));
                } catch (RuntimeException e) {
                    opening.completeExceptionally(e);
                }
            }, "early-open");
            thread.setDaemon(true);
            thread.start();
            started = new EarlyOpen(dataDir, settings, config, opening);
        } catch (RuntimeException e) {
            // The app opens the usual way and reports whatever is wrong.
        }
    }

    /** The settings the early open read, for the app to share (one object, one save); else a new one. */
    public static LocalSettings settings(Path dataDir) {
        EarlyOpen early = started;
        return early != null && early.dataDir.equals(dataDir) ? early.settings : new LocalSettings(dataDir);
    }

    /**
     * The database opened early for {@code config}, waited for; null when none was started for it
     * (then open it the usual way). Taken once: a second call returns null.
     */
    public static Services take(DatabaseConfig config) {
        EarlyOpen early = started;
        if (early == null || !early.config.equals(config)) {
            return null;
        }
        started = null;
        try {
            return early.services.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
