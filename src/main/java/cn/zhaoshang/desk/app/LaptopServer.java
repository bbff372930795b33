package cn.zhaoshang.desk.app;

import cn.zhaoshang.desk.common.background.CancelledException;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.sync.ServerConnector;
import java.time.Clock;

/**
 * The team server a laptop's data folder is tied to (settings {@code sync.url}, {@code sync.user}), for
 * the desktop's background sync. The server's password is asked for the first time it is needed and kept
 * in memory for the rest of the session (never written); a wrong one is forgotten and asked again.
 */
public final class LaptopServer implements ServerConnector {
    public static final String URL = "sync.url";
    public static final String USER = "sync.user";

    private final LocalSettings settings;
    private final Clock clock;
    private final Composition.PasswordPrompt prompt;
    private final Environment environment;
    private volatile String password;

    public LaptopServer(LocalSettings settings, Clock clock, Composition.PasswordPrompt prompt, Environment environment) {
        this.settings = settings;
        this.clock = clock;
        this.prompt = prompt;
        this.environment = environment;
    }

    /** Is this data folder a laptop tied to a team server? (Read from the settings: no database needed.) */
    public static boolean isLaptop(LocalSettings settings) {
        return settings.get(URL).isPresent();
    }

    public String url() {
        return settings.get(URL).orElseThrow(() -> new DeskException("sync.error.notTied"));
    }

    @Override
    public Database open() {
        String user = settings.get(USER).orElse("zhaoshang");
        String typed = password != null ? password : environment.serverPassword();
        if (typed == null) {
            typed = prompt.ask(user, url());
            if (typed == null) {
                throw new CancelledException();
            }
        }
        try {
            Database server = Database.open(DatabaseConfig.server(url(), user, typed), clock);
            password = typed;
            return server;
        } catch (DeskException e) {
            if ("db.error.password".equals(e.key())) {
                password = null;
            }
            throw e.key().equals("db.error.newer") ? new DeskException(e, "sync.error.updateApp", url()) : e;
        }
    }
}
