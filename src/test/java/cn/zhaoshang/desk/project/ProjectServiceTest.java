package cn.zhaoshang.desk.project;

import static cn.zhaoshang.desk.project.ProjectFixtures.TODAY;
import static cn.zhaoshang.desk.project.ProjectFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Projects, transitions and their history on a real database. Board queries: {@link ProjectBoardQueryTest}. */
class ProjectServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private ProjectService projects;

    private void open(Engine engine) {
        services = TestDatabases.open(engine, dir);
        projects = services.projects();
        ProjectFixtures.signInAs(services, "zhangwei", "张伟", Role.TEAM_LEAD);
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aNewProjectStartsWithItsFirstHistoryRow(Engine engine) {
        open(engine);
        Project p = projects.create(draft("博研科技华中总部项目"), ProjectStage.LEAD, null);
        assertThat(p.stage()).isEqualTo(ProjectStage.LEAD);
        assertThat(p.stageEnteredOn()).isEqualTo(TODAY);
        assertThat(projects.history(p.id())).singleElement().satisfies(h -> {
            assertThat(h.from()).isNull();
            assertThat(h.to()).isEqualTo(ProjectStage.LEAD);
            assertThat(h.changedBy()).isEqualTo("张伟");
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void signingStoresTheDataAndAppendsAHistoryRowWithWhoAndWhen(Engine engine) {
        open(engine);
        Project p = ProjectFixtures.negotiating(projects, "启衡研发中心项目", TODAY.minusDays(40));
        projects.transition(p.id(), p.version(), TransitionRequest.to(ProjectStage.SIGNED)
                .with(StageField.SIGNED_ON, TODAY.minusDays(2)).with(StageField.CONTRACT_AMOUNT, new BigDecimal("15000")));

        Project signed = projects.get(p.id());
        assertThat(signed.stage()).isEqualTo(ProjectStage.SIGNED);
        assertThat(signed.signedOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(signed.stageEnteredOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(signed.contractAmount()).isEqualByComparingTo("15000");
        assertThat(signed.version()).isGreaterThan(p.version());
        List<StageHistoryEntry> history = projects.history(p.id());
        assertThat(history).hasSize(2);
        StageHistoryEntry last = history.get(1);
        assertThat(last.from()).isEqualTo(ProjectStage.NEGOTIATING);
        assertThat(last.to()).isEqualTo(ProjectStage.SIGNED);
        assertThat(last.changedOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(last.changedBy()).isEqualTo("张伟");
        assertThat(last.recordedAt().toInstant()).isEqualTo(TestDatabases.NOW);
        assertThat(last.details()).extracting(HistoryDetails.Entry::field, HistoryDetails.Entry::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(StageField.SIGNED_ON, TODAY.minusDays(2).toString()),
                org.assertj.core.groups.Tuple.tuple(StageField.CONTRACT_AMOUNT, "15000"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRefusedTransitionLeavesTheProjectAndItsHistoryUntouched(Engine engine) {
        open(engine);
        Project p = ProjectFixtures.signed(projects, draft("鼎盛总部项目"), TODAY.minusDays(30), "5000");
        assertThatThrownBy(() -> projects.transition(p.id(), p.version(), TransitionRequest.to(ProjectStage.REGISTERED)
                .with(StageField.REGISTERED_ON, TODAY.minusDays(31)).with(StageField.LOCAL_USCC, ProjectFixtures.uscc(1))))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("project.transition.error.order.REGISTERED_ON"));
        assertThat(projects.get(p.id()).stage()).isEqualTo(ProjectStage.SIGNED);
        assertThat(projects.get(p.id()).version()).isEqualTo(p.version());
        assertThat(projects.history(p.id())).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTransitionFromAStaleVersionIsRefused(Engine engine) {
        open(engine);
        Project p = ProjectFixtures.negotiating(projects, "远景项目", TODAY.minusDays(40));
        projects.update(p.id(), p.version(), p.toDraft());
        Project edited = projects.get(p.id());
        projects.update(edited.id(), edited.version(), new ProjectDraft("远景华中项目", null, null, "65", List.of(),
                new BigDecimal("9000"), null, null, null, null, null, true, null));
        assertThatThrownBy(() -> projects.transition(p.id(), edited.version(), TransitionRequest.to(ProjectStage.DROPPED)
                .on(TODAY).because("企业放弃"))).isInstanceOf(StaleRecordException.class);
        assertThat(projects.get(p.id()).stage()).isEqualTo(ProjectStage.NEGOTIATING);
        assertThat(projects.history(p.id())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void movingBackIsKeptInTheHistoryWithItsReasonAndClearsLaterMilestones(Engine engine) {
        open(engine);
        Project p = ProjectFixtures.registered(projects, "华润新能源配套项目", TODAY.minusDays(60), TODAY.minusDays(30), 7);
        projects.transition(p.id(), p.version(), TransitionRequest.to(ProjectStage.SIGNED).on(TODAY).because("注册主体有误，重新办理"));

        Project back = projects.get(p.id());
        assertThat(back.stage()).isEqualTo(ProjectStage.SIGNED);
        assertThat(back.registeredOn()).isNull();
        assertThat(back.localUscc()).isNull();
        assertThat(back.signedOn()).isEqualTo(TODAY.minusDays(60));
        assertThat(back.stageEnteredOn()).isEqualTo(TODAY);
        StageHistoryEntry last = projects.history(p.id()).getLast();
        assertThat(last.from()).isEqualTo(ProjectStage.REGISTERED);
        assertThat(last.to()).isEqualTo(ProjectStage.SIGNED);
        assertThat(last.reason()).isEqualTo("注册主体有误，重新办理");
        assertThat(last.details()).extracting(HistoryDetails.Entry::field).containsExactly(StageField.REGISTERED_ON,
                StageField.LOCAL_USCC);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aPausedProjectResumesIntoTheStageItLeft(Engine engine) {
        open(engine);
        Project p = ProjectFixtures.signed(projects, draft("芝麻街健康产业项目"), TODAY.minusDays(20), "3000");
        projects.transition(p.id(), p.version(), TransitionRequest.to(ProjectStage.ON_HOLD).on(TODAY.minusDays(5)).because("等待土地指标"));
        ProjectSnapshot paused = projects.snapshot(p.id());
        assertThat(paused.stageBeforeSide()).isEqualTo(ProjectStage.SIGNED);
        assertThat(projects.plan(paused, ProjectStage.SIGNED).kind()).isEqualTo(TransitionKind.RESUME);
        projects.transition(p.id(), paused.version(), TransitionRequest.to(ProjectStage.SIGNED).on(TODAY));
        assertThat(projects.get(p.id()).stage()).isEqualTo(ProjectStage.SIGNED);
        assertThat(projects.history(p.id())).extracting(StageHistoryEntry::to).containsExactly(ProjectStage.NEGOTIATING,
                ProjectStage.SIGNED, ProjectStage.ON_HOLD, ProjectStage.SIGNED);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theFormKeepsTheContractAmountForTheSigning(Engine engine) {
        open(engine);
        ProjectDraft withContract = new ProjectDraft("X项目", null, null, null, List.of(), null, BigDecimal.TEN, null, null,
                null, null, false, null);
        assertThatThrownBy(() -> projects.create(withContract, ProjectStage.LEAD, null))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("project.error.contractBeforeSigning"));
        assertThatThrownBy(() -> projects.create(draft("Y项目"), ProjectStage.SIGNED, null))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("project.error.startingStage"));
        assertThatThrownBy(() -> projects.create(draft(" "), ProjectStage.LEAD, null))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("project.error.nameRequired"));
        Project signed = ProjectFixtures.signed(projects, draft("Z项目"), TODAY.minusDays(3), "100");
        ProjectDraft cleared = new ProjectDraft("Z项目", null, null, null, List.of(), null, null, null, null, null, null, false, null);
        assertThatThrownBy(() -> projects.update(signed.id(), signed.version(), cleared))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("project.error.contractRequired"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void editingSavesEveryFieldWithChainNodesAndAnInvestorCompany(Engine engine) {
        open(engine);
        ProjectFixtures.signInAs(services, "admin", "管理员", Role.ADMIN);
        var company = ProjectFixtures.company(services, "郑州博研科技有限公司", ProjectFixtures.uscc(42));
        var node = projects.chainNodes().get(0).id();
        var team = projects.teams().get(0).id();
        var unit = projects.units().get(0).id();
        var carrier = projects.carriers().get(0).id();
        Project p = projects.create(new ProjectDraft("博研研发总部", "代号A", company, "73", List.of(node),
                new BigDecimal("20000"), null, carrier, unit, "王副区长", team, true, "备注"), ProjectStage.CONTACTED, TODAY);
        assertThat(p.companyName()).isEqualTo("郑州博研科技有限公司");
        assertThat(p.chainNodeIds()).containsExactly(node);
        assertThat(p.major()).isTrue();
        assertThat(p.teamId()).isEqualTo(team);
        assertThat(p.carrierId()).isEqualTo(carrier);
        assertThat(p.unitId()).isEqualTo(unit);
        projects.update(p.id(), p.version(), new ProjectDraft("博研研发总部（二期）", null, company, "73", List.of(), null,
                null, null, null, null, null, false, null));
        Project edited = projects.get(p.id());
        assertThat(edited.name()).isEqualTo("博研研发总部（二期）");
        assertThat(edited.chainNodeIds()).isEmpty();
        assertThat(edited.codeName()).isNull();
        services.search().rebuild(Progress.NONE); // the fixture wrote the company raw
        assertThat(projects.findCompanies("博研", 10)).extracting(CompanyChoice::name).containsExactly("郑州博研科技有限公司");
        // The same search as the library and the task link picker: full pinyin and initials find it too.
        assertThat(projects.findCompanies("boyan", 10)).extracting(CompanyChoice::name).contains("郑州博研科技有限公司");
        assertThat(projects.findCompanies("zzby", 10)).extracting(CompanyChoice::name).contains("郑州博研科技有限公司");
        assertThat(projects.findCompanies(ProjectFixtures.uscc(42).substring(0, 12), 10)).hasSize(1);
        assertThat(projects.findCompanies("不存在的企业", 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRecruiterSeesTheCodeNameAndCannotOverwriteTheRealName(Engine engine) {
        open(engine);
        ProjectFixtures.signInAs(services, "admin", "管理员", Role.ADMIN);
        Project p = projects.create(new ProjectDraft("华为鲲鹏生态基地", "K-01", null, "65", List.of(), null, null, null, null,
                null, null, true, null), ProjectStage.NEGOTIATING, TODAY);
        ProjectFixtures.signInAs(services, "li", "李娜", Role.RECRUITER);
        Project seen = projects.get(p.id());
        assertThat(seen.shownName()).isEqualTo("K-01");
        assertThat(seen.nameHidden()).isTrue();
        ProjectDraft lifted = new ProjectDraft(null, null, null, "65", List.of(), null, null, null, null, null, null, true, null);
        projects.update(seen.id(), seen.version(), lifted);
        assertThat(projects.get(p.id()).shownName()).isEqualTo("K-01");
        ProjectFixtures.signInAs(services, "admin", "管理员", Role.ADMIN);
        assertThat(projects.get(p.id()).name()).isEqualTo("华为鲲鹏生态基地");
        assertThat(projects.get(p.id()).shownName()).isEqualTo("华为鲲鹏生态基地");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void archivingKeepsTheProjectButRefusesChangesUntilRestored(Engine engine) {
        open(engine);
        Project p = ProjectFixtures.negotiating(projects, "归档项目", TODAY.minusDays(5));
        projects.archive(p.id(), p.version());
        Project archived = projects.get(p.id());
        assertThat(archived.archived()).isTrue();
        assertThatThrownBy(() -> projects.transition(p.id(), archived.version(), TransitionRequest.to(ProjectStage.DROPPED)
                .on(TODAY).because("x"))).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.key()).isEqualTo("project.transition.error.archived"));
        assertThatThrownBy(() -> projects.update(p.id(), archived.version(), archived.toDraft()))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("project.error.archived"));
        projects.restore(p.id(), archived.version());
        assertThat(projects.get(p.id()).archived()).isFalse();
    }
}
