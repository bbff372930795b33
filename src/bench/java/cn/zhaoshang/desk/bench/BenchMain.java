package cn.zhaoshang.desk.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point of the benchmark's jar ({@code target/zhaoshang-desk-bench.jar}, decision 0099): the
 * same options as the app's {@code bench} command had, beside the product jar, never inside it.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the benchmark with these arguments and returns the exit code (the CI's smoke test calls this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + e.getMessage());
            LoggerFactory.getLogger(BenchMain.class).error("Benchmark failed", e);
            return 1;
        });
        return cli.execute(args);
    }
}
