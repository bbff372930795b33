package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.sync.Laptop;
import java.io.PrintWriter;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `laptops list|revoke` on the team server (administrators). */
@Command(name = "laptops", mixinStandardHelpOptions = true, description = "Laptops tied to the team server.",
        subcommands = {LaptopsCommand.ListLaptops.class, LaptopsCommand.Revoke.class})
public final class LaptopsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "id, name, user, last sync, revoked.")
    public static final class ListLaptops extends CommandContext {
        @Override
        protected Integer run(Services services, PrintWriter out) {
            for (Laptop l : services.sync().laptops()) {
                out.printf("%s\t%s\t%s\t%s\t%s%n", l.id(), l.name(), l.userName(),
                        l.lastSyncAt() == null ? "-" : l.lastSyncAt(), l.revoked() ? "revoked " + l.revokedAt() : "-");
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Cut a lost laptop off: its next sync is refused.")
    public static final class Revoke extends CommandContext {
        @Parameters(paramLabel = "ID")
        UUID id;

        @Override
        protected Integer run(Services services, PrintWriter out) {
            services.sync().revoke(id);
            out.println(services.messages().get("sync.laptop.revoked", id));
            return 0;
        }
    }
}
