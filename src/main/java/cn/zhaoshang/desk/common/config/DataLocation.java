package cn.zhaoshang.desk.common.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's data lives, by each system's convention: {@code %APPDATA%\ZhaoshangDesk} on
 * Windows, {@code ~/Library/Application Support/ZhaoshangDesk} on macOS, and
 * {@code $XDG_DATA_HOME/zhaoshang-desk} (default {@code ~/.local/share}) elsewhere.
 */
public final class DataLocation {
    private DataLocation() {
    }

    public static Path defaultDataDir(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("ZhaoshangDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/ZhaoshangDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("zhaoshang-desk");
    }
}
