package cn.zhaoshang.desk.search;

import java.nio.file.Path;

/**
 * Where the search index is saved (decision 0096), and the data key of an encrypted database that
 * seals it; {@link #NONE} for a database whose index is not saved (a team server, memory, tests).
 *
 * @param file    the index file beside the database file, or null
 * @param dataKey the encrypted database's data key, or null for a plain one
 */
public record IndexPlace(Path file, String dataKey) {
    public static final IndexPlace NONE = new IndexPlace(null, null);

    public boolean isSaved() {
        return file != null;
    }
}
