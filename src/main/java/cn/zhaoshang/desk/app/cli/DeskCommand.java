package cn.zhaoshang.desk.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The root command. Without a subcommand the desktop app opens; with one, it runs and exits.
 */
@Command(name = "zhaoshang-desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Zhaoshang Desk (招商台): CRM for investment-attraction offices. Without a command, opens the desktop app.",
        subcommands = {InfoCommand.class, DemoDataCommand.class})
public final class DeskCommand {
    @Mixin
    public GlobalOptions global = new GlobalOptions();

    @Option(names = "--smoke-test", description = "Open the desktop app, wait for its first layout, print SMOKE OK and exit.")
    public boolean smokeTest;
}
