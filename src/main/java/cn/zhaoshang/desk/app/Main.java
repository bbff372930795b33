package cn.zhaoshang.desk.app;

import cn.zhaoshang.desk.app.cli.DeskCommand;
import cn.zhaoshang.desk.app.ui.DeskApplication;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point. Not a JavaFX Application itself (JavaFX jars sit on the class path): with no
 * command it launches the desktop app, with one it runs the command and exits with its code.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        logInto(args);
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * The log file goes to the data folder's logs/ (before anything logs: logback reads the folder once).
     * Only --data-dir is looked at here; without it, the default data folder.
     */
    private static void logInto(String[] args) {
        java.nio.file.Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                dataDir = java.nio.file.Path.of(args[i + 1]);
            } else if (args[i].startsWith("--data-dir=")) {
                dataDir = java.nio.file.Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        if (dataDir == null) {
            dataDir = cn.zhaoshang.desk.common.config.DataLocation.defaultDataDir();
        }
        System.setProperty("zhaoshang.log.dir", dataDir.toAbsolutePath().resolve("logs").toString());
    }

    /** Runs a command line and returns the exit code; the desktop app blocks until it closes. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        DeskCommand root = new DeskCommand();
        // `--open company` names an area that is also a command: let option values win.
        CommandLine cli = new CommandLine(root).setAllowSubcommandsAsOptionParameters(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(describe(e, root));
            if (!(e instanceof DeskException)) {
                org.slf4j.LoggerFactory.getLogger(Main.class).error("Command failed", e);
            } else {
                // The console had the one localised line; the log file keeps the cause.
                org.slf4j.LoggerFactory.getLogger(Main.class).warn("Command failed: {}", ((DeskException) e).key(), e);
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
            EarlyOpen.start(root); // the database opens while JavaFX starts
            DeskApplication.launchWith(args);
            return 0;
        }
        return cli.execute(args);
    }

    private static String describe(Exception e, DeskCommand root) {
        if (e instanceof DeskException desk) {
            java.nio.file.Path dataDir = Composition.dataDir(root.global);
            LocalSettings settings = new LocalSettings(dataDir);
            Messages messages = Composition.messages(root.global, settings);
            String text = messages.describe(desk);
            if (DamageRecovery.isDamage(desk)) {
                text += DamageRecovery.lastGoodBackup(dataDir, settings)
                        .map(zip -> messages.get("cli.damaged.restoreHint", zip)).orElse(messages.get("cli.damaged.noBackup"));
            }
            return text;
        }
        return "error: " + e.getMessage();
    }
}
