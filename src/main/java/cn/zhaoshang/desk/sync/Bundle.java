package cn.zhaoshang.desk.sync;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a bundle carries. A push bundle (laptop → server): the laptop's changed rows with their
 * bases, and the server change it had pulled up to. A pull bundle (server → laptop): the server's
 * rows in the laptop's share that changed from {@code fromSeq} to {@code toSeq}.
 */
public record Bundle(Direction direction, UUID laptopId, String userName, long fromSeq, long toSeq,
                     List<TableRows> tables) {
    public enum Direction { PUSH, PULL }

    /** One table's rows: each the row and, in a push bundle, its base (null for a row made on the laptop). */
    public record TableRows(String table, List<Map<String, String>> rows, List<Map<String, String>> bases) { }
}
