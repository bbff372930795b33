package cn.zhaoshang.desk.bench;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.bench.db.BenchSql;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.search.SearchService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What a start costs: opening the database (pool, migrations check, reference data), the file's
 * size after compaction, the heap the app holds with the list open, and the time from starting a
 * new process of the app to the shell's first layout (headless JavaFX, the app's own --smoke-test).
 */
final class StartupBench {
    private final BenchReport report;
    private final BenchDatabases databases;

    StartupBench(BenchReport report, BenchDatabases databases) {
        this.report = report;
        this.databases = databases;
    }

    /** Heap used after a full GC, in MB, while the caller holds the open services, index and first page. */
    static double heapUsedMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** Opens and closes the database several times; the median is the open time. */
    void openTime(String name, int warmups, int runs) {
        double ms = Timing.median(warmups, runs, () -> {
            Services s = databases.open(name);
            s.close();
            return null;
        });
        report.add("db.open", "Database open (pool, schema check, reference data)", ms, "ms", runs, null);
    }

    /** Compacts the embedded file (as closing the app does) and reports its size. */
    void compactedSize(String name) {
        if (!databases.isEmbedded()) {
            report.note("File size after compaction not measured: the database is PostgreSQL.");
            return;
        }
        try {
            long before = Files.size(databases.h2File(name));
            try (Services s = databases.open(name)) {
                double ms = Timing.once(() -> {
                    new BenchSql(s.database()).shutdownCompact();
                    return null;
                });
                report.add("db.compactTime", "Compaction (SHUTDOWN COMPACT)", ms, "ms", 1, null);
            }
            long after = Files.size(databases.h2File(name));
            report.add("db.fileSizeBefore", "Database file before compaction", before / 1e6, "MB", 1, null);
            report.add("db.fileSize", "Database file after compaction", after / 1e6, "MB", 1, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the app as a new process (the same classes, headless) on the benchmark's database and
     * times it until the shell has laid out its first screen and printed SMOKE OK.
     */
    void firstWindow(String name, int warmups, int runs) {
        double plain = medianStart(name, List.of(), warmups, runs);
        report.add("startup.firstWindowPlainJvm", "Process start to the shell's first layout (headless), plain JVM",
                plain, "ms", runs, null);
        // What the installed app does (installer/build.sh): the JDK's ahead-of-time class cache
        // (JEP 483/514), trained by one start of the same classes, then used by every start.
        Path cache = databases.work().resolve("zhaoshang-desk.aot");
        try {
            Files.deleteIfExists(cache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startApp(name, List.of("-XX:AOTCacheOutput=" + cache)); // the training start is also the warm-up
        double withCache = medianStart(name, List.of("-XX:AOTCache=" + cache), 0, runs);
        report.add("startup.firstWindow", "Process start to the shell's first layout (headless, AOT cache as installed)",
                withCache, "ms", runs, 1500.0);
    }

    private double medianStart(String name, List<String> jvmOptions, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            startApp(name, jvmOptions);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = startApp(name, jvmOptions);
        }
        return Timing.percentile(times, 50);
    }

    private double startApp(String name, List<String> jvmOptions) {
        List<String> args = new ArrayList<>(databases.appArguments(name));
        args.addAll(List.of("--user", "admin", "--open", "company", "--smoke-test"));
        return run(jvmOptions, args, "SMOKE OK");
    }

    /**
     * Runs the app's classes as a new process (headless) and returns the milliseconds until it
     * printed a line starting with {@code until}, or until it ended successfully when that is null.
     */
    private double run(List<String> jvmOptions, List<String> appArgs, String until) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dglass.platform=Headless", "-Dprism.order=sw",
                "-cp", System.getProperty("java.class.path"), "cn.zhaoshang.desk.app.Main"));
        command.addAll(appArgs);
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            double ms = -1;
            StringBuilder output = new StringBuilder();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (ms < 0 && until != null && line.startsWith(until)) {
                        ms = (System.nanoTime() - start) / 1e6;
                    }
                    if (output.length() < 4_000) {
                        output.append(line).append('\n');
                    }
                }
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            if (until == null && process.exitValue() == 0) {
                ms = (System.nanoTime() - start) / 1e6;
            }
            if (ms < 0) {
                throw new IllegalStateException("The app did not get there (" + String.join(" ", appArgs) + "):\n" + output);
            }
            return ms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * From an open database to a searchable index, as a start does it (SearchService.loadOrRebuild):
     * the saved index file read and brought up to date (decision 0096). The first call saves the
     * file (a rebuild, timed as search.indexSave); on PostgreSQL nothing is saved and every start rebuilds.
     */
    void searchReady(String name, int runs) {
        double save = Timing.once(() -> {
            try (Services s = databases.open(name)) {
                s.search().loadOrRebuild(Progress.NONE);
            }
            return null;
        });
        report.add("search.indexSave", "Search index built and saved beside the database (first start)", save, "ms", 1, null);
        double[] times = new double[runs];
        SearchService.Start[] how = new SearchService.Start[1];
        for (int i = 0; i < runs; i++) {
            try (Services s = databases.open(name)) {
                times[i] = Timing.once(() -> {
                    s.search().loadOrRebuild(Progress.NONE);
                    return null;
                });
                how[0] = s.search().startedFrom();
            }
        }
        report.add("startup.searchReady", "Search usable after the database opens (" + how[0].name().toLowerCase(Locale.ROOT)
                + ")", Timing.percentile(times, 50), "ms", runs, 1000.0);
        Path file = databases.isEmbedded() ? databases.h2File(name).resolveSibling("zhaoshang.search") : null;
        if (file != null && Files.exists(file)) {
            try {
                report.add("search.indexFileSize", "Saved search index file", Files.size(file) / 1e6, "MB", 1, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** `search QUERY` on the command line, a new process each time, from start to exit. */
    void commandLineSearch(String name, int warmups, int runs) {
        List<String> args = new ArrayList<>(databases.appArguments(name));
        args.addAll(List.of("--user", "admin", "search", "华润"));
        double ms = Timing.median(warmups, runs, () -> run(List.of(), args, null));
        report.add("search.cli.wholeProcess", "`search 华润` on the command line, whole process", ms, "ms", runs, 1500.0);
    }

    void heap(double mb) {
        report.add("heap.listOpen", "Heap used with services, search index and list open (after GC)", mb, "MB", 1, 512.0);
    }
}
