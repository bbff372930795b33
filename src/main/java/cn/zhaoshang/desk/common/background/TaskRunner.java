package cn.zhaoshang.desk.common.background;

import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands the result back on it. The desktop uses a thread pool and
 * the JavaFX thread; tests use {@link ImmediateTaskRunner}, which runs everything in the caller.
 */
public interface TaskRunner {
    /**
     * Starts a job. {@code onSuccess} and {@code onFailure} run on the UI thread (or the caller's
     * thread in tests). The returned handle shows progress and cancels.
     */
    <T> RunningTask run(String title, BackgroundTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
