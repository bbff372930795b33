package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a command line as a script would and keeps what it printed: the command-line tests' one helper. */
final class Cli {
    private Cli() {
    }

    record Result(int code, String out, String err) { }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
