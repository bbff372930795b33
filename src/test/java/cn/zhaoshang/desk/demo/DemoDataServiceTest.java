package cn.zhaoshang.desk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.CancelledException;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.company.CompanyData;
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

            // Believable: a company whose name or address says a team's city belongs to that team, one
            // elsewhere in a team's region to a team of the region; the name's trade word suits the industry.
            assertThat(count(services, "select count(*) from company c join team own on c.name like own.base_city || '%'"
                    + " or c.address like own.base_city || '%' where c.owner_team_id <> own.id")).isZero();
            assertThat(count(services, "select count(*) from company c join team t on t.id = c.owner_team_id"
                    + " where c.name like '北京%' and t.base_city = '北京'")).isPositive();
            assertThat(count(services, "select count(*) from company c join team t on t.id = c.owner_team_id"
                    + " where (c.name like '苏州%' or c.name like '杭州%' or c.name like '东莞%') and t.region not in ('长三角', '大湾区')"))
                    .isZero();
            assertThat(count(services, "select count(*) from company where (industry_code like '61%' or industry_code like '62%')"
                    + " and (name like '%科技%' or name like '%技术%')")).as("no 科技 company in 住宿和餐饮业").isZero();
            assertThat(count(services, "select count(*) from company where name like '%餐饮%' and industry_code not like '62%'"))
                    .isZero();
            assertThat(count(services, "select count(*) from company where name like '%医药%' and industry_code not like '27%'"
                    + " and industry_code not like '51%'")).isZero();
        }
    }

    private static long count(Services services, String sql) {
        return ((Number) services.database().dsl().fetchValue(sql)).longValue();
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

    @Test
    void demoDataIntoRealDataBacksUpFirstButNotIntoADemoDatabase() throws Exception {
        Path real = dir.resolve("real");
        try (Services services = TestDatabases.open(DatabaseConfig.embedded(real), real)) {
            services.companies().create(CompanyData.named("郑州博研科技有限公司").build());
            services.demoData().generate(20, 1, Progress.NONE);
            assertThat(services.backups().list()).extracting(e -> e.name())
                    .singleElement().asString().endsWith("-demo_data.zip");
        }
        Path demo = dir.resolve("demo");
        try (Services services = TestDatabases.open(DatabaseConfig.embedded(demo), demo)) {
            services.demoData().generate(20, 1, Progress.NONE);
            services.demoData().generate(20, 2, Progress.NONE);
            assertThat(services.backups().list()).as("a demo database holds nothing to protect").isEmpty();
        }
    }
}
