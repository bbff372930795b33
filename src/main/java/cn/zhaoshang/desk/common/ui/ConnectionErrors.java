package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.db.DatabaseErrors;
import cn.zhaoshang.desk.common.i18n.DeskException;

/**
 * A write that failed because the team server went away is told as such ("the server does not
 * answer; what you typed is kept"), not as an unexpected error with a stack trace.
 */
final class ConnectionErrors {
    private ConnectionErrors() {
    }

    static Throwable translate(Throwable error) {
        if (error instanceof DeskException || !DatabaseErrors.isConnectionLost(error)) {
            return error;
        }
        return new DeskException(error, "server.error.lost");
    }
}
