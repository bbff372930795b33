package cn.zhaoshang.desk.bench;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.bench.db.BenchSql;
import cn.zhaoshang.desk.company.CompanyPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark (issue 8): generates data at the asked size in a fresh database, then measures the
 * app's real services beside the raw references in the same run (see docs/PERFORMANCE.md for what
 * each figure means). The JSON and Markdown are rewritten after every section, so a run that is
 * stopped still leaves what it measured.
 */
public final class BenchService {
    private static final String MAIN = "main";
    private static final List<String> TABLES = List.of("company", "contact", "company_chain_node", "company_ladder",
            "project", "project_stage_history", "interaction", "task");

    private final BenchOptions options;
    private final BenchDatabases databases;
    private final PrintWriter log;
    private final BenchReport report = new BenchReport();
    private final long started = System.nanoTime();

    public BenchService(BenchOptions options, BenchDatabases databases, PrintWriter log) {
        this.options = options;
        this.databases = databases;
        this.log = log;
    }

    public BenchReport run() throws Exception {
        header();
        int warm = 2;
        int runs = options.runs();
        boolean kept = databases.isEmbedded() && BenchDataGenerator.matches(databases.dir(MAIN), options.companies(), options.seed());
        double heapMb;
        BenchDataGenerator.CsvFiles csv;
        FileSizeWatch fileSize = databases.isEmbedded() ? new FileSizeWatch(databases.h2File(MAIN)) : null;
        try (Services main = kept ? databases.open(MAIN) : databases.create(MAIN)) {
            if (kept) {
                step("Reusing the generated data in " + databases.dir(MAIN));
            } else {
                step("Generating " + options.companies() + " companies (seed " + options.seed() + ")");
                double ms = BenchDataGenerator.fill(main, options.companies(), options.seed(),
                        done -> step("… " + done + " companies with their contacts, projects, visits and tasks"));
                report.add("generate.database", "Generate the data (demo generator, JDBC batches)", ms, "ms", 1, null);
            }
            main.users().signInByName("admin");
            new BenchSql(main.database()).counts(TABLES).forEach(report::data);
            long csvStart = System.nanoTime();
            csv = BenchDataGenerator.csv(main, databases.work());
            double csvMs = (System.nanoTime() - csvStart) / 1e6;
            if (!kept) {
                report.add("generate.csv", "Write the companies CSV", csvMs, "ms", 1, null);
                if (databases.isEmbedded()) {
                    BenchDataGenerator.mark(databases.dir(MAIN), options.companies(), options.seed());
                }
            }
            save();

            SearchBench search = new SearchBench(report, main, runs, options.large());
            step("Building the search index");
            search.buildIndex();
            ScreenBench screens = new ScreenBench(report, main, warm, runs);
            CompanyPage firstPage = null;
            if (options.runs("list")) {
                step("Company list");
                firstPage = screens.companyList(options.companies());
            }
            heapMb = StartupBench.heapUsedMb();
            report.data("first list page rows", firstPage == null ? 0 : firstPage.rows().size());
            save();
            if (options.runs("search")) {
                step("Search (app, LIKE, SQLite FTS5)");
                Files.deleteIfExists(databases.work().resolve("fts5.sqlite")); // left by a run that stopped half-way
                search.run(databases.work().resolve("fts5.sqlite"));
                Files.deleteIfExists(databases.work().resolve("fts5.sqlite"));
                save();
            }
            if (options.runs("board")) {
                step("Project board");
                screens.projectBoard();
            }
            if (options.runs("dashboard")) {
                step("Dashboard");
                screens.dashboard();
            }
            save();
            if (options.runs("export")) {
                step("Export of contacts");
                new ExportBench(report, main, databases.work(), heavyWarmups(), Math.min(runs, 3)).run();
                save();
            }
        }
        StartupBench startup = new StartupBench(report, databases);
        startup.heap(heapMb);
        if (options.runs("startup")) {
            step("Database open, search from the saved index, first window");
            startup.openTime(MAIN, heavyWarmups(), Math.min(runs, 5));
            startup.searchReady(MAIN, Math.min(runs, 3));
            startup.commandLineSearch(MAIN, heavyWarmups(), Math.min(runs, 3));
            if (databases.isEmbedded()) {
                // Each start is a new JVM with JavaFX: seconds, so fewer runs than the in-process figures.
                startup.firstWindow(MAIN, heavyWarmups(), Math.min(runs, 2));
            } else {
                report.note("First window not measured on PostgreSQL (run it against the embedded file).");
            }
            step("Compaction");
            if (fileSize != null) {
                fileSize.close();
                report.add("db.fileSizeDuringWork", "Database file, largest while the benchmark worked on it",
                        fileSize.largest() / 1e6, "MB", 1, null);
            }
            startup.compactedSize(MAIN);
            if (fileSize != null) {
                report.ratio("db.duringWorkVsCompacted", "Database file: largest during work / compacted",
                        "db.fileSizeDuringWork", "db.fileSize", 2.0);
            }
            save();
        }
        if (options.runs("import")) {
            step("Import (app importer, H2 CSVREAD)");
            boolean large = options.large();
            // The warm-up imports a slice of the file (JIT, caches); the measured runs import all of it.
            new ImportBench(report, databases, heavyWarmups(), large ? 1 : Math.min(runs, 3))
                    .run(csv.companiesCsv(), csv.warmCsv());
        }
        footer();
        save();
        return report;
    }

    /** One warm-up for the slow figures (seconds each), none for a single-run smoke test. */
    private int heavyWarmups() {
        return options.runs() == 1 ? 0 : 1;
    }

    private void header() {
        report.header("companies", options.companies());
        report.header("seed", options.seed());
        report.header("engine", databases.engineName());
        report.header("started", Instant.now().toString());
        report.header("cpus", Runtime.getRuntime().availableProcessors());
        report.header("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        report.header("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        report.header("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        report.header("cpuModel", cpuModel());
        report.header("loadAverageStart", loadAverage());
        report.header("runsPerFigure", options.runs());
    }

    private void footer() {
        report.header("loadAverageEnd", loadAverage());
        double total = (System.nanoTime() - started) / 1e6;
        report.header("totalSeconds", Math.round(total / 100) / 10.0);
        report.add("bench.total", "Whole benchmark run", total, "ms", 1, null);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return one < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", one);
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("n/a");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    private void step(String what) {
        log.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, what);
        log.flush();
    }

    /** Writes the JSON and the Markdown of what is measured so far. */
    private void save() {
        Path json = options.out();
        report.writeJson(json);
        report.writeMarkdown(markdownOf(json));
    }

    public static Path markdownOf(Path json) {
        String name = json.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return json.toAbsolutePath().resolveSibling(base + ".md");
    }
}
