package cn.zhaoshang.desk.app.cli;

import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Main;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.RequestDraft;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `requests` lists company requests for scripts; `--jobs` raises the overdue supervision tasks first, once. */
class RequestsCommandTest {
    @TempDir
    Path dir;

    @Test
    void overdueRequestsAreListedTabSeparatedAndTheJobsRunOnce() {
        try (Services services = TestDatabases.open(DatabaseConfig.embedded(dir), dir)) {
            var f = new TaskFixtures(services);
            TestDatabases.signInAs(services, "admin", "管理员", Role.ADMIN, null);
            var company = f.company("郑州华润新能源有限公司", f.team, f.me);
            services.requests().record(new RequestDraft(company, null, null, null, RequestCategory.LAND, "用地指标",
                    null, TODAY.minusDays(400), null, null, TODAY.minusDays(500)));
            services.requests().record(new RequestDraft(company, null, null, null, RequestCategory.TALENT, "人才公寓",
                    null, TODAY.plusDays(3000), null, null, TODAY.minusDays(1)));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(TestDatabases.asDemoAdmin("--data-dir", dir.toString(), "requests", "--overdue", "--jobs"),
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList()).singleElement().satisfies(line -> {
            assertThat(line.split("\t")).startsWith("已受理").contains("郑州华润新能源有限公司", "用地", "用地指标");
        });
        assertThat(err.toString()).contains("新建诉求督办任务 1 项");
        StringWriter again = new StringWriter();
        Main.run(TestDatabases.asDemoAdmin("--data-dir", dir.toString(), "requests", "--jobs"), new PrintWriter(new StringWriter(), true),
                new PrintWriter(again, true));
        assertThat(again.toString()).contains("新建诉求督办任务 0 项");
    }
}
