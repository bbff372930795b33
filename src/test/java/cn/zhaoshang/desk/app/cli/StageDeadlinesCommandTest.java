package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageDeadlinesCommandTest {
    @TempDir
    Path dir;

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        int code = Main.run(TestDatabases.asDemoAdmin(args), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        return out.toString();
    }

    private static int raised(String out) {
        Matcher m = Pattern.compile("新建督办任务：(\\d+) 项").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theStageClockRaisesTasksOnceHoweverOftenItRuns() {
        run("--data-dir", dir.toString(), "demo-data", "--companies", "300");
        int first = raised(run("--data-dir", dir.toString(), "stage-deadlines"));
        int second = raised(run("--data-dir", dir.toString(), "stage-deadlines"));
        assertThat(first).isPositive();
        assertThat(second).isZero();
    }
}
