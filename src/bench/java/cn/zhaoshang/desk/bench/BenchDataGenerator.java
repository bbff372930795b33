package cn.zhaoshang.desk.bench;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.bench.db.BenchSql;
import cn.zhaoshang.desk.common.background.Progress;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.function.IntConsumer;

/**
 * The benchmark's data: the app's own demo generator at the asked size (companies with Chinese
 * names, valid credit codes, regions, industries, chain links, ladder tiers; about three contacts
 * each; a project per ten companies across every stage with its history; a visit per company; a
 * task per five), written in JDBC batches in one transaction and reproducible by seed; then the
 * companies again as the CSV file an office would import, in credit-code order (the same bytes for
 * the same seed), and a short slice of it for warm-up runs.
 */
public final class BenchDataGenerator {
    /** Rows in the warm-up slice of the CSV. */
    static final int WARM_ROWS = 5_000;
    /** Companies generated per transaction. */
    static final int SLICE = 50_000;
    private static final String MARKER = "bench-data.properties";

    public record CsvFiles(Path companiesCsv, Path warmCsv) { }

    private BenchDataGenerator() {
    }

    /** Whether {@code dir} already holds data generated for this size and seed (a kept work folder). */
    public static boolean matches(Path dir, int companies, long seed) {
        Path marker = dir.resolve(MARKER);
        if (!Files.exists(marker)) {
            return false;
        }
        Properties p = new Properties();
        try (BufferedReader in = Files.newBufferedReader(marker)) {
            p.load(in);
        } catch (IOException e) {
            return false;
        }
        return String.valueOf(companies).equals(p.getProperty("companies")) && String.valueOf(seed).equals(p.getProperty("seed"));
    }

    /**
     * Fills the (empty) database; returns the generation's wall time in ms. Written in slices of
     * {@value #SLICE} companies, each its own transaction: H2 keeps every page version an open
     * transaction may still need, so one transaction over all rows grew the file past 4 GB by
     * 150,000 companies and made the run disk-bound. Each slice adds its own recruiters to the teams
     * (the generator's people come with its companies), which the figures do not depend on.
     */
    public static double fill(Services services, int companies, long seed, IntConsumer sliceDone) {
        return Timing.once(() -> {
            for (int done = 0; done < companies; done += SLICE) {
                services.demoData().generate(Math.min(SLICE, companies - done), seed, Progress.NONE);
                sliceDone.accept(Math.min(done + SLICE, companies));
            }
            return null;
        });
    }

    /** Writes the marker that lets a kept work folder be reused by a later run with the same size and seed. */
    public static void mark(Path dir, int companies, long seed) {
        Properties p = new Properties();
        p.setProperty("companies", String.valueOf(companies));
        p.setProperty("seed", String.valueOf(seed));
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(MARKER))) {
            p.store(out, "Zhaoshang Desk benchmark data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes (or finds, when kept) the companies CSV and its warm-up slice in {@code dir}. */
    public static CsvFiles csv(Services services, Path dir) {
        Path full = dir.resolve("companies.csv");
        Path warm = dir.resolve("companies-warmup.csv");
        try {
            if (!Files.exists(full)) {
                Path part = dir.resolve("companies.csv.part");
                new BenchSql(services.database()).writeCompaniesCsv(part);
                Files.move(part, full, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.exists(warm)) {
                // Generated values hold no line breaks, so the first lines are the first rows.
                try (BufferedReader in = Files.newBufferedReader(full, StandardCharsets.UTF_8);
                     BufferedWriter out = Files.newBufferedWriter(warm, StandardCharsets.UTF_8)) {
                    String line;
                    for (int i = 0; i <= WARM_ROWS && (line = in.readLine()) != null; i++) {
                        out.write(line);
                        out.write("\r\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvFiles(full, warm);
    }
}
