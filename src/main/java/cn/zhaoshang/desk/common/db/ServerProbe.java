package cn.zhaoshang.desk.common.db;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** Tries a team server's address and credentials without opening the app on it ("Test connection"). */
public final class ServerProbe {
    private ServerProbe() {
    }

    /** Empty when a connection could be made; else the localised reason. */
    public static Optional<DeskException> test(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return Optional.of(new DeskException("db.error.unsupportedUrl", String.valueOf(url)));
        }
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return c.isValid(3) ? Optional.empty() : Optional.of(new DeskException("db.error.unreachable", url));
        } catch (SQLException e) {
            return Optional.of(Database.translateOpenFailure(DatabaseConfig.server(url, user, password), e));
        }
    }
}
