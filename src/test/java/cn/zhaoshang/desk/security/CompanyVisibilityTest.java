package cn.zhaoshang.desk.security;

import static cn.zhaoshang.desk.security.CompanyVisibilityFixture.MINE;
import static cn.zhaoshang.desk.security.CompanyVisibilityFixture.POOL;
import static cn.zhaoshang.desk.security.CompanyVisibilityFixture.THEIRS;
import static cn.zhaoshang.desk.security.CompanyVisibilityFixture.THEIR_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyPage;
import cn.zhaoshang.desk.company.CompanyRow;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.CompanySort;
import cn.zhaoshang.desk.company.PageKey;
import cn.zhaoshang.desk.dashboard.DrillDown;
import cn.zhaoshang.desk.dashboard.DrillRow;
import cn.zhaoshang.desk.exchange.ContactFilter;
import cn.zhaoshang.desk.exchange.ExportFormat;
import cn.zhaoshang.desk.exchange.ExportRequest;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.project.ListSort;
import cn.zhaoshang.desk.project.ProjectCard;
import cn.zhaoshang.desk.project.ProjectDraft;
import cn.zhaoshang.desk.project.ProjectFilter;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.search.SearchHit;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Recruiters read their team's claims and the common pool, never another team's claim; managers read all. */
class CompanyVisibilityTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRecruiterCannotReadAnotherTeamsClaimedCompanyThroughAnyService(Engine engine) throws Exception {
        try (Services s = TestDatabases.open(engine, dir)) {
            var f = new CompanyVisibilityFixture(s);
            CompanyService companies = s.companies();
            s.users().signIn(f.recruiter);

            List<UUID> listed = allIds(companies);
            assertThat(listed).contains(f.mine.id(), f.pool.id()).doesNotContain(f.theirs.id());
            assertThat(companies.count(CompanyFilter.NONE)).isEqualTo(listed.size());
            assertThat(companies.find(f.theirs.id())).isEmpty();
            assertThatThrownBy(() -> companies.get(f.theirs.id())).isInstanceOf(DeskException.class)
                    .hasMessageContaining("security.error.companyNotVisible");
            assertThatThrownBy(() -> companies.contacts().of(f.theirs.id())).isInstanceOf(DeskException.class);
            assertThat(companies.get(f.mine.id()).name()).isEqualTo(MINE);

            assertThat(names(s.search().search("蓝鲸", 20))).containsExactlyInAnyOrder(MINE, POOL);
            s.search().rebuild(Progress.NONE);
            assertThat(names(s.search().search("蓝鲸", 1))).hasSize(1).doesNotContain(THEIRS);
            assertThat(names(s.search().search("lanjing", 20))).containsExactlyInAnyOrder(MINE, POOL);
            assertThat(companies.search("蓝鲸", CompanyFilter.NONE, 20)).extracting(CompanyRow::name)
                    .containsExactlyInAnyOrder(MINE, POOL);

            String csv = export(s, "recruiter.csv");
            assertThat(csv).contains(MINE, POOL).doesNotContain(THEIRS).doesNotContain("13800000002");
            assertThat(s.exports().count(ContactFilter.parse("name=蓝鲸"))).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aManagerReadsEveryCompanyAndExportsUnmasked(Engine engine) throws Exception {
        try (Services s = TestDatabases.open(engine, dir)) {
            var f = new CompanyVisibilityFixture(s);
            CompanyService companies = s.companies();
            s.users().signIn(f.manager);

            assertThat(allIds(companies)).contains(f.theirs.id(), f.mine.id(), f.pool.id());
            assertThat(companies.count(CompanyFilter.NONE)).isEqualTo(allIds(companies).size());
            assertThat(companies.get(f.theirs.id()).name()).isEqualTo(THEIRS);
            assertThat(names(s.search().search("蓝鲸", 20))).containsExactlyInAnyOrder(THEIRS, MINE, POOL);
            assertThat(export(s, "manager.csv")).contains(THEIRS, THEIR_MOBILE);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLapsedClaimReturnsTheCompanyToThePoolForEveryone(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            var f = new CompanyVisibilityFixture(s);
            LocalDate lastMonth = LocalDate.of(2026, 5, 1);
            s.database().dsl().update(Tables.CLAIM).set(Tables.CLAIM.CLAIMED_ON, lastMonth.minusDays(30))
                    .set(Tables.CLAIM.EXPIRES_ON, lastMonth).where(Tables.CLAIM.COMPANY_ID.eq(f.theirs.id())).execute();
            s.users().signIn(f.recruiter);

            assertThat(allIds(s.companies())).contains(f.theirs.id());
            assertThat(s.companies().get(f.theirs.id()).name()).isEqualTo(THEIRS);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void dashboardListsAndTheProjectBoardLeaveOutAnotherTeamsCompanyAndShowCodeNamesToRecruiters(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            var f = new CompanyVisibilityFixture(s);
            UUID team = s.projects().teams().get(0).id();
            s.projects().create(new ProjectDraft("深海储能华中基地项目", "蓝鲸一号", f.theirs.id(), "38",
                    List.of(), new BigDecimal("9000"), null, null, null, null, team, false, null),
                    ProjectStage.NEGOTIATING, LocalDate.of(2026, 6, 1));
            s.projects().create(new ProjectDraft("公海材料研发中心项目", "保密二号", f.pool.id(), "38",
                    List.of(), new BigDecimal("3000"), null, null, null, null, team, false, null),
                    ProjectStage.NEGOTIATING, LocalDate.of(2026, 6, 1));
            var drill = new DrillDown(DrillDown.Kind.STAGE,
                    "NEGOTIATING");

            s.users().signIn(f.recruiter);
            List<String> seen = s.dashboard().drill(drill, s.dashboard().defaultFilter(null)).stream()
                    .map(DrillRow::name).toList();
            assertThat(seen).contains("保密二号").doesNotContain("公海材料研发中心项目", "深海储能华中基地项目", "蓝鲸一号");

            var board = ProjectFilter.ALL;
            var negotiating = ProjectStage.NEGOTIATING;
            assertThat(s.projects().column(board, negotiating, null, 50).rows())
                    .extracting(ProjectCard::name).contains("保密二号")
                    .doesNotContain("蓝鲸一号", "深海储能华中基地项目");
            assertThat(s.projects().list(board, ListSort.NAME, null, 50).rows())
                    .extracting(ProjectCard::companyName).doesNotContain(THEIRS);
            long recruiterCount = s.projects().summaries(board).get(negotiating).count();

            s.users().signIn(f.manager);
            assertThat(s.dashboard().drill(drill, s.dashboard().defaultFilter(null)).stream()
                    .map(DrillRow::name)).contains("深海储能华中基地项目", "公海材料研发中心项目");
            assertThat(s.projects().summaries(board).get(negotiating).count()).as("the other team's project counts again")
                    .isEqualTo(recruiterCount + 1);
        }
    }

    private String export(Services s, String name) throws Exception {
        Path file = dir.resolve(name);
        s.exports().exportContacts(new ExportRequest(file, ExportFormat.CSV, ContactFilter.ALL, null, false,
                s.messages()), Progress.NONE);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<String> names(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::name).toList();
    }

    /** Every page of the list, walked by key. */
    static List<UUID> allIds(CompanyService companies) {
        List<UUID> ids = new ArrayList<>();
        PageKey after = null;
        do {
            CompanyPage page = companies.page(CompanyFilter.NONE, CompanySort.DEFAULT, after, 3);
            page.rows().forEach(r -> ids.add(r.id()));
            after = page.next();
        } while (after != null);
        return ids;
    }
}
