package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.io.PrintWriter;

/** Progress of a long command as an occasional line on stderr (stdout stays for results). */
public final class ConsoleProgress implements Progress {
    private final PrintWriter err;
    private final Messages messages;
    private long lastPrinted;

    public ConsoleProgress(PrintWriter err, Messages messages) {
        this.err = err;
        this.messages = messages;
    }

    @Override
    public void update(long done, long total) {
        long now = System.nanoTime();
        if (now - lastPrinted > 2_000_000_000L) {
            lastPrinted = now;
            err.println(total > 0 ? String.format("… %,d / %,d", done, total) : String.format("… %,d", done));
            err.flush();
        }
    }

    @Override
    public void step(String key, Object... args) {
        err.println(messages.get(key, args));
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
