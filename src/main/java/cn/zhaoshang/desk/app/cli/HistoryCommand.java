package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.history.HistoryLine;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `history`: the change history (or, with --exports, the export log) as the app's history screen
 * shows it, one tab-separated line a change: time, who, action, record, details. For managers and
 * administrators, like the whole history in the app.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Print the change history, newest first: time, who, action, record, details (tab-separated).",
                "Managers and administrators; --exports prints the export log the same way."})
public final class HistoryCommand extends CommandContext {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--table", paramLabel = "T", description = "Only this table (company, project, task, contact …).")
    String table;

    @Option(names = "--record", paramLabel = "NAME|ID", description = "Only the record of this name or id.")
    String record;

    @Option(names = "--since", paramLabel = "DATE", description = "Only from this day on (yyyy-MM-dd).")
    LocalDate since;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N lines (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--exports", description = "The export log instead of the change history.")
    boolean exports;

    @Override
    protected Integer run(Services services, PrintWriter out) {
        List<HistoryLine> lines = exports ? services.history().exportLines(limit, services.messages())
                : services.history().lines(table, record, since, limit, services.messages());
        for (HistoryLine line : lines) {
            out.println(line.toText(TIME.format(line.occurredAt().atZoneSameInstant(OfficeZone.ZONE))));
        }
        return 0;
    }
}
