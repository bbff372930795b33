package cn.zhaoshang.desk.project;

import static cn.zhaoshang.desk.project.ProjectFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The board's totals, its paged columns, the list, the stage clock and the "三未" lists. */
class ProjectBoardQueryTest {
    @TempDir
    Path dir;
    private Services services;
    private ProjectService projects;

    private void open(Engine engine) {
        services = TestDatabases.open(engine, dir);
        projects = services.projects();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private ProjectDraft draft(String name, UUID team, String industry, List<UUID> nodes, String planned, UUID carrier,
                               UUID unit, boolean major) {
        return new ProjectDraft(name, null, null, industry, nodes, new BigDecimal(planned), null, carrier, unit, null, team,
                major, null);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void columnTotalsCountAndSumUnderEveryFilter(Engine engine) {
        open(engine);
        UUID teamA = projects.teams().get(0).id();
        UUID teamB = projects.teams().get(1).id();
        UUID node = projects.chainNodes().get(0).id();
        UUID unit = projects.units().get(0).id();
        Choice park = projects.carriers().stream().filter(c -> c.name().equals("华润新能源总部基地")).findFirst().orElseThrow();
        Choice inPark = projects.carriers().stream().filter(c -> c.name().startsWith("华润新能源总部基地 / ")).findFirst().orElseThrow();
        projects.create(draft("A1", teamA, "65", List.of(node), "8000", inPark.id(), unit, true), ProjectStage.NEGOTIATING, TODAY);
        projects.create(draft("B1", teamB, "73", List.of(), "2000", null, null, false), ProjectStage.NEGOTIATING, TODAY);
        projects.create(draft("B2", teamB, "38", List.of(), "1000", park.id(), null, false), ProjectStage.LEAD, TODAY);
        ProjectFixtures.signed(projects, draft("A2", teamA, "65", List.of(), "9000", null, unit, true), TODAY.minusDays(3), "5000");

        Map<ProjectStage, ColumnSummary> all = projects.summaries(ProjectFilter.ALL);
        assertThat(all.get(ProjectStage.NEGOTIATING).count()).isEqualTo(2);
        assertThat(all.get(ProjectStage.NEGOTIATING).amount()).isEqualByComparingTo("10000");
        assertThat(all.get(ProjectStage.SIGNED).amount()).as("the contract amount once signed").isEqualByComparingTo("5000");
        assertThat(all.get(ProjectStage.OPERATING).count()).isZero();

        assertThat(count(ProjectFilter.ALL.withTeam(teamA))).isEqualTo(2);
        assertThat(count(ProjectFilter.ALL.withMajorOnly(true))).isEqualTo(2);
        assertThat(count(ProjectFilter.ALL.withIndustry("I"))).as("section I holds division 65").isEqualTo(2);
        assertThat(count(ProjectFilter.ALL.withIndustry("73"))).isEqualTo(1);
        assertThat(count(ProjectFilter.ALL.withChainNode(node))).isEqualTo(1);
        assertThat(count(ProjectFilter.ALL.withUnit(unit))).isEqualTo(2);
        assertThat(count(ProjectFilter.ALL.withCarrier(park.id()))).as("a park includes the carriers inside it").isEqualTo(2);
        assertThat(count(ProjectFilter.ALL.withCarrier(inPark.id()))).isEqualTo(1);
        assertThat(count(ProjectFilter.ALL.withTeam(teamB).withIndustry("73"))).isEqualTo(1);
        assertThat(count(ProjectFilter.ALL.withText("b"))).as("name search ignores case").isEqualTo(2);
    }

    private long count(ProjectFilter filter) {
        return projects.summaries(filter).values().stream().mapToLong(ColumnSummary::count).sum();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aColumnPagesByKeysetLongestInStageFirstWithoutLosingOrRepeatingProjects(Engine engine) {
        open(engine);
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            created.add(ProjectFixtures.negotiating(projects, "项目" + i, TODAY.minusDays(i % 7)).id());
        }
        List<ProjectCard> seen = new ArrayList<>();
        PageCursor cursor = null;
        int pages = 0;
        do {
            ProjectPage page = projects.column(ProjectFilter.ALL, ProjectStage.NEGOTIATING, cursor, 10);
            seen.addAll(page.rows());
            cursor = page.next();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).extracting(ProjectCard::id).containsExactlyInAnyOrderElementsOf(created);
        assertThat(seen).extracting(ProjectCard::daysInStage).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(projects.column(ProjectFilter.ALL, ProjectStage.SIGNED, null, 10).rows()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theListPagesInEachOrder(Engine engine) {
        open(engine);
        for (String name : new String[] {"丙", "甲", "乙", "丁", "戊"}) {
            ProjectFixtures.negotiating(projects, name, TODAY);
        }
        for (ListSort sort : ListSort.values()) {
            List<String> names = new ArrayList<>();
            PageCursor cursor = null;
            do {
                ProjectPage page = projects.list(ProjectFilter.ALL, sort, cursor, 2);
                page.rows().forEach(r -> names.add(r.name()));
                cursor = page.next();
            } while (cursor != null);
            assertThat(names).as(sort.name()).hasSize(5).doesNotHaveDuplicates();
            if (sort == ListSort.NAME) {
                assertThat(names).isSorted();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void cardsShowTheStageClockAndTheLaggingListsHoldTheOverdueProjects(Engine engine) {
        open(engine);
        // Default deadline for 签约: 90 days, warning in the last 14.
        Project overdue = ProjectFixtures.signed(projects, ProjectFixtures.draft("超期项目"), TODAY.minusDays(100), "100");
        Project dueSoon = ProjectFixtures.signed(projects, ProjectFixtures.draft("临期项目"), TODAY.minusDays(80), "100");
        Project onTime = ProjectFixtures.signed(projects, ProjectFixtures.draft("正常项目"), TODAY.minusDays(10), "100");
        ProjectFixtures.registered(projects, "注册超期项目", TODAY.minusDays(400), TODAY.minusDays(200), 3);

        Map<UUID, ClockState> clocks = new HashMap<>();
        projects.column(ProjectFilter.ALL, ProjectStage.SIGNED, null, 10).rows().forEach(c -> clocks.put(c.id(), c.clock()));
        assertThat(clocks).containsEntry(overdue.id(), ClockState.OVERDUE).containsEntry(dueSoon.id(), ClockState.DUE_SOON)
                .containsEntry(onTime.id(), ClockState.ON_TIME);

        assertThat(projects.laggingCounts(ProjectFilter.ALL)).containsEntry(LaggingList.SIGNED_NOT_REGISTERED, 1L)
                .containsEntry(LaggingList.REGISTERED_NOT_STARTED, 1L).containsEntry(LaggingList.STARTED_NOT_OPERATING, 0L);
        assertThat(projects.list(LaggingList.SIGNED_NOT_REGISTERED.filter(), ListSort.LONGEST_IN_STAGE, null, 50).rows())
                .extracting(ProjectCard::name).containsExactly("超期项目");
        assertThat(projects.list(ProjectFilter.ALL.withClock(ClockState.DUE_SOON), ListSort.NAME, null, 50).rows())
                .extracting(ProjectCard::name).containsExactly("临期项目");
        assertThat(projects.list(ProjectFilter.ALL.withStage(ProjectStage.SIGNED).withClock(ClockState.ON_TIME), ListSort.NAME,
                null, 50).rows()).extracting(ProjectCard::name).containsExactly("正常项目");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void editedDeadlinesChangeTheClockAndNonsenseIsRefused(Engine engine) {
        open(engine);
        Project p = ProjectFixtures.signed(projects, ProjectFixtures.draft("项目"), TODAY.minusDays(100), "100");
        projects.saveDeadlines(List.of(new StageDeadline(ProjectStage.SIGNED, 120, 30)));
        assertThat(projects.deadlines().get(ProjectStage.SIGNED)).isEqualTo(new StageDeadline(ProjectStage.SIGNED, 120, 30));
        assertThat(projects.get(p.id()).stage()).isEqualTo(ProjectStage.SIGNED);
        assertThat(projects.column(ProjectFilter.ALL, ProjectStage.SIGNED, null, 5).rows().get(0).clock())
                .isEqualTo(ClockState.DUE_SOON);
        assertThat(projects.laggingCounts(ProjectFilter.ALL)).containsEntry(LaggingList.SIGNED_NOT_REGISTERED, 0L);
        for (StageDeadline wrong : List.of(new StageDeadline(ProjectStage.SIGNED, 0, 0),
                new StageDeadline(ProjectStage.SIGNED, 30, 30), new StageDeadline(ProjectStage.DROPPED, 30, 3))) {
            assertThatThrownBy(() -> projects.saveDeadlines(List.of(wrong))).isInstanceOf(DeskException.class);
        }
        assertThat(projects.deadlines().get(ProjectStage.SIGNED).maxDays()).isEqualTo(120);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void recruitersSeeCodeNamesOnCardsAndInListsAndCannotSearchByTheRealName(Engine engine) {
        open(engine);
        projects.create(new ProjectDraft("宁德时代电池基地", "保密项目-001", null, "38", List.of(), new BigDecimal("500000"), null,
                null, null, null, null, true, null), ProjectStage.NEGOTIATING, TODAY);
        ProjectFixtures.signInAs(services, "li", "李娜", Role.RECRUITER);
        assertThat(projects.column(ProjectFilter.ALL, ProjectStage.NEGOTIATING, null, 5).rows())
                .extracting(ProjectCard::name).containsExactly("保密项目-001");
        assertThat(projects.list(ProjectFilter.ALL, ListSort.NAME, null, 5).rows()).extracting(ProjectCard::name)
                .containsExactly("保密项目-001");
        assertThat(count(ProjectFilter.ALL.withText("宁德"))).isZero();
        assertThat(count(ProjectFilter.ALL.withText("保密"))).isEqualTo(1);
        ProjectFixtures.signInAs(services, "wang", "王局长", Role.MANAGER);
        assertThat(projects.column(ProjectFilter.ALL, ProjectStage.NEGOTIATING, null, 5).rows())
                .extracting(ProjectCard::name).containsExactly("宁德时代电池基地");
        assertThat(count(ProjectFilter.ALL.withText("宁德"))).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void archivedProjectsLeaveTheBoardUnlessAskedFor(Engine engine) {
        open(engine);
        Project p = ProjectFixtures.negotiating(projects, "旧项目", TODAY);
        projects.archive(p.id(), p.version());
        assertThat(count(ProjectFilter.ALL)).isZero();
        assertThat(count(ProjectFilter.ALL.withArchived(true))).isEqualTo(1);
        assertThat(projects.list(ProjectFilter.ALL.withArchived(true), ListSort.NAME, null, 5).rows().get(0).archived()).isTrue();
    }
}
