package cn.zhaoshang.desk.common.change;

import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way changes travel inside the app (decision 0014). After a transaction commits, the
 * database publishes what it changed; on a team server the poller publishes other clients'
 * changes the same way. The search index, open screens, counters and sync subscribe; no writer
 * calls any of them directly.
 *
 * <p>Batches are delivered one at a time (never two listeners' calls at once), on the publishing
 * thread. A listener that fails is logged and the others still hear of the batch.
 *
 * <p>The stream also keeps the <em>watermark</em>: the highest change number up to which every
 * batch has been delivered. Something that must not miss a change — a saved search index, a sync
 * cursor — resumes from there. The poller may publish a batch this process committed itself (it
 * cannot tell whether the committing thread has published it yet): a number is delivered once.
 */
public final class ChangeStream {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeStream.class);

    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final Object deliveryLock = new Object();
    /** Numbers above the watermark already delivered: they wait for the gap below them to close. */
    private final NavigableSet<Long> ahead = new TreeSet<>();
    private long watermark;

    /** A stream whose history up to {@code watermark} is already known (the change log's last number at open). */
    public ChangeStream(long watermark) {
        this.watermark = watermark;
    }

    /** Listens until the returned handle is closed. */
    public AutoCloseable subscribe(ChangeListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Delivers a committed batch to every listener, once; a batch already delivered is ignored. */
    public void publish(ChangeBatch batch) {
        synchronized (deliveryLock) {
            if (!markDelivered(batch.sequence())) {
                return;
            }
            for (ChangeListener listener : listeners) {
                try {
                    listener.committed(batch);
                } catch (RuntimeException e) {
                    LOG.warn("A change listener failed on change {}", batch.sequence(), e);
                }
            }
        }
    }

    /** Every change up to this number has been delivered. */
    public long watermark() {
        synchronized (deliveryLock) {
            return watermark;
        }
    }

    private boolean markDelivered(long sequence) {
        if (sequence <= watermark || !ahead.add(sequence)) {
            return false;
        }
        while (!ahead.isEmpty() && ahead.first() == watermark + 1) {
            watermark = ahead.pollFirst();
        }
        return true;
    }
}
