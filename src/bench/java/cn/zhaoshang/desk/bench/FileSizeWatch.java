package cn.zhaoshang.desk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The largest size a database file reached while the benchmark worked on it, sampled a few times a
 * second on a thread of its own (H2 grows its file while transactions keep old pages alive).
 */
final class FileSizeWatch implements AutoCloseable {
    private static final long EVERY_MS = 200;
    private final Path file;
    private final Thread thread;
    private volatile long largest;
    private volatile boolean stopped;

    FileSizeWatch(Path file) {
        this.file = file;
        this.thread = new Thread(this::watch, "bench-file-size");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (!stopped) {
            sample();
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        try {
            if (Files.exists(file)) {
                largest = Math.max(largest, Files.size(file));
            }
        } catch (IOException e) {
            // The file is being replaced (compaction): the next sample sees it.
        }
    }

    /** The largest size seen so far, in bytes. */
    long largest() {
        sample();
        return largest;
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }
}
