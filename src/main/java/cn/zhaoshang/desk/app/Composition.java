package cn.zhaoshang.desk.app;

import cn.zhaoshang.desk.app.cli.GlobalOptions;
import cn.zhaoshang.desk.backup.BackupService;
import cn.zhaoshang.desk.backup.Leftovers;
import cn.zhaoshang.desk.backup.RestoreService;
import cn.zhaoshang.desk.common.background.CancelledException;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.security.EncryptionService;
import cn.zhaoshang.desk.security.FileEncryption;
import cn.zhaoshang.desk.security.PlainCopies;
import cn.zhaoshang.desk.security.SignInRules;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The composition root: turns options and local settings into an open database and its services.
 * Nothing else constructs services.
 */
public final class Composition {
    public enum Mode { DESKTOP, COMMAND_LINE }

    private Composition() {
    }

    public static Path dataDir(GlobalOptions options) {
        return options.dataDir != null ? options.dataDir.toAbsolutePath() : options.environment.defaultDataDir();
    }

    public static Messages messages(GlobalOptions options, LocalSettings settings) {
        String lang = options.language != null ? options.language : settings.get("ui.language").orElse("zh");
        return new Messages(lang.startsWith("en") ? Messages.ENGLISH : Messages.CHINESE);
    }

    /** Asks for the team server's password when none is in the environment. */
    @FunctionalInterface
    public interface PasswordPrompt {
        /** The password, or null when the user gave up. */
        String ask(String user, String url);
    }

    /**
     * Reads the password from the console (command line). Without a console (a script, a service) there
     * is nobody to ask: the connection is tried without one (a server that trusts this computer accepts
     * it), and a server that wants one is reported plainly as "no password given", not as unreachable.
     */
    public static final PasswordPrompt CONSOLE = (user, url) -> {
        if (System.console() == null) {
            return "";
        }
        char[] typed = System.console().readPassword("%s@%s password: ", user, url);
        return typed == null ? null : new String(typed);
    };

    /** The team server URL in use, from --db-url or the settings; null for this computer only. */
    public static String serverUrl(GlobalOptions options, LocalSettings settings) {
        String url = options.dbUrl != null ? options.dbUrl : settings.get("db.url").orElse(null);
        return url == null || url.isBlank() ? null : url.strip();
    }

    public static String serverUser(GlobalOptions options, LocalSettings settings) {
        return options.dbUser != null ? options.dbUser : settings.get("db.user").orElse("zhaoshang");
    }

    /**
     * Which database: --db-url, else the team server chosen in settings, else the embedded file.
     * The server password comes from ZHAOSHANG_DB_PASSWORD or the prompt; it is never stored.
     */
    public static DatabaseConfig databaseConfig(GlobalOptions options, LocalSettings settings, Path dataDir,
                                                PasswordPrompt prompt) {
        String url = serverUrl(options, settings);
        if (url == null) {
            return DatabaseConfig.embedded(dataDir);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new DeskException("db.error.unsupportedUrl", url);
        }
        String user = serverUser(options, settings);
        String password = options.environment.serverPassword();
        if (password == null) {
            password = prompt.ask(user, url);
            if (password == null) {
                throw new CancelledException();
            }
        }
        return DatabaseConfig.server(url, user, password);
    }

    public static Services open(GlobalOptions options, Mode mode) {
        return open(options, mode, false);
    }

    /**
     * Opens the database for a command and signs its user in (see {@link #signInForCommandLine}).
     * {@code passwordChangeCommand}: the command is the one a user whose password an administrator set
     * may run (choosing their own); every other command refuses them until then.
     */
    public static Services open(GlobalOptions options, Mode mode, boolean passwordChangeCommand) {
        Path dataDir = dataDir(options);
        LocalSettings settings = new LocalSettings(dataDir);
        DatabaseConfig config = databaseConfig(options, settings, dataDir, CONSOLE);
        if (FileEncryption.needsKey(config)) {
            // An encrypted file opens only with a user's password (the keyring beside it holds the key).
            if (options.user == null) {
                throw new DeskException("security.error.signInRequired");
            }
            config = FileEncryption.unlock(config, dataDir, options.user,
                    commandLinePassword(options.user, options.environment));
        }
        Services services = open(dataDir, settings, messages(options, settings), config, OfficeZone.systemClock(), null);
        try {
            signInForCommandLine(services, options.user, options.environment);
            if (services.session().passwordChangeRequired() && !passwordChangeCommand) {
                throw new DeskException("security.error.passwordChangeRequired", options.user);
            }
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Who runs the command: --user NAME, with the password from ZHAOSHANG_PASSWORD or the console once
     * any user has one. A database that has no users yet has nobody to sign in as: it is worked on as
     * the system (setting it up: `server init`, `demo-data`, the first `users add`, a restore onto a
     * new computer).
     */
    public static void signInForCommandLine(Services services, String userName, Environment environment) {
        if (services.users().noUsersYet()) {
            services.session().signInAsSystem();
            return;
        }
        if (userName == null) {
            throw new DeskException("security.error.signInRequired");
        }
        if (services.users().anyoneHasPassword()) {
            services.users().authenticate(userName, commandLinePassword(userName, environment));
        } else {
            services.users().signInByName(userName);
        }
    }

    /** The user's password from ZHAOSHANG_PASSWORD or the console; refused when there is neither. */
    public static char[] commandLinePassword(String userName, Environment environment) {
        String password = environment.password();
        if (password == null && System.console() != null) {
            char[] typed = System.console().readPassword("%s password: ", userName);
            password = typed == null ? null : new String(typed);
        }
        if (password == null) {
            throw new DeskException("security.error.passwordRequired", userName);
        }
        return password.toCharArray();
    }

    /** Opens everything for a given database; used by the app, the command line and tests. */
    public static Services open(Path dataDir, LocalSettings settings, Messages messages, DatabaseConfig config,
                                Clock clock, String userName) {
        return open(dataDir, settings, messages, config, clock, userName, SignInRules.STANDARD);
    }

    /**
     * Opens everything with the given sign-in rules (tests hash cheaply). Nobody is signed in
     * afterwards unless {@code userName} names a user without a password in a database where nobody
     * has one; loading missing reference data is a start-up job and runs as the system.
     */
    public static Services open(Path dataDir, LocalSettings settings, Messages messages, DatabaseConfig config,
                                Clock clock, String userName, SignInRules signIn) {
        if (FileEncryption.needsKey(config)
                && FileEncryption.keyOf(config) == null) {
            // Without this H2 would call the encrypted file corrupt.
            throw new DeskException("security.error.encryptedNeedsPassword");
        }
        // Every service reads dates and times from this one clock, in the office's zone: a "today" taken
        // in UTC was yesterday before 08:00 in Zhengzhou.
        clock = clock.withZone(OfficeZone.ZONE);
        Session session = new Session();
        if (config.isEmbeddedFile()) {
            RestoreService.finishInterrupted(dataDir);
            Leftovers.clean(List.of(dataDir.resolve("backups"),
                    BackupService.folder(settings, dataDir)));
        }
        Database database = Database.open(config, clock);
        Services services = new Services(dataDir, settings, messages, clock, session, database, signIn);
        try {
            String dataKey = FileEncryption.keyOf(config);
            if (dataKey != null) {
                // A plain copy an interrupted `encrypt` or restore left is encrypted now (decision 0143).
                PlainCopies.encryptAll(dataDir,
                        List.of(BackupService.folder(settings, dataDir), dataDir.resolve("backups")),
                        dataKey);
            }
            session.asSystem(() -> {
                // Runs a crash cut off are taken back before anything reads the data (decision 0140).
                services.recordStartup(services.writeRuns().sweepUnfinished());
                services.referenceData().ensureLoaded();
            });
            if (userName != null) {
                services.users().signInByName(userName);
            }
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Encrypts the open embedded database with a data key wrapped for this user's password (decisions 0008,
     * 0143, 0144): closes the services, encrypts the file and every plain copy in the backup folders, and
     * returns the config that opens it now.
     */
    public static DatabaseConfig encrypt(Services services, String username, char[] password) {
        DatabaseConfig config = services.database().config();
        List<Path> folders = List.of(
                BackupService.folder(services.settings(), services.dataDir()),
                services.dataDir().resolve("backups"));
        services.close();
        return EncryptionService.convertWithCopies(config, services.dataDir(), folders,
                username, password);
    }

    public static Locale localeOf(Messages messages) {
        return messages.locale();
    }
}
