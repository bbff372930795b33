package cn.zhaoshang.desk.sync;

import cn.zhaoshang.desk.common.db.Database;

/**
 * Opens the team server for one sync; the caller closes it. The desktop's implementation asks for the
 * server's password once and keeps it in memory; a server that does not answer is a {@code DeskException}.
 */
@FunctionalInterface
public interface ServerConnector {
    Database open();
}
