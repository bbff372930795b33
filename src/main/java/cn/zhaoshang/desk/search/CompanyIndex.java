package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.common.background.Progress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory company search index (see docs/decisions/0090-search-index.md): plain Java, no
 * database and no JavaFX, so the benchmark can build and query it directly.
 *
 * <p>Thread-safe. Searches share a read lock; {@link #put} and {@link #remove} take the write lock
 * for a few microseconds (they append to the tail and mark the old version dead). When the tail
 * grows past {@value #TAIL_LIMIT} documents, a background thread compacts: it builds a new segment
 * from a frozen copy without holding any lock, then swaps it in, replaying the writes made meanwhile.
 * {@link #replaceAll} (the start-up build) works the same way, so writes during it are never lost.
 */
public final class CompanyIndex {
    private static final Logger LOG = LoggerFactory.getLogger(CompanyIndex.class);
    /** Beyond this many documents written since the last build, the index compacts itself. */
    static final int TAIL_LIMIT = 2048;
    private static final int MAX_QUERY = 200;
    private static final int WRITE_CHUNK = 1024;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Held by whoever builds a new generation (rebuild or compaction): one at a time. */
    private final ReentrantLock building = new ReentrantLock();
    private final ThreadPoolExecutor compactor = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "search-compaction");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });
    private Generation current = Generation.empty();
    /** Writes made while a new generation is built, to replay on it; null when nothing is built. */
    private List<Write> pending;
    private boolean compactionScheduled;
    private long compactionAllowedAt;

    /** Matches for the query, best first (see {@link Tier}); deleted companies are never among them. */
    public List<SearchHit> search(String query, int limit) {
        String folded = TextFold.query(query);
        if (folded.length() > MAX_QUERY) {
            folded = folded.substring(0, MAX_QUERY);
        }
        if (folded.isEmpty() || limit <= 0) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            Generation g = current;
            List<SearchHit> out = new ArrayList<>();
            for (Searcher.Hit hit : new Searcher(g, folded, limit).run()) {
                DocColumns docs = g.docs;
                out.add(new SearchHit(docs.id(hit.doc()), docs.uscc(hit.doc()), docs.name(hit.doc()), hit.tier().score,
                        hit.kind()));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** One change: a company's new entry, or its removal (entry null). */
    private record Write(UUID companyId, CompanySearchEntry entry) {
        void applyTo(Generation g) {
            if (entry == null) {
                g.remove(companyId);
            } else {
                g.put(companyId, entry.name(), entry.shortName(), entry.uscc(), entry.contactNames());
            }
        }
    }

    /** Adds a company or replaces what the index knew of it. */
    public void put(CompanySearchEntry entry) {
        write(List.of(new Write(entry.companyId(), entry)));
    }

    /** Many companies; readers get a turn every thousand or so. */
    public void putAll(Collection<CompanySearchEntry> entries) {
        List<Write> chunk = new ArrayList<>(Math.min(entries.size(), WRITE_CHUNK));
        for (CompanySearchEntry entry : entries) {
            chunk.add(new Write(entry.companyId(), entry));
            if (chunk.size() == WRITE_CHUNK) {
                write(chunk);
                chunk.clear();
            }
        }
        write(chunk);
    }

    /** A company was deleted or merged away. */
    public void remove(UUID companyId) {
        write(List.of(new Write(companyId, null)));
    }

    private void write(List<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        lock.writeLock().lock();
        try {
            for (Write w : writes) {
                w.applyTo(current);
                if (pending != null) {
                    pending.add(w);
                }
            }
            scheduleCompactionIfNeeded();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Replaces the whole index by what {@code source} feeds (it is called once, with a sink, and may
     * take long: searches keep answering from the old index, and writes made meanwhile are applied
     * to the new one). Cancelling through {@code progress} leaves the old index in place.
     */
    public void replaceAll(Consumer<Consumer<CompanySearchEntry>> source, Progress progress) {
        build(builder -> source.accept(builder::add), progress);
    }

    /**
     * Like {@link #replaceAll}, fed row by row: companies, then contacts by company id (as a database
     * delivers them table by table). This is what the start-up build uses.
     */
    public void rebuild(Consumer<RebuildSink> source, Progress progress) {
        build(source::accept, progress);
    }

    private void build(Consumer<IndexBuilder> feed, Progress progress) {
        building.lock();
        try {
            startPending();
            IndexBuilder builder = new IndexBuilder(1024);
            feed.accept(builder);
            swapIn(builder.build(progress));
        } finally {
            endPending();
            building.unlock();
        }
    }

    /** Loads a whole index (a saved one), like a build: writes made meanwhile are applied to it. */
    interface Loader {
        Generation load() throws IOException;
    }

    /**
     * Replaces the whole index by what {@code loader} gives. It is called once writes made from now
     * on are kept for the new index, so a change number read inside it is safe to resume from.
     */
    void restore(Loader loader) throws IOException {
        building.lock();
        try {
            startPending();
            swapIn(loader.load());
        } finally {
            endPending();
            building.unlock();
        }
    }

    /** A frozen copy of the index as it is now, to save. */
    Generation.Snapshot freeze() {
        lock.readLock().lock();
        try {
            return current.snapshot();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Folds the tail into a new segment now (the background thread does this by itself). */
    public void compact() {
        compact(true);
    }

    /** Waits for a running build first; false when, by then, there was nothing to do. */
    private boolean compact(boolean always) {
        building.lock();
        try {
            Generation.Snapshot snapshot;
            lock.writeLock().lock();
            try {
                if (!always && !compactionNeeded()) {
                    return false;
                }
                snapshot = current.snapshot();
                pending = new ArrayList<>();
            } finally {
                lock.writeLock().unlock();
            }
            swapIn(IndexBuilder.of(snapshot).build(Progress.NONE));
            return true;
        } finally {
            endPending();
            building.unlock();
        }
    }

    private void startPending() {
        lock.writeLock().lock();
        try {
            pending = new ArrayList<>();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void endPending() {
        lock.writeLock().lock();
        try {
            pending = null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void swapIn(Generation next) {
        lock.writeLock().lock();
        try {
            for (Write w : pending) {
                w.applyTo(next);
            }
            pending = null;
            current = next;
            scheduleCompactionIfNeeded();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Called under a lock. */
    private boolean compactionNeeded() {
        Generation g = current;
        return g.tailSize() > TAIL_LIMIT || g.deadCount() > Math.max(TAIL_LIMIT, g.docs.count() / 8);
    }

    /** Called under the write lock. */
    private void scheduleCompactionIfNeeded() {
        if (compactionNeeded() && !compactionScheduled) {
            compactionScheduled = true;
            compactor.execute(this::compactInBackground);
        }
    }

    /**
     * At most half of the time goes to compaction: after one that took t, the next waits t. During a
     * long import the tail therefore grows a while between compactions instead of the index being
     * rebuilt back to back.
     */
    private void compactInBackground() {
        try {
            long wait = compactionAllowedAt - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long started = System.nanoTime();
            if (compact(false)) {
                long took = System.nanoTime() - started;
                compactionAllowedAt = System.nanoTime() + took;
                LOG.debug("Search index compacted in {} ms", took / 1_000_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | OutOfMemoryError e) {
            compactionAllowedAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            LOG.error("Search index compaction failed; the index keeps working from its tail", e);
        } finally {
            lock.writeLock().lock();
            try {
                compactionScheduled = false;
                scheduleCompactionIfNeeded();
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    /** How many companies the index holds. */
    public int size() {
        lock.readLock().lock();
        try {
            return current.liveCount();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Heap estimates of the parts of the index, for measurements. */
    Map<String, Long> memoryParts() {
        lock.readLock().lock();
        try {
            Map<String, Long> parts = new LinkedHashMap<>(current.docs.parts());
            parts.putAll(current.base.parts());
            return parts;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** An estimate of the heap the index takes, in bytes. */
    public long estimatedBytes() {
        lock.readLock().lock();
        try {
            return current.bytes();
        } finally {
            lock.readLock().unlock();
        }
    }
}
