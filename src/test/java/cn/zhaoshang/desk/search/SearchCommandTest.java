package cn.zhaoshang.desk.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Main;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `search` command on an embedded database in a temporary data folder. */
class SearchCommandTest {
    @TempDir
    static Path dir;

    record Result(int code, String out, String err) { }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(TestDatabases.asDemoAdmin(args), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void fill() {
        try (Services services = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            services.demoData().generate(200, 7, Progress.NONE);
            SearchServiceTest.company(services, "华润新能源有限公司", "华润新能源", SearchServiceTest.HUARUN_USCC, "司马相如");
            SearchServiceTest.company(services, "北京华润电力有限公司", "华润电力", SearchServiceTest.POWER_USCC);
        }
    }

    @Test
    void printsCreditCodeTabNameBestFirst() {
        Result result = run("--data-dir", dir.toString(), "search", "hrxny");
        assertThat(result.code()).isZero();
        assertThat(result.out().lines().toList()).first().isEqualTo(SearchServiceTest.HUARUN_USCC + "\t华润新能源有限公司");

        Result both = run("--data-dir", dir.toString(), "search", "华润", "--limit", "5");
        assertThat(both.out().lines().toList()).containsExactly(SearchServiceTest.HUARUN_USCC + "\t华润新能源有限公司",
                SearchServiceTest.POWER_USCC + "\t北京华润电力有限公司");
    }

    @Test
    void limitCapsTheLines() {
        Result result = run("--data-dir", dir.toString(), "search", "有限公司", "--limit", "3");
        assertThat(result.code()).isZero();
        assertThat(result.out().lines()).hasSize(3).allMatch(line -> line.matches("[0-9A-Z]{18}\t.+有限公司.*"));
    }

    @Test
    void noMatchesIsNotAnError() {
        Result result = run("--data-dir", dir.toString(), "search", "不存在的企业名称");
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("没有找到");
    }

    @Test
    void helpAndBadLimit() {
        Result help = run("search", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage:").contains("search").contains("--limit");
        assertThat(run("--help").out()).contains("search");

        Result bad = run("--data-dir", dir.toString(), "search", "华润", "--limit", "0");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("--limit");
        assertThat(run("--data-dir", dir.toString(), "search").code()).as("no query").isNotZero();
    }
}
