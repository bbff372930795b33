package cn.zhaoshang.desk.backup;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A child process for {@link CrashSafetyTest}: what a quit that interrupts background work did to
 * the embedded file. One thread writes in an open transaction, another reads and is interrupted in
 * the middle (Java closes H2's file channel under it), then the process dies without closing.
 * Prints "interrupted" when the database has seen the interrupt.
 */
public final class InterruptedReadMain {
    private InterruptedReadMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Services s = TestDatabases.asSystem(Composition.open(dir, new LocalSettings(dir), TestDatabases.chinese(),
                DatabaseConfig.embedded(dir), Clock.systemUTC(), null));
        Thread writer = new Thread(() -> {
            try {
                s.database().transaction(() -> {
                    for (int i = 0; i < 1_000_000; i++) {
                        s.database().dsl().execute("update company set notes = ? where id in (select id from company limit 50)",
                                "round " + i);
                    }
                });
            } catch (RuntimeException expected) {
                // the store dies under it
            }
        });
        writer.setDaemon(true);
        writer.start();
        Thread reader = new Thread(() -> {
            try {
                for (int i = 0; i < 1_000_000; i++) {
                    s.database().dsl().fetch("select * from contact order by name");
                }
            } catch (RuntimeException expected) {
                // closed by the interrupt
            }
        });
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(800);
        for (int i = 0; i < 20 && reader.isAlive(); i++) {
            reader.interrupt();
            Thread.sleep(50);
        }
        reader.join(10_000);
        System.out.println("interrupted");
        System.out.flush();
        Runtime.getRuntime().halt(3);
    }
}
