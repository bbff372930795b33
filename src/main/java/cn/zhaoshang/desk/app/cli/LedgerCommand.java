package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `ledger --out FILE.xlsx [--team T]`: the project ledger (项目台账). */
@Command(name = "ledger", mixinStandardHelpOptions = true, description = "Write the project ledger (项目台账) as .xlsx.")
public final class LedgerCommand extends CommandContext {
    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--team", paramLabel = "T", description = "Only this team's projects (team name).")
    String team;

    @Override
    protected Integer run(Services services, PrintWriter console) {
        UUID teamId = team == null ? null : services.reports().teamByName(team);
        int rows = services.reports().writeLedger(teamId, services.messages(), out);
        console.println(services.messages().get("report.ledger.written", out.toAbsolutePath().toString(), String.valueOf(rows)));
        return 0;
    }
}
