package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.office.OutputFile;
import cn.zhaoshang.desk.dashboard.Period;
import cn.zhaoshang.desk.dashboard.ReportService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `report weekly|monthly [--period P] [--team T] --out FILE.docx`: the 招商周报/月报. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the weekly or monthly briefing (招商周报/月报) as .docx.")
public final class ReportCommand extends CommandContext {
    @Parameters(paramLabel = "weekly|monthly", description = "Which briefing: weekly (Mon–Sun) or monthly.")
    String kind;

    @Option(names = "--period", paramLabel = "P",
            description = "weekly: any day of the week (2026-06-15); monthly: the month (2026-06). Default: the current one.")
    String period;

    @Option(names = "--team", paramLabel = "T", description = "Team name (e.g. 北京驻地招商小分队); default: the whole district.")
    String team;

    @Option(names = "--out", paramLabel = "FILE.docx", required = true, description = "The file to write.")
    Path out;

    @Override
    protected Integer run(Services services, PrintWriter console) {
        ReportService.Kind which = switch (kind.toLowerCase()) {
            case "weekly" -> ReportService.Kind.WEEKLY;
            case "monthly" -> ReportService.Kind.MONTHLY;
            default -> throw new DeskException("report.error.kind", kind);
        };
        OutputFile.requireExtension(out, "docx");
        LocalDate day = day(which, services.dashboard().today());
        UUID teamId = team == null ? null : services.reports().teamByName(team);
        ReportService.Briefing briefing = services.reports().briefing(which, day, teamId);
        services.reports().writeBriefing(briefing, services.messages(), out);
        console.println(services.messages().get("report.written", out.toAbsolutePath().toString(),
                briefing.from().toString(), briefing.to().toString()));
        return 0;
    }

    private LocalDate day(ReportService.Kind which, LocalDate today) {
        if (period == null) {
            return today;
        }
        try {
            return which == ReportService.Kind.WEEKLY ? LocalDate.parse(period.strip()) : Period.parse(period).from();
        } catch (RuntimeException e) {
            throw new DeskException("report.error.period", period);
        }
    }
}
