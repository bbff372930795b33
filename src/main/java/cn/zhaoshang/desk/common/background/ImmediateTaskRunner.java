package cn.zhaoshang.desk.common.background;

import java.util.function.Consumer;

/** Runs each job at once in the calling thread: deterministic, for tests and the command line. */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> RunningTask run(String title, BackgroundTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = task.run(Progress.NONE);
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return DONE;
        }
        onSuccess.accept(result);
        return DONE;
    }

    private static final RunningTask DONE = new RunningTask() {
        @Override public void cancel() { }
        @Override public boolean isDone() { return true; }
    };
}
