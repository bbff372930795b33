package cn.zhaoshang.desk.common.background;

/**
 * What a long job tells its runner, and how it learns it was cancelled. Free of JavaFX so that
 * services and importers can take it; the UI adapts it to a progress bar.
 */
public interface Progress {
    /** Work done so far out of the total; a total of -1 means unknown. */
    void update(long done, long total);

    /** The current step, as a bundle key and its arguments; whoever shows it localises it. */
    void step(String key, Object... args);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user asked to stop; call it between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A progress that nobody watches and nobody cancels: for the command line and tests. */
    Progress NONE = new Progress() {
        @Override public void update(long done, long total) { }
        @Override public void step(String key, Object... args) { }
        @Override public boolean isCancelled() { return false; }
    };
}
