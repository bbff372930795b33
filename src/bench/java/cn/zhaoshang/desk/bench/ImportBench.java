package cn.zhaoshang.desk.bench;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.bench.db.BenchSql;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportRequest;
import cn.zhaoshang.desk.exchange.ImportSummary;
import java.nio.file.Path;
import java.util.function.ToDoubleFunction;

/**
 * Import of the generated companies CSV through the app's importer (checks, duplicate look-ups,
 * rejected-rows file, audit, undo stamp, search index), against H2 reading the same file with
 * CSVREAD into the same table and indexes. Every run starts from a new, empty, migrated database
 * (made outside the timing), so no run imports into another's rows.
 */
final class ImportBench {
    private final BenchReport report;
    private final BenchDatabases databases;
    private final int warmups;
    private final int runs;

    ImportBench(BenchReport report, BenchDatabases databases, int warmups, int runs) {
        this.report = report;
        this.databases = databases;
        this.warmups = warmups;
        this.runs = runs;
    }

    /**
     * @param csv     the file to import (every company)
     * @param warmCsv a smaller file for the warm-up runs (the same file when it is small anyway)
     */
    void run(Path csv, Path warmCsv) {
        long[] imported = {0};
        double app = median(warmCsv, csv, file -> {
            try (Services target = databases.create("import")) {
                return Timing.once(() -> {
                    ImportSummary s = target.imports().run(new ImportRequest(file, ImportEntity.COMPANIES, null,
                            DuplicatePolicy.SKIP, target.messages()), Progress.NONE);
                    imported[0] = s.imported();
                    return s;
                });
            } finally {
                databases.drop("import");
            }
        });
        report.add("import.app", "Import the companies CSV (app importer)", app, "ms", runs, null,
                imported[0] + " rows imported");
        if (databases.isEmbedded()) {
            double raw = median(warmCsv, csv, file -> {
                try (Services target = databases.create("csvread")) {
                    BenchSql sql = new BenchSql(target.database());
                    return Timing.once(() -> sql.csvRead(file));
                } finally {
                    databases.drop("csvread");
                }
            });
            report.add("import.csvread", "Import reference: H2 CSVREAD, same file, same table + indexes", raw, "ms", runs, null);
            report.ratio("import.vsCsvread", "Import: app / H2 CSVREAD", "import.app", "import.csvread", 2.0);
        } else {
            report.note("Import reference (H2 CSVREAD) not run: the database is PostgreSQL.");
        }
    }

    private double median(Path warmCsv, Path csv, ToDoubleFunction<Path> once) {
        for (int i = 0; i < warmups; i++) {
            once.applyAsDouble(warmCsv);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = once.applyAsDouble(csv);
        }
        return Timing.percentile(times, 50);
    }
}
