package cn.zhaoshang.desk.common.db;

import cn.zhaoshang.desk.common.change.ChangeBatch;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings other clients' changes into this process's {@link Database#changes() change stream}: each
 * poll reads the change log after the stream's watermark (a primary-key range, a few milliseconds)
 * and publishes what it finds, oldest first. This process's own changes are published when they
 * commit; if the poller meets one first, the stream delivers it once all the same (decision 0014).
 *
 * <p>Also tells whether the server answers, so the UI can show a banner and refuse writes.
 */
public final class ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    /** Transactions read per query; a poll reads on until it has caught up. */
    static final int PAGE = 500;

    private final Database database;
    private final List<Consumer<Boolean>> reachabilityListeners = new CopyOnWriteArrayList<>();
    private volatile boolean reachable = true;

    public ChangeFeed(Database database) {
        this.database = database;
    }

    /** Called with false when the database stops answering, true when it is back. */
    public void onReachability(Consumer<Boolean> listener) {
        reachabilityListeners.add(listener);
    }

    public boolean isReachable() {
        return reachable;
    }

    /** One poll: call it from a background thread every few seconds. */
    public void poll() {
        boolean nowReachable = database.isReachable();
        database.setReachable(nowReachable);
        if (nowReachable != reachable) {
            reachable = nowReachable;
            reachabilityListeners.forEach(l -> l.accept(nowReachable));
        }
        if (!nowReachable) {
            return;
        }
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.debug("Reading the change log failed", e);
        }
    }

    private void catchUp() {
        while (true) {
            List<ChangeBatch> batches = ChangeLog.readAfter(database.dsl(), database.changes().watermark(), PAGE,
                    database.origin());
            batches.forEach(database.changes()::publish);
            if (batches.size() < PAGE) {
                return;
            }
        }
    }
}
