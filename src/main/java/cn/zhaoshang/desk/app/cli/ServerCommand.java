package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** `server init`: prepares an empty PostgreSQL database for a team with the same migrations. */
@Command(name = "server", mixinStandardHelpOptions = true, description = "Team server (PostgreSQL) commands.",
        subcommands = ServerCommand.Init.class)
public final class ServerCommand {

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Migrate the PostgreSQL database named by --db-url (password from ZHAOSHANG_DB_PASSWORD) "
                    + "and load the reference data; safe to run again.")
    public static final class Init extends CommandContext {
        @Override
        protected Integer run(Services services, PrintWriter out) {
            if (root().global.dbUrl == null) {
                throw new DeskException("server.error.urlRequired");
            }
            out.println("database: " + services.databaseInfo().location());
            out.println("schema version: " + services.databaseInfo().schemaVersion());
            out.println("ready");
            return 0;
        }
    }
}
