package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.LaptopServer;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.time.OfficeZone;
import java.nio.file.Path;

/**
 * For `sync`: a laptop's own database (the data folder) and its team server, both open. The server
 * is the one named by --db-url (the first time), else the one the folder was tied to (remembered in
 * settings.properties as sync.url and sync.user); its password comes from ZHAOSHANG_DB_PASSWORD or the
 * prompt, and the user signs in on it with --user and ZHAOSHANG_PASSWORD.
 */
final class LaptopAndServer implements AutoCloseable {
    static final String URL = LaptopServer.URL;
    static final String USER = LaptopServer.USER;

    final Services laptop;
    final Services server;
    final LocalSettings settings;

    private LaptopAndServer(Services laptop, Services server, LocalSettings settings) {
        this.laptop = laptop;
        this.server = server;
        this.settings = settings;
    }

    /** The laptop's folder options: the same but for the server, which is not the working database here. */
    static GlobalOptions laptopOptions(GlobalOptions global) {
        GlobalOptions laptop = new GlobalOptions();
        laptop.dataDir = global.dataDir;
        laptop.user = global.user;
        laptop.language = global.language;
        laptop.environment = global.environment;
        return laptop;
    }

    static LaptopAndServer open(GlobalOptions global) {
        Path dataDir = Composition.dataDir(global);
        LocalSettings settings = new LocalSettings(dataDir);
        boolean tied = settings.get(URL).isPresent();
        GlobalOptions serverOptions = new GlobalOptions();
        serverOptions.dbUrl = global.dbUrl != null ? global.dbUrl : settings.get(URL).orElse(null);
        serverOptions.dbUser = global.dbUser != null ? global.dbUser : settings.get(USER).orElse(null);
        serverOptions.environment = global.environment;
        if (serverOptions.dbUrl == null) {
            throw new DeskException("sync.error.noServer");
        }
        if (!tied && global.user == null) {
            throw new DeskException("sync.error.userNeeded");
        }
        GlobalOptions laptopOptions = laptopOptions(global);
        if (!tied) {
            laptopOptions.user = null;  // a folder not yet tied has no users of its own
        }
        Services laptop = Composition.open(laptopOptions, Composition.Mode.COMMAND_LINE);
        Services server = null;
        try {
            DatabaseConfig config = Composition.databaseConfig(serverOptions, settings, dataDir, Composition.CONSOLE);
            try {
                server = Composition.open(dataDir, settings, laptop.messages(), config, OfficeZone.systemClock(), null);
            } catch (DeskException e) {
                throw e.key().equals("db.error.newer") ? new DeskException(e, "sync.error.updateApp", config.location()) : e;
            }
            Composition.signInForCommandLine(server, global.user != null ? global.user
                    : laptop.sync().state().map(s -> s.userName()).orElse(null), global.environment);
            return new LaptopAndServer(laptop, server, settings);
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            laptop.close();
            throw e;
        }
    }

    /** Remembers the server this folder is tied to (never its password). */
    void rememberServer(String url, String user) {
        settings.put(URL, url);
        settings.put(USER, user);
        settings.save();
    }

    @Override
    public void close() {
        server.close();
        laptop.close();
    }
}
