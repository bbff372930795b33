package cn.zhaoshang.desk.common.ui;

import cn.zhaoshang.desk.common.background.BackgroundTask;
import cn.zhaoshang.desk.common.background.CancelledException;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.background.RunningTask;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background jobs on daemon threads and reports back on the JavaFX thread. The running jobs are
 * listed so the status bar can show their progress and offer cancel.
 *
 * <p>At most as many jobs run at once as the database pool has connections ({@code maxParallel}); more
 * wait in line, since each would only wait for a connection anyway and the pool's timeout would fail it.
 * Not fewer: with a pool of three threads, the start-up jobs (search index, due-task check, claim sweep)
 * held every thread and the first page of a list waited seconds behind them.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ThreadPoolExecutor executor;
    /** How long closing waits for jobs to stop after asking them to. */
    private static final long CLOSE_WAIT_SECONDS = 5;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    /** Jobs started and not finished, seen from any thread (for {@link #close}). */
    private final Set<FxJob<?>> active = ConcurrentHashMap.newKeySet();
    private volatile Messages messages;

    /** A runner for tests and small tools: four jobs at once. */
    public FxTaskRunner(Messages messages) {
        this(messages, 4);
    }

    public FxTaskRunner(Messages messages, int maxParallel) {
        this.messages = messages;
        this.executor = new ThreadPoolExecutor(maxParallel, maxParallel, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "background-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
    }

    /** The language of step messages, after the user switched it. */
    public void setMessages(Messages messages) {
        this.messages = messages;
    }

    /** Jobs started and not yet finished, for the status bar; changed only on the FX thread. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <T> RunningTask run(String title, BackgroundTask<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = start(title, work, onSuccess, onFailure);
        return new RunningTask() {
            @Override public void cancel() { task.cancel(); }
            @Override public boolean isDone() { return task.isDone(); }
        };
    }

    /** Like {@link #run} but hands back the JavaFX task, for a progress dialog to bind to. */
    public <T> Task<T> start(String title, BackgroundTask<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        FxJob<T> task = new FxJob<>(title, work, this);
        task.setOnSucceeded(e -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            LOG.warn("Background job '{}' failed", title, task.getException());
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            running.remove(task);
            onFailure.accept(new CancelledException());
        });
        if (executor.isShutdown()) {
            return notStarted(title, task);
        }
        if (Platform.isFxApplicationThread()) {
            running.add(task);
        } else {
            Platform.runLater(() -> running.add(task));
        }
        active.add(task);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closedMeanwhile) {
            active.remove(task);
            Platform.runLater(() -> running.remove(task));
            return notStarted(title, task);
        }
        return task;
    }

    /**
     * A job asked for while the window closes (a late refresh after a debounce, a change arriving) is
     * dropped quietly: nobody is left to see its result, and an error dialog at exit would only alarm.
     */
    private static <T> Task<T> notStarted(String title, FxJob<T> task) {
        LOG.debug("Not starting '{}': the app is closing", title);
        return task;
    }

    /**
     * Asks every job to stop, then waits a few seconds for them. Never interrupts: an interrupt in the
     * middle of a read makes Java close H2's file channel under the whole database (found when the
     * app quit during its start at 1M companies: every later statement failed, and the file needed
     * recovery before it could be opened again). A job still running after the wait (one long
     * statement) ends when the database closes.
     */
    @Override
    public void close() {
        active.forEach(FxJob::requestCancel);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.info("{} background job(s) still running at close", active.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A JavaFX task around our job. Cancel is cooperative: the job sees {@link Progress#isCancelled()}
     * and stops (rolling back), so the task ends as failed with a CancelledException, not interrupted.
     */
    static final class FxJob<T> extends Task<T> implements Progress {
        private final BackgroundTask<T> work;
        private final FxTaskRunner runner;
        private volatile boolean cancelRequested;

        FxJob(String title, BackgroundTask<T> work, FxTaskRunner runner) {
            this.work = work;
            this.runner = runner;
            updateTitle(title);
        }

        void requestCancel() {
            cancelRequested = true;
            updateMessage("…");
        }

        @Override
        protected T call() throws Exception {
            try {
                return work.run(this);
            } finally {
                runner.active.remove(this);
            }
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total < 0 ? -1 : total);
        }

        @Override
        public void step(String key, Object... args) {
            updateMessage(runner.messages.get(key, args));
        }

        @Override
        public boolean isCancelled() {
            return cancelRequested || super.isCancelled();
        }

        /** Cancelling from the UI asks the job to stop instead of interrupting its thread mid-write. */
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            requestCancel();
            return true;
        }
    }
}
