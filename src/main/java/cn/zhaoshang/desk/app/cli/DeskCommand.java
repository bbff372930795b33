package cn.zhaoshang.desk.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The root command. Without a subcommand the desktop app opens; with one, it runs and exits.
 */
@Command(name = "zhaoshang-desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Zhaoshang Desk (招商台): CRM for investment-attraction offices. Without a command, opens the desktop app.",
        subcommands = {InfoCommand.class, DemoDataCommand.class, ServerCommand.class, BackupCommand.class,
                RestoreCommand.class, UsersCommand.class, SearchCommand.class,
                ImportCommand.class, ExportCommand.class, PlacesDemoCommand.class, ChainCommand.class,
                ReportCommand.class, LedgerCommand.class, CompanyCommand.class, StageDeadlinesCommand.class,
                RequestsCommand.class, EncryptCommand.class, HistoryCommand.class, SyncCommand.class,
                ConflictsCommand.class, LaptopsCommand.class})
public final class DeskCommand {
    @Mixin
    public GlobalOptions global = new GlobalOptions();

    @Option(names = "--smoke-test", description = "Open the desktop app, wait for its first layout, print SMOKE OK and exit.")
    public boolean smokeTest;

    @Option(names = "--open", paramLabel = "AREA", description = "Area to show first (company, project, task, dashboard, …).")
    public String openArea;

    @Option(names = "--snapshot", paramLabel = "FILE.png",
            description = "Open the desktop app without start-up dialogs, wait --snapshot-delay ms, save the window as PNG and exit.")
    public Path snapshot;

    @Option(names = "--snapshot-delay", paramLabel = "MS", defaultValue = "2500", description = "Wait before the snapshot (default ${DEFAULT-VALUE} ms).")
    public long snapshotDelay;
}
