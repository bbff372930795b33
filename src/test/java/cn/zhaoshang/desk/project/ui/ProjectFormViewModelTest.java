package cn.zhaoshang.desk.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.project.Fund;
import cn.zhaoshang.desk.project.Project;
import cn.zhaoshang.desk.project.ProjectDraft;
import cn.zhaoshang.desk.project.ProjectFixturesAccess;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.StageField;
import cn.zhaoshang.desk.project.TransitionRequest;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.ScriptedDialogs;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project form, the detail's funds and incentives, and the tours, without a window. */
class ProjectFormViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    @TempDir
    Path dir;
    private Services services;
    private final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Throwable> errors = dialogs.errors();

    @BeforeEach
    void open() {
        services = TestDatabases.open(Engine.H2, dir);
    }

    @AfterEach
    void close() {
        services.close();
        assertThat(errors).isEmpty();
    }

    private ProjectFormViewModel form(Project editing) {
        ProjectFormViewModel model = new ProjectFormViewModel(services.projects(), tasks, services.messages(), errors::add, editing);
        model.load();
        return model;
    }

    @Test
    void aNewProjectNeedsANameAndReadableAmountsAndIsCreatedInItsStartingStage() {
        ProjectFormViewModel model = form(null);
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.contractEditable()).isFalse();
        assertThat(model.validate()).isNull();
        assertThat(model.nameErrorProperty().get()).isEqualTo("请填写项目名称。");

        model.nameProperty().set("华润新能源配套项目");
        model.plannedProperty().set("一亿");
        assertThat(model.validate()).isNull();
        assertThat(model.plannedErrorProperty().get()).isEqualTo("“一亿”不是有效的金额（如 500、500万元、1.2亿元）。");

        model.plannedProperty().set("12,000");
        model.teamProperty().set(model.teams().get(1));
        model.industryProperty().set(model.industries().stream().filter(i -> i.code().equals("44")).findFirst().orElseThrow());
        model.selectedNodes().add(model.nodes().get(0));
        model.startStageProperty().set(ProjectStage.CONTACTED);
        model.startDateProperty().set(TODAY.minusDays(3));
        ProjectDraft draft = model.validate();
        Project[] saved = {null};
        model.save(draft, p -> saved[0] = p);

        assertThat(saved[0].stage()).isEqualTo(ProjectStage.CONTACTED);
        assertThat(saved[0].stageEnteredOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(saved[0].plannedInvestment()).isEqualByComparingTo("12000");
        assertThat(saved[0].teamId()).isEqualTo(model.teams().get(1).id());
        assertThat(saved[0].industryCode()).isEqualTo("44");
        assertThat(saved[0].chainNodeIds()).containsExactly(model.nodes().get(0).id());
    }

    @Test
    void theInvestorIsPickedByNameOrCreditCode() {
        var id = ProjectFixturesAccess.company(services, "郑州博研科技有限公司", "914101020000000017");
        ProjectFormViewModel model = form(null);
        model.companyQueryProperty().set("博研");
        model.searchCompanies();
        assertThat(model.companyHits()).extracting(c -> c.name()).containsExactly("郑州博研科技有限公司");
        model.chooseCompany(model.companyHits().get(0));
        assertThat(model.companyProperty().get().id()).isEqualTo(id);
        assertThat(model.companyHits()).isEmpty();
    }

    @Test
    void editingASignedProjectKeepsItsContractAmountRequiredAndAStaleSaveIsShownInTheForm() {
        Project p = services.projects().create(new ProjectDraft("鼎盛", null, null, null, List.of(), null, null, null, null,
                null, null, false, null), ProjectStage.NEGOTIATING, TODAY.minusDays(9));
        services.projects().transition(p.id(), p.version(), TransitionRequest.to(ProjectStage.SIGNED)
                .with(StageField.SIGNED_ON, TODAY).with(StageField.CONTRACT_AMOUNT, new BigDecimal("880")));
        Project signed = services.projects().get(p.id());
        ProjectFormViewModel model = form(signed);
        assertThat(model.contractEditable()).isTrue();
        assertThat(model.contractProperty().get()).isEqualTo("880");
        model.contractProperty().set("");
        assertThat(model.validate()).isNull();
        assertThat(model.contractErrorProperty().get()).isEqualTo("已签约项目必须有合同金额。");

        model.contractProperty().set("900");
        services.projects().update(signed.id(), signed.version(), new ProjectDraft("鼎盛", null, null, null, List.of(), null,
                new BigDecimal("880"), null, null, "另一位领导", null, false, null));
        ProjectFormViewModel stale = form(signed);
        stale.leaderProperty().set("王副区长");
        stale.save(stale.validate(), saved -> { });
        assertThat(stale.generalErrorProperty().get()).startsWith("保存被拒绝");
    }

    @Test
    void aRecruiterCannotEditTheRealNameOfAConfidentialProject() {
        Project p = services.projects().create(new ProjectDraft("宁德时代基地", "保密-01", null, null, List.of(), null, null,
                null, null, null, null, false, null), ProjectStage.LEAD, TODAY);
        services.users().signIn(TestDatabases.asSystem(services).users().create("li", "李娜", Role.RECRUITER, null));
        ProjectFormViewModel model = form(services.projects().get(p.id()));
        assertThat(model.nameLocked()).isTrue();
        assertThat(model.nameProperty().get()).isEqualTo("（保密项目，名称仅局领导可见）");
        assertThat(model.validate().name()).isNull();
    }

    @Test
    void fundsAndIncentivesAreAddedFromTheDetailWithTheirSummary() {
        Project p = services.projects().create(new ProjectDraft("资金", null, null, null, List.of(), null, null, null, null,
                null, null, false, null), ProjectStage.NEGOTIATING, TODAY.minusDays(9));
        services.projects().transition(p.id(), p.version(), TransitionRequest.to(ProjectStage.SIGNED)
                .with(StageField.SIGNED_ON, TODAY).with(StageField.CONTRACT_AMOUNT, new BigDecimal("20000")));
        FinanceViewModel model = new FinanceViewModel(services.projectFinance(), services.projects(), tasks, services.messages(),
                errors::add, p.id());
        model.load();
        model.fundAmountProperty().set("0");
        model.addFund();
        assertThat(model.fundErrorProperty().get()).isEqualTo("到位金额必须大于 0。");
        model.fundAmountProperty().set("5,000");
        model.fundNoteProperty().set("首期");
        model.addFund();
        assertThat(model.funds()).extracting(Fund::note).containsExactly("首期");
        assertThat(model.summaryText()).isEqualTo("累计到位 5,000 万元 / 合同 2 亿元 · 到位率 25.0% · 1 笔");
        assertThat(model.fundAmountProperty().get()).isEmpty();

        model.saveIncentive();
        assertThat(model.incentiveErrorProperty().get()).isEqualTo("请选择一项政策，或填写奖补内容。");
        model.descriptionProperty().set("三年房租减半");
        model.promisedOnProperty().set(TODAY);
        model.saveIncentive();
        assertThat(model.incentives()).extracting(i -> i.title()).containsExactly("三年房租减半");
        model.edit(model.incentives().get(0));
        model.deliveredOnProperty().set(TODAY);
        model.deliveredAmountProperty().set("30");
        model.saveIncentive();
        assertThat(model.incentives().get(0).deliveredAmount()).isEqualByComparingTo("30");
    }

    @Test
    void aTourIsPlannedReorderedCommentedAndExported() throws Exception {
        Project a = services.projects().create(new ProjectDraft("甲", null, null, null, List.of(), null, null, null, null,
                null, null, true, null), ProjectStage.LEAD, TODAY);
        Project b = services.projects().create(new ProjectDraft("乙", null, null, null, List.of(), null, null, null, null,
                null, null, true, null), ProjectStage.LEAD, TODAY);
        TourViewModel model = new TourViewModel(services.inspectionTours(), services.projects(), tasks, services.messages(),
                dialogs);
        model.load();
        model.create("观摩", TODAY.plusDays(7), null);
        assertThat(model.selectedProperty().get().name()).isEqualTo("观摩");
        model.searchCandidates();
        assertThat(model.candidates()).extracting(c -> c.name()).containsExactly("乙", "甲");
        model.addProjects(List.of(a.id(), b.id()));
        assertThat(model.stops()).extracting(s -> s.projectName()).containsExactly("甲", "乙");
        model.move(model.stops().get(1), -1);
        assertThat(model.stops()).extracting(s -> s.projectName()).containsExactly("乙", "甲");
        model.setRemarks(model.stops().get(0), "进度良好");
        assertThat(model.stops().get(0).remarks()).isEqualTo("进度良好");
        Path file = dir.resolve("route.xlsx");
        dialogs.choose(file);
        model.export();
        assertThat(dialogs.chooserTitles()).containsExactly("导出路线单");
        assertThat(dialogs.suggestedNames()).containsExactly("观摩路线单.xlsx");
        assertThat(file).exists();
        assertThat(dialogs.notices()).containsExactly("路线单已导出到 route.xlsx。");
        assertThat(errors).isEmpty();
    }
}
