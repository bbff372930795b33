package cn.zhaoshang.desk.exchange.db;

/** What a chunk of rows came to; rows a writer rejects carry their reason in the row itself. */
public final class ChunkResult {
    public int imported;
    public int updated;
    public int skipped;

    public void add(ChunkResult other) {
        imported += other.imported;
        updated += other.updated;
        skipped += other.skipped;
    }
}
