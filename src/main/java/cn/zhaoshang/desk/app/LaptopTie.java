package cn.zhaoshang.desk.app;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.time.OfficeZone;
import java.nio.file.Path;

/**
 * Ties a new data folder to a team server from the desktop's first start, as {@code sync} does on the
 * command line: the user signs in on the server, the folder pulls the user's share, remembers the
 * server (never a password), and is encrypted with the user's password (decision 0015).
 */
public final class LaptopTie {
    /** What the first-start dialog asked. */
    public record Request(String url, String dbUser, String dbPassword, String user, char[] password) { }

    private LaptopTie() {
    }

    /** Returns the config that opens the laptop's database, encrypted now, with the user's password. */
    public static DatabaseConfig tie(Path dataDir, LocalSettings settings, Messages messages, Request request,
                                     Progress progress) {
        DatabaseConfig serverConfig = DatabaseConfig.server(request.url(), request.dbUser(), request.dbPassword());
        try (Services server = Composition.open(dataDir, settings, messages, serverConfig, OfficeZone.systemClock(), null)) {
            server.users().authenticate(request.user(), request.password());
            Services laptop = Composition.open(dataDir, settings, messages, DatabaseConfig.embedded(dataDir),
                    OfficeZone.systemClock(), null);
            try {
                laptop.session().asSystem(() -> laptop.sync().tie(server.database(), request.user(),
                        dataDir.getFileName().toString(), progress));
                settings.put(LaptopServer.URL, request.url());
                settings.put(LaptopServer.USER, request.dbUser());
                settings.put("db.mode", "laptop");
                settings.save();
                return Composition.encrypt(laptop, request.user(), request.password());
            } catch (RuntimeException e) {
                laptop.close();
                throw e;
            }
        }
    }
}
