package cn.zhaoshang.desk.app;

import cn.zhaoshang.desk.common.config.DataLocation;
import java.nio.file.Path;
import java.util.Map;

/**
 * The environment variables the app reads, taken once where the process starts ({@code Main.main},
 * {@code DeskApplication.init}) and handed down with the options: nothing below calls
 * {@code System.getenv}, so a test runs a command in this JVM with the variables it chooses instead of
 * starting a JVM for each (the architecture test holds the line).
 */
public record Environment(Map<String, String> variables) {
    /** No variables at all: a script that sets none. */
    public static final Environment NONE = new Environment(Map.of());

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** The signing-in user's password (ZHAOSHANG_PASSWORD), or null. */
    public String password() {
        return variables.get("ZHAOSHANG_PASSWORD");
    }

    /** A new password being set (ZHAOSHANG_NEW_PASSWORD), or null. */
    public String newPassword() {
        return variables.get("ZHAOSHANG_NEW_PASSWORD");
    }

    /** The team server's database password (ZHAOSHANG_DB_PASSWORD), or null. */
    public String serverPassword() {
        return variables.get("ZHAOSHANG_DB_PASSWORD");
    }

    /** The password of a sync bundle (ZHAOSHANG_BUNDLE_PASSWORD), or null. */
    public String bundlePassword() {
        return variables.get("ZHAOSHANG_BUNDLE_PASSWORD");
    }

    /** The user's data folder by the system's convention (XDG_DATA_HOME, APPDATA). */
    public Path defaultDataDir() {
        return DataLocation.defaultDataDir(variables, System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }
}
