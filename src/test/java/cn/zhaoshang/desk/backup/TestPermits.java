package cn.zhaoshang.desk.backup;

import java.nio.file.Path;

/** Restore permits for tests that restore with the database closed, as an administrator would. */
public final class TestPermits {
    private TestPermits() {
    }

    public static RestorePermit restore(Path zip) {
        return new RestorePermit(zip, "system");
    }
}
