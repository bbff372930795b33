package cn.zhaoshang.desk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI smoke test of the benchmark: a small run end to end. It checks that every figure and ratio
 * is there and positive, never how fast anything is (times belong in docs/PERFORMANCE.md).
 */
class BenchCommandTest {
    /**
     * The benchmark's entry point, from its own classes (target/bench-classes, put on the test class
     * path by the pom): the product's classes, which these tests are compiled against, have no bench.
     */
    private static final class Bench {
        static int run(String[] args, PrintWriter out, PrintWriter err) {
            try {
                return (int) Class.forName("cn.zhaoshang.desk.bench.BenchMain")
                        .getMethod("run", String[].class, PrintWriter.class, PrintWriter.class).invoke(null, args, out, err);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("the benchmark's classes are not on the class path", e);
            }
        }
    }

    private static final List<String> FIGURES = List.of("generate.database", "generate.csv", "search.indexBuild",
            "list.firstPage", "list.count", "list.deepPage", "list.nextPage", "list.sortChange", "list.filterChange",
            "search.app.p50", "search.app.p95", "search.list.p95", "search.like.p50", "search.like.p95",
            "search.fts5.p50", "search.fts5.p95", "search.appOnFts5Queries.p95", "search.fts5Build",
            "board.load", "board.list", "dashboard.load", "export.app", "export.bareWriter", "heap.listOpen",
            "db.open", "startup.firstWindowPlainJvm", "startup.firstWindow", "db.fileSize", "import.app", "import.csvread", "bench.total",
            "search.recruiter.p50", "search.recruiter.p95", "dashboard.afterVisit", "search.indexSave", "startup.searchReady",
            "search.indexFileSize", "search.cli.wholeProcess", "db.fileSizeDuringWork");
    private static final List<String> RATIOS = List.of("search.p95VsFts5", "search.likeVsApp", "export.vsBareWriter",
            "import.vsCsvread", "search.recruiterVsAdmin", "db.duringWorkVsCompacted");

    @TempDir
    Path dir;

    @Test
    void aSmallRunWritesEveryFigureAndRatioAsJsonAndMarkdown() throws Exception {
        Path json = dir.resolve("bench.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Bench.run(new String[] {"--companies", "1500", "--runs", "1", "--out", json.toString(),
                "--work", dir.resolve("work").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertThat(result.path("companies").asInt()).isEqualTo(1500);
        assertThat(result.path("data").path("company").asLong()).isEqualTo(1500);
        List<String> missing = new ArrayList<>();
        for (String id : FIGURES) {
            JsonNode figure = result.path("figures").path(id);
            if (!(figure.path("value").asDouble() > 0)) {
                missing.add(id);
            }
        }
        for (String id : RATIOS) {
            if (!(result.path("ratios").path(id).path("value").asDouble() > 0)) {
                missing.add(id);
            }
        }
        assertThat(missing).as("figures and ratios missing or not positive").isEmpty();
        assertThat(Files.readString(json.resolveSibling("bench.md"))).contains("| company | 1,500 |").contains("Import: app / H2 CSVREAD");
        assertThat(out.toString()).contains("Search (app index) p95").contains("JSON: ");
    }

    @Test
    void aKeptWorkFolderIsReusedWithoutGeneratingAgain() throws Exception {
        Path work = dir.resolve("work");
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        String[] common = {"--companies", "300", "--runs", "1", "--work", work.toString(), "--skip",
                "import,search,export,startup,board,dashboard"};
        assertThat(Bench.run(concat(common, "--out", first.toString()), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isZero();
        assertThat(Bench.run(concat(common, "--out", second.toString()), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isZero();

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(first.toFile()).path("figures").has("generate.database")).isTrue();
        JsonNode again = json.readTree(second.toFile());
        assertThat(again.path("figures").has("generate.database")).isFalse();
        assertThat(again.path("data").path("company").asLong()).isEqualTo(300);
        assertThat(Files.readString(work.resolve("companies.csv")).lines().count()).isEqualTo(301);
    }

    @Test
    void badOptionsAreRefusedWithoutRunning() {
        StringWriter err = new StringWriter();
        int code = Bench.run(new String[] {"--companies", "10", "--out", dir.resolve("x.json").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--companies");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
