package cn.zhaoshang.desk.app;

import cn.zhaoshang.desk.app.cli.DeskCommand;
import cn.zhaoshang.desk.app.ui.DeskApplication;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point. Not a JavaFX Application itself (JavaFX jars sit on the class path): with no
 * command it launches the desktop app, with one it runs the command and exits with its code.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The one read of the environment for a command; everything below is handed it (see Environment).
        Environment environment = new Environment(System.getenv());
        logIntoDataFolder(args, environment);
        System.exit(run(args, environment, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Points the log at the data folder's logs/ before anything logs (logback reads the property when
     * it starts): stack traces go there, never to the terminal of a command.
     */
    static void logIntoDataFolder(String[] args, Environment environment) {
        if (System.getProperty("zhaoshang.log.dir") != null) {
            return;
        }
        Path dataDir = environment.defaultDataDir();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                dataDir = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--data-dir=")) {
                dataDir = Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        System.setProperty("zhaoshang.log.dir", dataDir.toAbsolutePath().resolve("logs").toString());
    }

    /** Runs a command line as a script that sets no environment variables (tests); see the overload. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, Environment.NONE, out, err);
    }

    /** Runs a command line with the given environment and returns the exit code; the desktop app blocks until it closes. */
    public static int run(String[] args, Environment environment, PrintWriter out, PrintWriter err) {
        DeskCommand root = new DeskCommand();
        root.global.environment = environment;
        // `--open company` names an area that is also a command: let option values win.
        CommandLine cli = new CommandLine(root).setAllowSubcommandsAsOptionParameters(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(describe(e, root));
            if (!(e instanceof DeskException)) {
                LoggerFactory.getLogger(Main.class).error("Command failed", e);
            } else {
                // The console had the one localised line; the log file keeps the cause.
                LoggerFactory.getLogger(Main.class).warn("Command failed: {}", ((DeskException) e).key(), e);
            }
            return 1;
        });
        CommandLine.ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (!parsed.hasSubcommand() && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested()) {
            if (root.openArea != null && !DeskApplication.areas().contains(root.openArea)) {
                // Said before any window opens: a headless --snapshot must not wait for a click.
                err.println(messages(root).get("shell.error.unknownArea", root.openArea,
                        String.join(", ", DeskApplication.areas())));
                return 2;
            }
            EarlyOpen.start(root); // the database opens while JavaFX starts
            DeskApplication.launchWith(args);
            return 0;
        }
        return cli.execute(args);
    }

    /**
     * The one line a failed command prints, in the user's language: the message of a {@link DeskException};
     * a lost database connection said as such; anything else as an unexpected error whose details are in
     * the log.
     */
    private static Messages messages(DeskCommand root) {
        return Composition.messages(root.global, new LocalSettings(Composition.dataDir(root.global)));
    }

    private static String describe(Exception e, DeskCommand root) {
        LocalSettings settings = new LocalSettings(Composition.dataDir(root.global));
        Messages messages = Composition.messages(root.global, settings);
        if (e instanceof DeskException desk) {
            String text = messages.describe(desk);
            if (DamageRecovery.isDamage(desk)) {
                Path dataDir = Composition.dataDir(root.global);
                text += DamageRecovery.lastGoodBackup(dataDir, settings)
                        .map(zip -> messages.get("cli.damaged.restoreHint", zip)).orElse(messages.get("cli.damaged.noBackup"));
            }
            return text;
        }
        String where = root.global.dbUrl != null ? root.global.dbUrl : String.valueOf(Composition.dataDir(root.global));
        if (connectionLost(e)) {
            return messages.get("cli.error.connectionLost", where, System.getProperty("zhaoshang.log.dir", ""));
        }
        return messages.get("cli.error.unexpected", String.valueOf(e.getMessage()), System.getProperty("zhaoshang.log.dir", ""));
    }

    /** A statement failed because the server went away (SQL state class 08: connection exception). */
    private static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
