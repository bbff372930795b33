package cn.zhaoshang.desk.common.db;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.LongSupplier;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an embedded file near the size of its live data while the app works (decision 0149). With no
 * background writer (decision 0147) MVStore never rewrites half-dead chunks, and bulk work grew a 1M
 * file past 50 GB. After a commit, at most once a second, a look at the file; when it is more than half
 * again its live chunks, a thread of its own compacts for about a second with every writer held off: the
 * tear of 0147 needs a store racing a writer, and the gate (shared by every transaction and backup) lets
 * none run meanwhile.
 */
final class FileCompactor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FileCompactor.class);
    /** One step's writes; see {@link #compact}. */
    private static final int STEP_BYTES = 4 * 1024 * 1024;
    /** H2's own threshold for its background compaction: chunks (and the file) below 90 % live are worth it. */
    private static final int COMPACT_BELOW_FILL_PERCENT = 90;
    /** How long the compactor waits for the transactions under way to finish before trying another time. */
    private static final long WAIT_FOR_WRITERS_MS = 200;

    /**
     * @param smallFileBytes       files below this are left alone (a new database, a small office)
     * @param growthAllowedPercent compact when the file is more than this share of its live chunks
     * @param lookEveryMs          the least time between two looks at the file
     * @param budgetMs             about the longest one compaction holds writers off (checked between steps)
     */
    record Limits(long smallFileBytes, int growthAllowedPercent, long lookEveryMs, int budgetMs) {
        static final Limits DESKTOP = new Limits(64L * 1024 * 1024, 150, 1_000, 1_000);
    }

    private final MVStore store;
    private final Limits limits;
    private final ReadWriteLock gate;
    private final LongSupplier nanoTime;
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "file-compaction");
                t.setDaemon(true);
                return t;
            });
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private long nextLookAt;
    private volatile long compactions;
    private volatile long compactingNanos;

    FileCompactor(MVStore store, Limits limits, ReadWriteLock gate, LongSupplier nanoTime) {
        this.store = store;
        this.limits = limits;
        this.gate = gate;
        this.nanoTime = nanoTime;
    }

    /** Called by a thread that has just committed; returns at once. */
    void afterCommit() {
        synchronized (this) {
            long now = nanoTime.getAsLong();
            if (now - nextLookAt < 0) {
                return;
            }
            nextLookAt = now + TimeUnit.MILLISECONDS.toNanos(limits.lookEveryMs());
        }
        if (!thread.isShutdown() && !store.isClosed() && isBloated() && scheduled.compareAndSet(false, true)) {
            try {
                thread.execute(this::compactWhenWritersAllow);
            } catch (RejectedExecutionException closing) {
                scheduled.set(false); // a job's commit while the database closes: nothing to compact any more
            }
        }
    }

    private boolean isBloated() {
        FileStore<?> file = store.getFileStore();
        long size = file.size();
        return size > limits.smallFileBytes() && size * 100 > liveBytes(file) * limits.growthAllowedPercent();
    }

    /** The file's live data: the share that chunks take, times the share of chunks still live. */
    private static long liveBytes(FileStore<?> file) {
        return file.size() / 100 * file.getFillRate() / 100 * file.getChunksFillRate();
    }

    private void compactWhenWritersAllow() {
        try {
            if (gate.writeLock().tryLock(WAIT_FOR_WRITERS_MS, TimeUnit.MILLISECONDS)) {
                try {
                    if (!store.isClosed()) {
                        compact();
                    }
                } finally {
                    gate.writeLock().unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Compacting the database file failed; it stays as it is", e);
        } finally {
            scheduled.set(false);
        }
    }

    /**
     * H2's own compactFile works in steps of 16 MB and checks its time limit only between them: on a loaded
     * machine one step took seconds, with every writer waiting. Here the steps are {@value #STEP_BYTES} bytes:
     * rewrite the least live chunks, make that durable, move chunks down so that the file can shrink.
     */
    private void compact() {
        FileStore<?> file = store.getFileStore();
        long before = file.size();
        long started = nanoTime.getAsLong();
        long deadline = started + TimeUnit.MILLISECONDS.toNanos(limits.budgetMs());
        int retention = store.getRetentionTime();
        // The rewritten chunks may be reused at once: every commit is already on disk when it returns (0147).
        store.setRetentionTime(0);
        try {
            boolean rewrote;
            do {
                rewrote = file.compact(COMPACT_BELOW_FILL_PERCENT, STEP_BYTES);
                file.sync();
                if (file instanceof RandomAccessStore randomAccess) {
                    randomAccess.compactMoveChunks(COMPACT_BELOW_FILL_PERCENT, STEP_BYTES, store);
                }
            } while (rewrote && nanoTime.getAsLong() - deadline < 0);
        } finally {
            store.setRetentionTime(retention);
        }
        long took = nanoTime.getAsLong() - started;
        compactions++;
        compactingNanos += took;
        LOG.debug("File compacted from {} MB to {} MB in {} ms", before >> 20, file.size() >> 20,
                TimeUnit.NANOSECONDS.toMillis(took));
    }

    long compactions() {
        return compactions;
    }

    /** How long the compactions held writers off, in total. */
    long compactingMillis() {
        return TimeUnit.NANOSECONDS.toMillis(compactingNanos);
    }

    /** A compaction is asked for or under way. */
    boolean isScheduled() {
        return scheduled.get();
    }

    /** The file's size now. */
    long fileBytes() {
        return store.getFileStore().size();
    }

    /** Waits for a compaction under way (the file must not close in the middle of one). */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (compactions > 0) {
            LOG.info("The file was compacted {} times while open, {} ms in all", compactions, compactingMillis());
        }
    }
}
