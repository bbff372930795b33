package cn.zhaoshang.desk.backup.db;

import static cn.zhaoshang.desk.generated.Tables.ATTACHMENT;
import static cn.zhaoshang.desk.generated.Tables.POLICY_ATTACHMENT;

import cn.zhaoshang.desk.common.db.Database;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jooq.impl.DSL;

/** The H2-specific statements behind backups and compaction: the one place they live. */
public final class BackupStatements {
    /** Files smaller than this are not worth compacting. */
    static final long COMPACT_MIN_BYTES = 32L * 1024 * 1024;
    /** Compact when less than this share of the file's chunks is live data. */
    static final int COMPACT_BELOW_FILL_PERCENT = 80;

    private final Database database;

    public BackupStatements(Database database) {
        this.database = database;
    }

    /** H2's online backup: a consistent zip of the database while it stays open. */
    public void backupTo(Path zip) {
        database.withFileSteady(() -> database.dsl().execute("backup to " + DSL.inline(zip.toAbsolutePath().toString())));
    }

    /**
     * The stored files that the database's attachment rows name, those in the trash included: each file's
     * SHA-256 (its name in the store) and a name a user attached it under (for saying which is missing).
     */
    public SortedMap<String, String> referencedAttachments() {
        var dsl = database.dsl();
        SortedMap<String, String> files = new TreeMap<>();
        dsl.select(ATTACHMENT.SHA256, ATTACHMENT.FILE_NAME).from(ATTACHMENT)
                .forEach(r -> files.putIfAbsent(r.value1(), r.value2()));
        dsl.select(POLICY_ATTACHMENT.SHA256, POLICY_ATTACHMENT.FILE_NAME).from(POLICY_ATTACHMENT)
                .forEach(r -> files.putIfAbsent(r.value1(), r.value2()));
        return files;
    }

    /**
     * Closes the database with SHUTDOWN COMPACT when the file is large and mostly dead space (a 1M-company
     * file went from 1.2 GB to 386 MB here). The pool must not be used afterwards.
     */
    public boolean compactOnCloseIfWorthwhile() {
        long size = setting("info.FILE_SIZE");
        long fill = setting("info.CHUNKS_FILL_RATE");
        if (size < COMPACT_MIN_BYTES || fill >= COMPACT_BELOW_FILL_PERCENT) {
            return false;
        }
        database.dsl().execute("shutdown compact");
        return true;
    }

    private long setting(String name) {
        String value = database.dsl().fetchValue(
                "select setting_value from information_schema.settings where setting_name = ?", name).toString();
        return Long.parseLong(value.replace("%", "").strip());
    }
}
