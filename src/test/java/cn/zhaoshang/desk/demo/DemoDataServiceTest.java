package cn.zhaoshang.desk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.CancelledException;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoDataServiceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void generatesABelievableDatasetWithProjectsInEveryStage(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            assertThat(services.demoData().isEmpty()).isTrue();
            DemoCounts counts = services.demoData().generate(500, 7, Progress.NONE);
            assertThat(counts.get("company")).isEqualTo(500);
            assertThat(counts.get("contact")).isBetween(500L * 2, 500L * 4);
            assertThat(counts.get("project")).isEqualTo(50);
            assertThat(counts.get("interaction")).isEqualTo(500);
            assertThat(counts.get("task")).isEqualTo(100);
            assertThat(counts.get("app_user")).isGreaterThanOrEqualTo(4);
            assertThat(services.demoData().isEmpty()).isFalse();
            var dsl = services.database().dsl();
            List<String> codes = dsl.fetch("select uscc from company").getValues(0, String.class);
            assertThat(codes).allSatisfy(code -> assertThat(Uscc.isValid(code)).as(code).isTrue()).doesNotHaveDuplicates();
            List<String> names = dsl.fetch("select name from company").getValues(0, String.class);
            assertThat(names).allSatisfy(n -> assertThat(n).matches(".*(公司|中心|集团|研究院|事务所)$"));
            assertThat(services.users().list()).extracting(u -> u.role().name())
                    .contains("ADMIN", "MANAGER", "TEAM_LEAD", "RECRUITER");
        }
    }

    @Test
    void theSameSeedGivesTheSameCompanies() {
        try (Services a = TestDatabases.open(Engine.H2, dir.resolve("a"));
             Services b = TestDatabases.open(Engine.H2, dir.resolve("b"))) {
            a.demoData().generate(100, 42, Progress.NONE);
            b.demoData().generate(100, 42, Progress.NONE);
            String query = "select name || uscc from company order by uscc";
            assertThat(a.database().dsl().fetch(query).getValues(0, String.class))
                    .isEqualTo(b.database().dsl().fetch(query).getValues(0, String.class));
        }
    }

    @Test
    void aCancelledGenerationLeavesTheDatabaseEmpty() {
        try (Services services = TestDatabases.open(Engine.H2, dir)) {
            Progress cancelling = new Progress() {
                @Override public void update(long done, long total) { }
                @Override public void step(String key, Object... args) { }
                @Override public boolean isCancelled() { return true; }
            };
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> services.demoData().generate(12_000, 1, cancelling)).isInstanceOf(CancelledException.class);
            assertThat(services.databaseInfo().count("company")).isZero();
            assertThat(services.databaseInfo().count("person")).isZero();
        }
    }
}
