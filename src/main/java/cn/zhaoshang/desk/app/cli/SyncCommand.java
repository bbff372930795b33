package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Environment;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.security.EncryptionService;
import cn.zhaoshang.desk.security.FileEncryption;
import cn.zhaoshang.desk.sync.SyncResult;
import cn.zhaoshang.desk.sync.SyncState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `sync`: ties a laptop's data folder to a team server and pulls its share the first time, then
 * pushes and pulls; prints `pushed N, pulled N, conflicts N`. `sync status`, and bundles for a
 * laptop that can never reach the server: `sync export FILE` / `sync import FILE` on the laptop,
 * `--db-url … sync import FILE` and `--db-url … sync export --for LAPTOP FILE` at the office.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Sync this laptop's data folder with its team server (the first time: --data-dir DIR --db-url URL",
                "--db-user U --user NAME; then --data-dir DIR --user NAME). Prints: pushed N, pulled N, conflicts N."},
        subcommands = {SyncCommand.Status.class, SyncCommand.Export.class, SyncCommand.Import.class,
                BriefcaseCommand.Pack.class, BriefcaseCommand.Unpack.class})
public final class SyncCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The bundle password: ZHAOSHANG_BUNDLE_PASSWORD or the console. */
    static char[] bundlePassword(Environment environment) {
        String fromEnv = environment.bundlePassword();
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        if (System.console() == null) {
            throw new DeskException("sync.error.bundlePasswordNeeded");
        }
        return System.console().readPassword("bundle password: ");
    }

    static DeskCommand rootOf(picocli.CommandLine.Model.CommandSpec spec) {
        var top = spec;
        while (top.parent() != null) {
            top = top.parent();
        }
        return (DeskCommand) top.userObject();
    }

    @Override
    public Integer call() {
        GlobalOptions global = rootOf(spec).global;
        PrintWriter out = spec.commandLine().getOut();
        SyncResult result;
        String tiedUser = null;
        DatabaseConfig laptopConfig;
        try (LaptopAndServer both = LaptopAndServer.open(global)) {
            var progress = new ConsoleProgress(spec.commandLine().getErr(), both.laptop.messages());
            if (both.laptop.sync().isTied()) {
                result = both.laptop.sync().sync(both.server.database(), progress);
            } else {
                String laptopName = Composition.dataDir(global).getFileName().toString();
                result = both.laptop.sync().tie(both.server.database(), global.user, laptopName, progress);
                both.rememberServer(both.server.database().config().url(), both.server.database().config().user());
                tiedUser = both.server.users().findByName(global.user).filter(u -> u.hasPassword())
                        .map(u -> u.username()).orElse(null);
            }
            laptopConfig = both.laptop.database().config();
        }
        if (tiedUser != null && !FileEncryption.needsKey(laptopConfig)) {
            // The district's data on a laptop opens only with its user's password (decision 0008).
            EncryptionService.convert(laptopConfig, Composition.dataDir(global), tiedUser,
                    Composition.commandLinePassword(tiedUser, global.environment));
        }
        out.println(result.line());
        return 0;
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Where this laptop stands with its server.")
    public static final class Status extends CommandContext {
        @Override
        protected Integer run(Services services, PrintWriter out) {
            SyncState state = services.sync().state().orElseThrow(() -> new DeskException("sync.error.notTied"));
            out.println(services.messages().get("sync.status.line", services.settings().get(LaptopAndServer.URL).orElse("?"),
                    state.laptopId(), state.userName(), state.lastSyncAt() == null ? "-" : state.lastSyncAt().toString(),
                    state.waiting(), state.conflicts()));
            if (state.lastError() != null) {
                out.println(services.messages().get("sync.status.lastError", state.lastError()));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"On a laptop: write its unsent changes as an encrypted bundle FILE.",
                    "At the office (--db-url … --user ADMIN): --for LAPTOP writes the server's changes for that laptop.",
                    "Password from ZHAOSHANG_BUNDLE_PASSWORD or a prompt."})
    public static final class Export extends CommandContext {
        @Option(names = "--for", paramLabel = "LAPTOP", description = "The laptop's id (see `laptops list`).")
        UUID laptop;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        protected Integer run(Services services, PrintWriter out) {
            char[] password = bundlePassword(root.global.environment);
            int rows = laptop != null ? services.sync().exportFor(laptop, file, password)
                    : services.sync().exportChanges(file, password);
            out.println(services.messages().get("sync.bundle.written", rows, file));
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"At the office (--db-url … --user ADMIN): merge a laptop's bundle into the server.",
                    "On a laptop: apply a bundle the office wrote for it. A second import changes nothing."})
    public static final class Import extends CommandContext {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        protected Integer run(Services services, PrintWriter out) {
            char[] password = bundlePassword(root.global.environment);
            SyncResult result = services.sync().isTied() ? services.sync().importServerChanges(file, password)
                    : services.sync().importChanges(file, password);
            out.println(result.line());
            return 0;
        }
    }
}
