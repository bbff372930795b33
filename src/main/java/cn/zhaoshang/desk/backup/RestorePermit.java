package cn.zhaoshang.desk.backup;

import java.nio.file.Path;

/**
 * An administrator's leave to put this backup back, given by {@link BackupService#permitRestore} while
 * the database was still open and the user signed in. A restore needs the database closed, so the
 * role check cannot happen inside it; it asks for a permit instead, and only the backup package makes
 * permits (decision 0145).
 */
public final class RestorePermit {
    private final Path zip;
    private final String userName;

    RestorePermit(Path zip, String userName) {
        this.zip = zip.toAbsolutePath();
        this.userName = userName;
    }

    public Path zip() {
        return zip;
    }

    /** Who restores: named in the restored database's audit log. */
    public String userName() {
        return userName;
    }
}
