package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Base of the subcommands: opens the services from the global options, runs, closes. Failures
 * become a one-line localised message on stderr and a non-zero exit (see {@code Main}).
 */
public abstract class CommandContext implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    protected DeskCommand root;

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (Services services = Composition.open(root.global, Composition.Mode.COMMAND_LINE)) {
            return run(services, spec.commandLine().getOut());
        }
    }

    protected abstract Integer run(Services services, PrintWriter out) throws Exception;
}
