package cn.zhaoshang.desk.crash;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.backup.RestoreService;
import cn.zhaoshang.desk.backup.TestPermits;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportRequest;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link KillDuringWorkTest}: opens the data folder as the app does, prints "go",
 * runs one piece of work on many rows and prints "done". The test kills it somewhere in between.
 * Arguments: WORK DATA_DIR [FILE] with WORK one of import, merge, demo, restore.
 */
public final class KilledWorkMain {
    private KilledWorkMain() {
    }

    public static void main(String[] args) {
        String work = args[0];
        Path dir = Path.of(args[1]);
        if (work.equals("restore")) {
            say("go");
            new RestoreService(Clock.systemUTC()).restore(TestPermits.restore(Path.of(args[2])), dir);
            say("done");
            return;
        }
        try (Services s = Composition.open(dir, new LocalSettings(dir), TestDatabases.chinese(),
                DatabaseConfig.embedded(dir), Clock.systemUTC(), null)) {
            s.session().signInAsSystem(); // stands for the signed-in administrator the work would have
            say("go");
            switch (work) {
                case "import" -> s.imports().run(new ImportRequest(Path.of(args[2]), ImportEntity.COMPANIES, null,
                        DuplicatePolicy.SKIP, s.messages()), Progress.NONE);
                case "merge" -> s.imports().run(new ImportRequest(Path.of(args[2]), ImportEntity.COMPANIES, null,
                        DuplicatePolicy.UPDATE, s.messages()), Progress.NONE);
                case "demo" -> s.demoData().generate(KillDuringWorkTest.DEMO_COMPANIES, 7, Progress.NONE);
                default -> throw new IllegalArgumentException(work);
            }
            say("done");
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
