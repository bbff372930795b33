package cn.zhaoshang.desk.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compactor on a real H2 file with no background writer (the app's setting): rows rewritten again and
 * again leave half-dead chunks that only compaction reclaims.
 */
class FileCompactorTest {
    private static final FileCompactor.Limits EAGER = new FileCompactor.Limits(1L << 20, 150, 0, 500);
    private static final int ROWS = 10_000;
    private static final int ROUNDS = 6;

    @TempDir
    Path dir;

    @Test
    void keepsAFileThatIsRewrittenOverAndOverNearItsLiveSize() throws Exception {
        long without = largestFileDuringRewrites(dir.resolve("plain"), false);
        long with = largestFileDuringRewrites(dir.resolve("compacted"), true);
        System.out.printf("largest file: %d bytes left alone, %d compacted%n", without, with);

        assertThat(with).as("largest file with the compactor vs left alone (%d bytes)", without)
                .isLessThan(without / 2);
    }

    @Test
    void neverCompactsWhileAWriterHoldsTheGate() throws Exception {
        try (Connection connection = open(dir.resolve("gated"))) {
            ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
            try (FileCompactor compactor = new FileCompactor(store(connection), EAGER, gate, System::nanoTime)) {
                fill(connection);
                gate.readLock().lock(); // a transaction under way on another thread
                rewriteAll(connection, compactor);
                Thread.sleep(300);
                long whileHeld = compactor.compactions();
                gate.readLock().unlock();
                compactor.afterCommit();
                awaitCompaction(compactor);

                assertThat(whileHeld).isZero();
                assertThat(compactor.compactions()).isPositive();
            }
        }
    }

    @Test
    void aCommitAfterCloseIsNoError() throws Exception {
        try (Connection connection = open(dir.resolve("closing"))) {
            FileCompactor compactor = new FileCompactor(store(connection), EAGER, new ReentrantReadWriteLock(),
                    System::nanoTime);
            fill(connection);
            compactor.close(); // the database closes while a background job still commits (seen in the 1M bench)

            rewriteAll(connection, compactor);

            assertThat(compactor.isScheduled()).isFalse();
        }
    }

    private long largestFileDuringRewrites(Path file, boolean compacting) throws Exception {
        try (Connection connection = open(file);
             FileCompactor compactor = new FileCompactor(store(connection), EAGER, new ReentrantReadWriteLock(),
                     System::nanoTime)) {
            fill(connection);
            long largest = 0;
            for (int round = 0; round < ROUNDS; round++) {
                rewriteAll(connection, compacting ? compactor : null);
                largest = Math.max(largest, compactor.fileBytes());
            }
            return largest;
        }
    }

    private static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + file + ";WRITE_DELAY=0", "sa", "");
    }

    private static MVStore store(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }

    private static void fill(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table row_of_text(id int primary key, text varchar(400))");
            statement.execute("create index row_of_text_text on row_of_text(text)");
        }
        rewriteAll(connection, null);
    }

    /** Writes every row again in commits of 1,000, as a bulk job does; the compactor looks after each commit. */
    private static void rewriteAll(Connection connection, FileCompactor compactor) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement merge = connection.prepareStatement("merge into row_of_text key(id) values (?, ?)")) {
            for (int id = 0; id < ROWS; id++) {
                merge.setInt(1, id);
                merge.setString(2, "企业 " + id + " " + System.nanoTime() + " " + "新能源汽车产业链".repeat(8));
                merge.addBatch();
                if (id % 1_000 == 999) {
                    merge.executeBatch();
                    connection.commit();
                    if (compactor != null) {
                        compactor.afterCommit();
                        awaitCompaction(compactor);
                    }
                }
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The compactor runs on its own thread; give a scheduled run the time to finish. */
    private static void awaitCompaction(FileCompactor compactor) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (compactor.isScheduled() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
