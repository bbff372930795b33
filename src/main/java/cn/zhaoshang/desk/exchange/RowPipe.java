package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.background.CancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads rows on a second thread while the caller writes them, so that an export takes about as
 * long as the writer alone instead of reading plus writing (the query and its sort overlap with
 * building the workbook). Rows travel in batches through a small bounded queue; a failure or a
 * stop on either side ends both.
 */
final class RowPipe<T> {
    /** The reading side: hands every row to the sink, may throw. */
    interface Source<T> {
        void readInto(RowSink<T> sink) throws Exception;
    }

    /** Where the reader puts rows. */
    interface RowSink<T> {
        void accept(T row) throws Exception;
    }

    /** The writing side. */
    interface Consumer<T> {
        void accept(T row) throws Exception;
    }

    private static final int BATCH = 1_000;
    private static final List<Object> END = new ArrayList<>();

    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(16);
    private volatile boolean stopped;
    private volatile Throwable readFailure;

    /** Runs the reader on its own thread and the consumer here; returns how many rows passed. */
    @SuppressWarnings("unchecked")
    long run(Source<T> source, Consumer<T> consumer) throws Exception {
        Thread reader = Thread.ofPlatform().name("export-reader").daemon().start(() -> {
            List<Object> batch = new ArrayList<>(BATCH);
            try {
                source.readInto(row -> {
                    if (stopped) {
                        throw new CancelledException();
                    }
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        put(new ArrayList<>(batch));
                        batch.clear();
                    }
                });
                if (!batch.isEmpty()) {
                    put(batch);
                }
            } catch (Throwable t) {
                readFailure = t;
            } finally {
                try {
                    put(END);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        long n = 0;
        try {
            for (List<Object> batch = queue.take(); batch != END; batch = queue.take()) {
                for (Object row : batch) {
                    consumer.accept((T) row);
                    n++;
                }
            }
        } finally {
            stopped = true;
            queue.clear();
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
        if (readFailure instanceof Exception e) {
            throw e;
        }
        if (readFailure instanceof Error e) {
            throw e;
        }
        return n;
    }

    private void put(List<Object> batch) throws InterruptedException {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            if (stopped && batch != END) {
                throw new CancelledException();
            }
            if (stopped) {
                return;
            }
        }
    }
}
