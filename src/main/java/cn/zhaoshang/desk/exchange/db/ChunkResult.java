package cn.zhaoshang.desk.exchange.db;

import cn.zhaoshang.desk.exchange.ImportField;
import java.util.EnumMap;
import java.util.Map;

/** What a chunk of rows came to; rows a writer rejects carry their reason in the row itself. */
public final class ChunkResult {
    public int imported;
    public int updated;
    public int merged;
    public int skipped;
    /** Per field, how many stored records an update changed. */
    public final Map<ImportField, Long> changes = new EnumMap<>(ImportField.class);

    public void add(ChunkResult other) {
        imported += other.imported;
        updated += other.updated;
        merged += other.merged;
        skipped += other.skipped;
        other.changes.forEach((field, n) -> changes.merge(field, n, Long::sum));
    }

    void changed(ImportField field) {
        changes.merge(field, 1L, Long::sum);
    }
}
