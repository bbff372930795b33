package cn.zhaoshang.desk.common.db;

import java.net.ConnectException;
import java.sql.SQLException;

/** Recognises failures that mean "the database went away" rather than "this write was wrong". */
public final class DatabaseErrors {
    private DatabaseErrors() {
    }

    public static boolean isConnectionLost(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String state = t instanceof SQLException sql ? sql.getSQLState() : null;
            if ((state != null && state.startsWith("08")) || t instanceof ConnectException
                    || (t.getMessage() != null && t.getMessage().contains("Connection is not available"))) {
                return true;
            }
        }
        return false;
    }
}
