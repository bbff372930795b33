package cn.zhaoshang.desk.bench;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.bench.db.BenchSql;
import cn.zhaoshang.desk.bench.db.SqliteTrigram;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.text.PinyinText;
import cn.zhaoshang.desk.company.CompanyFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Search-as-you-type: the app's index (what the global search box and the company list's search
 * call) against a naive {@code LIKE '%q%'} on the same database and SQLite FTS5 trigram on the same
 * names, all over {@link BenchQueries#ALL}. Each query's time is the median of its runs; p50 and p95
 * are over the queries (the distribution a typing user meets).
 */
final class SearchBench {
    static final int LIMIT = 20;
    private final BenchReport report;
    private final Services services;
    private final BenchSql sql;
    private final int runs;
    private final boolean large;

    SearchBench(BenchReport report, Services services, int runs, boolean large) {
        this.report = report;
        this.services = services;
        this.sql = new BenchSql(services.database());
        this.runs = runs;
        this.large = large;
    }

    /** Builds the app's index as the shell does at start (timed once: it is what a start costs). */
    void buildIndex() {
        double ms = Timing.once(() -> {
            services.search().rebuild(Progress.NONE);
            return null;
        });
        report.add("search.indexBuild", "Search index build at start (background)", ms, "ms", 1, null);
    }

    void run(Path sqliteFile) {
        List<BenchQueries.Query> queries = BenchQueries.ALL;
        double[] app = perQuery(queries, q -> services.search().search(q, LIMIT).size());
        figure("search.app", "Search (app index)", app, 5.0);
        report.note("Slowest app searches: " + slowest(queries, app, 5));
        recruiter(queries);
        // What the company list's search box runs: the index's hits turned into list rows.
        double[] list = perQuery(queries, q -> services.companies().search(q, CompanyFilter.NONE, LIMIT).size());
        figure("search.list", "Search in the company list (hits as rows)", list, null);

        List<BenchQueries.Query> likeable = queries.stream()
                .filter(q -> q.kind() == BenchQueries.Kind.CHINESE || q.kind() == BenchQueries.Kind.USCC).toList();
        // A scan of every row per query: at a million rows one run is already seconds.
        int likeRuns = large ? 1 : Math.max(1, runs / 2);
        double[] like = perQuery(likeable, q -> sql.likeSearch(q, LIMIT), large ? 0 : 1, likeRuns);
        figure("search.like", "Search reference: naive LIKE '%q%' (Chinese, codes)", like, null);
        double[] appOnLikeable = subset(queries, app, likeable::contains);
        figure("search.appOnLikeQueries", "Search (app) on the queries LIKE serves", appOnLikeable, null);

        try (SqliteTrigram fts = new SqliteTrigram(sqliteFile)) {
            double build = Timing.once(() -> {
                fillSqlite(fts);
                return null;
            });
            report.add("search.fts5Build", "SQLite FTS5 trigram index build", build, "ms", 1, null);
            List<BenchQueries.Query> servable = queries.stream().filter(q -> SqliteTrigram.canServe(q.text())).toList();
            double[] trigram = perQuery(servable, q -> fts.search(q, LIMIT));
            figure("search.fts5", "Search reference: SQLite FTS5 trigram (3+ chars)", trigram, null);
            double[] appOnServable = subset(queries, app, servable::contains);
            figure("search.appOnFts5Queries", "Search (app) on the queries FTS5 serves", appOnServable, null);
        }
        report.ratio("search.p95VsFts5", "Search p95: app / SQLite FTS5 (same queries)", "search.appOnFts5Queries.p95",
                "search.fts5.p95", 1.0);
        report.ratio("search.likeVsApp", "Search p95: naive LIKE / app (times the app is faster)", "search.like.p95",
                "search.appOnLikeQueries.p95", null);
    }

    /**
     * The same queries as a recruiter of one team: companies claimed by other teams are hidden, so
     * the index is asked for more hits and those are dropped (SearchService.search).
     */
    private void recruiter(List<BenchQueries.Query> queries) {
        String recruiter = sql.aRecruiter();
        if (recruiter == null) {
            report.note("Search as a recruiter not measured: the data has no recruiter.");
            return;
        }
        services.users().signInByName(recruiter);
        try {
            report.data("companies hidden from the recruiter", services.companyAccess().hiddenCount());
            double[] times = perQuery(queries, q -> services.search().search(q, LIMIT).size());
            figure("search.recruiter", "Search as a recruiter (team scope, other teams' claims hidden)", times, 5.0);
            report.note("Slowest recruiter searches: " + slowest(queries, times, 3));
        } finally {
            services.users().signInByName("admin");
        }
        report.ratio("search.recruiterVsAdmin", "Search p95: recruiter / admin", "search.recruiter.p95", "search.app.p95", 1.5);
    }

    private void fillSqlite(SqliteTrigram fts) {
        // Read back from the index's own input: every live company's name and code.
        sql.forEachCompanyName((name, uscc) -> fts.add(name, uscc, PinyinText.full(name), PinyinText.initials(name)));
        fts.finish();
    }

    private void figure(String id, String label, double[] perQuery, Double p95Target) {
        report.add(id + ".p50", label + " p50", Timing.percentile(perQuery, 50), "ms", runs, null);
        report.add(id + ".p95", label + " p95", Timing.percentile(perQuery, 95), "ms", runs, p95Target,
                perQuery.length + " queries");
    }

    private double[] perQuery(List<BenchQueries.Query> queries, ToIntFunction<String> search) {
        return perQuery(queries, search, 2, runs);
    }

    /** One warm-up pass over all queries, then each query's median of {@code n} runs. */
    private static double[] perQuery(List<BenchQueries.Query> queries, ToIntFunction<String> search, int warmups, int n) {
        for (int w = 0; w < warmups; w++) {
            queries.forEach(q -> search.applyAsInt(q.text()));
        }
        double[] result = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            String text = queries.get(i).text();
            result[i] = Timing.median(0, n, () -> search.applyAsInt(text));
        }
        return result;
    }

    /** The {@code n} slowest queries with their times, slowest first (where p95 comes from). */
    private static String slowest(List<BenchQueries.Query> queries, double[] times, int n) {
        return IntStream.range(0, queries.size()).boxed()
                .sorted((a, b) -> Double.compare(times[b], times[a])).limit(n)
                .map(i -> String.format(Locale.ROOT, "%s %.2f ms", queries.get(i).text(), times[i]))
                .collect(Collectors.joining(", "));
    }

    private static double[] subset(List<BenchQueries.Query> all, double[] times, Predicate<BenchQueries.Query> keep) {
        List<Double> picked = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (keep.test(all.get(i))) {
                picked.add(times[i]);
            }
        }
        return picked.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
