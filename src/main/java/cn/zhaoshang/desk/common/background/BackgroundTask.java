package cn.zhaoshang.desk.common.background;

/** A unit of work that reports progress and may be cancelled. */
@FunctionalInterface
public interface BackgroundTask<T> {
    T run(Progress progress) throws Exception;
}
