package cn.zhaoshang.desk.exchange.db;

import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import java.util.List;

/**
 * Writes one chunk of parsed rows of one entity inside the import's transaction: looks up
 * duplicates and linked companies for the whole chunk at once, then inserts and updates in batches.
 * Rows it cannot write get a reason ({@link ParsedRow#reject}) and are left out.
 */
public interface ChunkWriter {
    ChunkResult write(List<ParsedRow> rows, ImportContext context);
}
