package cn.zhaoshang.desk.bench;

import cn.zhaoshang.desk.app.cli.GlobalOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * `bench`: generates data in a fresh database and measures the app beside the raw engine (issue 8,
 * docs/PERFORMANCE.md). The root command of the benchmark's own jar ({@link BenchMain}), which the
 * product does not ship (decision 0099); --db-url/--db-user run it against a PostgreSQL server (in
 * databases it creates and drops).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate data in a fresh database and measure import, search, list, board, dashboard, export "
                + "and start-up against the raw engine; prints a table, writes JSON and Markdown.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Spec
    CommandSpec spec;

    @Option(names = "--companies", paramLabel = "N", defaultValue = "1000000",
            description = "Companies to generate (default ${DEFAULT-VALUE}); contacts, projects, visits and tasks scale with it.")
    int companies;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261126", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Where to write the JSON (the Markdown goes beside it; default bench-N.json).")
    Path out;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Keep the generated database and CSV here and reuse them next time (default: a temporary folder, deleted).")
    Path work;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5", description = "Measured runs per figure after warm-up (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--skip", paramLabel = "SECTION", split = ",",
            description = "Sections to leave out: import, search, list, board, dashboard, export, startup.")
    List<String> skip = List.of();

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path json = out != null ? out : Path.of("bench-" + companies + ".json");
        BenchOptions options;
        try {
            options = new BenchOptions(companies, seed, json, work, runs, new HashSet<>(skip));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("zhaoshang-bench-");
        BenchDatabases databases = global.dbUrl == null ? BenchDatabases.embedded(folder)
                : BenchDatabases.onServer(folder, global.dbUrl, global.dbUser != null ? global.dbUser : "zhaoshang",
                        System.getenv().getOrDefault("ZHAOSHANG_DB_PASSWORD", ""));
        try {
            BenchReport report = new BenchService(options, databases, err).run();
            report.print(console);
            console.println("JSON: " + json.toAbsolutePath());
            console.println("Markdown: " + BenchService.markdownOf(json));
            return 0;
        } finally {
            if (!databases.isEmbedded() || work == null) {
                databases.drop("main");
            }
            if (work == null) {
                BenchDatabases.deleteTree(folder);
            }
        }
    }
}
