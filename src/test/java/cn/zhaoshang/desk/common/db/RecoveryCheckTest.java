package cn.zhaoshang.desk.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.h2.message.DbException;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;

/**
 * The read-only look at a file before opening it (decision 0003) tells "must be recovered first"
 * apart from "corrupt". Found at 1M companies: a quit had closed H2's file channel by interrupting a
 * read, and the next start refused the file because H2 could not write the recovery read-only.
 */
class RecoveryCheckTest {
    @Test
    void aStoreThatMustWriteToOpenIsRecoveredNotRefused() {
        // The chain H2 2.5 throws for such a file: SQLException ← DbException ← MVStoreException (writing failed).
        var readOnly = DbException.convert(DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "This store is read-only"));
        assertThat(Database.needsRecovery(readOnly.getSQLException())).isTrue();
        assertThat(Database.needsRecovery(new RuntimeException(readOnly.getSQLException()))).isTrue();
    }

    @Test
    void aCorruptOrLockedFileIsStillRefused() {
        var corrupt = DbException.convert(DataUtils.newMVStoreException(DataUtils.ERROR_FILE_CORRUPT, "Store header is corrupt"));
        var locked = DbException.convert(DataUtils.newMVStoreException(DataUtils.ERROR_FILE_LOCKED, "The file is locked"));
        assertThat(Database.needsRecovery(corrupt.getSQLException())).isFalse();
        assertThat(Database.needsRecovery(locked.getSQLException())).isFalse();
        assertThat(Database.needsRecovery(new SQLException("other"))).isFalse();
    }
}
