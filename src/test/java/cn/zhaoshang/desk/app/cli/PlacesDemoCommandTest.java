package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacesDemoCommandTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        int code = Main.run(TestDatabases.asDemoAdmin(args), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(code).as(String.join(" ", args)).isZero();
        return out.toString();
    }

    @Test
    void demoPlacesAddsOccupancyPoliciesPromisesAndTalentOnceAfterTheDemoData() {
        run("--data-dir", dir.toString(), "demo-data", "--companies", "300");

        String first = run("--data-dir", dir.toString(), "demo-places", "--talent", "40");
        String again = run("--data-dir", dir.toString(), "demo-places", "--talent", "40");

        assertThat(first).containsPattern("carrier_occupancy\\s+96").containsPattern("policy\\s+16")
                .containsPattern("talent\\s+40").containsPattern("project_incentive\\s+[1-9]");
        assertThat(again).containsPattern("carrier_occupancy\\s+0").containsPattern("policy\\s+0")
                .containsPattern("talent\\s+0");
        assertThat(run("--data-dir", dir.toString(), "info")).containsPattern("policy\\s+17").containsPattern("talent_target\\s+\\d+");
    }
}
