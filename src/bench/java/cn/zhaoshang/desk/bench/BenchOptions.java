package cn.zhaoshang.desk.bench;

import java.nio.file.Path;
import java.util.Set;

/**
 * How to run the benchmark.
 *
 * @param companies how many companies to generate (everything else scales with it)
 * @param seed      the generator's seed (the same seed gives the same data)
 * @param out       the JSON result; the Markdown goes beside it with {@code .md}
 * @param work      the folder for the databases and files, or null for a temporary one (deleted after)
 * @param runs      measured runs per figure (after warm-up)
 * @param skip      sections not to run: import, search, list, board, dashboard, export, startup
 */
public record BenchOptions(int companies, long seed, Path out, Path work, int runs, Set<String> skip) {
    public static final Set<String> SECTIONS = Set.of("import", "search", "list", "board", "dashboard", "export", "startup");

    public BenchOptions {
        skip = skip == null ? Set.of() : Set.copyOf(skip);
        if (companies < 100) {
            throw new IllegalArgumentException("--companies must be at least 100");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        for (String s : skip) {
            if (!SECTIONS.contains(s)) {
                throw new IllegalArgumentException("Unknown section to skip: " + s + " (one of " + SECTIONS + ")");
            }
        }
    }

    public boolean runs(String section) {
        return !skip.contains(section);
    }

    /** Above this many companies, imports are run once each (a run is minutes) after a warm-up on a slice. */
    public boolean large() {
        return companies > 100_000;
    }
}
