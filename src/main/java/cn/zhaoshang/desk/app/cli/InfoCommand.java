package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.DatabaseInfoService;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;

/** `info`: where the database is, its schema version and its rows per table. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print the database location, schema version and record counts per table.")
public final class InfoCommand extends CommandContext {
    @Override
    protected Integer run(Services services, PrintWriter out) {
        DatabaseInfoService info = services.databaseInfo();
        out.println("database: " + info.location());
        out.println("engine: " + info.engine());
        out.println("schema version: " + info.schemaVersion());
        out.println("records:");
        for (Map.Entry<String, Integer> e : info.rowCounts().entrySet()) {
            out.printf("  %-24s %,d%n", e.getKey(), e.getValue());
        }
        return 0;
    }
}
