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
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
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
            LocalSettings settings = new LocalSettings(Composition.dataDir(root.global));
            Messages messages = Composition.messages(root.global, settings);
            return messages.describe(desk);
        }
        return "error: " + e.getMessage();
    }
}
