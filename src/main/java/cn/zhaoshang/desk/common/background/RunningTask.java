package cn.zhaoshang.desk.common.background;

/** A handle on a started job. */
public interface RunningTask {
    void cancel();

    boolean isDone();
}
