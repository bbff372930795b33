package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Main;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line as a script runs it (as the demo administrator): its exit code and what it printed on each stream. */
final class Cli {
    record Result(int code, String out, String err) { }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(TestDatabases.asDemoAdmin(args), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
