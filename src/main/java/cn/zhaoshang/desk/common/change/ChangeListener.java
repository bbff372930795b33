package cn.zhaoshang.desk.common.change;

/**
 * Hears about committed changes. Called on the thread that committed (or the poller's thread),
 * right after the commit: do little here and hand longer work to a thread of your own.
 */
@FunctionalInterface
public interface ChangeListener {
    void committed(ChangeBatch batch);
}
