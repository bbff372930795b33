package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.sync.Conflict;
import cn.zhaoshang.desk.sync.SyncService;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `conflicts list|resolve`: the laptop's conflict queue. */
@Command(name = "conflicts", mixinStandardHelpOptions = true, description = "The sync conflicts waiting on this laptop.",
        subcommands = {ConflictsCommand.ListConflicts.class, ConflictsCommand.Resolve.class})
public final class ConflictsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One line per open conflict: id, record, field, mine, theirs.")
    public static final class ListConflicts extends CommandContext {
        @Option(names = "--all", description = "Resolved ones too.")
        boolean all;

        @Override
        protected Integer run(Services services, PrintWriter out) {
            for (Conflict c : services.sync().conflicts(!all)) {
                out.printf("%s\t%s %s\t%s\t%s\t%s%s%n", c.id(), c.table(), c.recordLabel(), c.field(), text(c.mine()),
                        text(c.theirs()), c.open() ? "" : "\t" + c.resolution());
            }
            return 0;
        }

        private static String text(String value) {
            return value == null ? "-" : value.replace('\t', ' ').replace('\n', ' ');
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Settle a conflict: --take mine (sent with the next sync) or theirs (the server's value stays).")
    public static final class Resolve extends CommandContext {
        @Parameters(paramLabel = "ID")
        UUID id;

        @Option(names = "--take", required = true, paramLabel = "mine|theirs", converter = TakeConverter.class)
        SyncService.Take take;

        @Override
        protected Integer run(Services services, PrintWriter out) {
            services.sync().resolve(id, take);
            out.println(services.messages().get("sync.conflict.resolved", id, take.name().toLowerCase(Locale.ROOT)));
            return 0;
        }
    }

    static final class TakeConverter implements picocli.CommandLine.ITypeConverter<SyncService.Take> {
        @Override
        public SyncService.Take convert(String value) {
            return SyncService.Take.valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }
}
