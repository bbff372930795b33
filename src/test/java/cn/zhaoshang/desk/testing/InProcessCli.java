package cn.zhaoshang.desk.testing;

import cn.zhaoshang.desk.app.Environment;
import cn.zhaoshang.desk.app.Main;
import cn.zhaoshang.desk.testing.ChildJvm.Outcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The app's command line run in the tests' JVM, with only the environment variables {@code env} names:
 * what {@link ChildJvm#run} does without starting a JVM (a second or more each). Main.main reads the
 * real environment and hands it down the same way; one child-JVM test keeps that path honest.
 */
public final class InProcessCli {
    private InProcessCli() {
    }

    public static Outcome run(Path dataDir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(command.toArray(String[]::new), new Environment(env), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }
}
