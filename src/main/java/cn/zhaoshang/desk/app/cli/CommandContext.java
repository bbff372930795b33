package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the subcommands: opens the services from the global options, runs, closes. Failures
 * become a one-line localised message on stderr and a non-zero exit (see {@code Main}).
 */
public abstract class CommandContext implements Callable<Integer> {
    @Spec
    private CommandSpec ownSpec;

    protected CommandSpec spec;

    /** The root command with the global options (set before {@link #run}). */
    protected DeskCommand root;

    @Override
    public final Integer call() throws Exception {
        spec = ownSpec;
        root = root();
        try (Services services = Composition.open(root().global, Composition.Mode.COMMAND_LINE, changesOwnPassword())) {
            if (!services.sweptAtOpen().isEmpty()) {
                // A crash cut work off last time: one line here, the details are in the log (decision 0140).
                spec.commandLine().getErr().println(services.messages().get("cli.recovered", services.sweptAtOpen().stream()
                        .map(r -> services.messages().get("cli.recovered.kind." + r.kind().name()))
                        .collect(Collectors.joining("、"))));
            }
            return run(services, spec.commandLine().getOut());
        }
    }

    /** The root command with the global options, however deep this command is nested. */
    protected DeskCommand root() {
        CommandSpec top = ownSpec;
        while (top.parent() != null) {
            top = top.parent();
        }
        return (DeskCommand) top.userObject();
    }

    protected abstract Integer run(Services services, PrintWriter out) throws Exception;

    /**
     * Is this the command a user whose password an administrator set may run (choosing their own)?
     * Every other command refuses them until they have.
     */
    protected boolean changesOwnPassword() {
        return false;
    }
}
