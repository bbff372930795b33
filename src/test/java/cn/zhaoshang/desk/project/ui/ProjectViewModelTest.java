package cn.zhaoshang.desk.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.project.ClockState;
import cn.zhaoshang.desk.project.LaggingList;
import cn.zhaoshang.desk.project.ListSort;
import cn.zhaoshang.desk.project.Project;
import cn.zhaoshang.desk.project.ProjectDraft;
import cn.zhaoshang.desk.project.ProjectFixturesAccess;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.StageField;
import cn.zhaoshang.desk.project.TransitionKind;
import cn.zhaoshang.desk.project.TransitionRequest;
import cn.zhaoshang.desk.testing.OfficeChecks;
import cn.zhaoshang.desk.testing.ScriptedDialogs;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board, list, transition and deadline view models, without a window (jobs run at once). */
class ProjectViewModelTest {
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

    private Project project(String name, ProjectStage stage, LocalDate since, String planned, boolean major) {
        return services.projects().create(new ProjectDraft(name, null, null, "73", List.of(), new BigDecimal(planned), null,
                null, null, null, null, major, null), stage, since);
    }

    @Test
    void theBoardShowsEachColumnsTotalsAndItsFirstPageThenMore() {
        for (int i = 0; i < BoardViewModel.PAGE + 5; i++) {
            project("线索" + i, ProjectStage.LEAD, TODAY.minusDays(i), "100", false);
        }
        project("洽谈项目", ProjectStage.NEGOTIATING, TODAY, "2500", true);
        BoardViewModel board = new BoardViewModel(services.projects(), tasks, services.messages(), errors::add);
        board.reload();

        BoardColumnModel leads = board.column(ProjectStage.LEAD);
        assertThat(leads.countProperty().get()).isEqualTo(BoardViewModel.PAGE + 5);
        assertThat(leads.amountProperty().get()).isEqualByComparingTo("3500");
        assertThat(leads.cards()).hasSize(BoardViewModel.PAGE);
        assertThat(leads.hasMoreProperty().get()).isTrue();
        assertThat(leads.remaining()).isEqualTo(5);
        assertThat(leads.cards().get(0).name()).isEqualTo("线索" + (BoardViewModel.PAGE + 4));

        board.loadMore(ProjectStage.LEAD);
        assertThat(leads.cards()).hasSize(BoardViewModel.PAGE + 5);
        assertThat(leads.hasMoreProperty().get()).isFalse();
        assertThat(board.totalCount()).isEqualTo(BoardViewModel.PAGE + 6);

        board.filterProperty().set(board.filterProperty().get().withMajorOnly(true));
        board.reload();
        assertThat(board.column(ProjectStage.LEAD).cards()).isEmpty();
        assertThat(board.column(ProjectStage.NEGOTIATING).cards()).extracting(c -> c.name()).containsExactly("洽谈项目");
    }

    @Test
    void aRefreshAfterOthersChangedKeepsTheCardsAlreadyLoadedAndShowsTheChange() {
        List<Project> leads = new ArrayList<>();
        for (int i = 0; i < BoardViewModel.PAGE + 5; i++) {
            leads.add(project("线索" + i, ProjectStage.LEAD, TODAY.minusDays(i), "100", false));
        }
        BoardViewModel board = new BoardViewModel(services.projects(), tasks, services.messages(), errors::add);
        board.reload();
        board.loadMore(ProjectStage.LEAD);
        assertThat(board.column(ProjectStage.LEAD).cards()).hasSize(BoardViewModel.PAGE + 5);

        Project moved = leads.get(3);   // someone else moves a card the user scrolled past
        services.projects().transition(moved.id(), moved.version(), TransitionRequest.to(ProjectStage.CONTACTED)
                .with(StageField.CHANGED_ON, TODAY));
        board.refreshLoaded();

        assertThat(board.column(ProjectStage.LEAD).cards()).hasSize(BoardViewModel.PAGE + 4)
                .noneMatch(c -> c.id().equals(moved.id()));
        assertThat(board.column(ProjectStage.LEAD).countProperty().get()).isEqualTo(BoardViewModel.PAGE + 4);
        assertThat(board.column(ProjectStage.CONTACTED).cards()).extracting(c -> c.id()).containsExactly(moved.id());
    }

    @Test
    void theBoardCountsTheLaggingLists() {
        Project p = project("超期", ProjectStage.NEGOTIATING, TODAY.minusDays(400), "100", false);
        services.projects().transition(p.id(), p.version(), TransitionRequest.to(ProjectStage.SIGNED)
                .with(StageField.SIGNED_ON, TODAY.minusDays(200)).with(StageField.CONTRACT_AMOUNT, BigDecimal.ONE));
        BoardViewModel board = new BoardViewModel(services.projects(), tasks, services.messages(), errors::add);
        board.reload();
        assertThat(board.lagging()).containsEntry(LaggingList.SIGNED_NOT_REGISTERED, 1L)
                .containsEntry(LaggingList.REGISTERED_NOT_STARTED, 0L);
        assertThat(board.column(ProjectStage.SIGNED).cards().get(0).clock()).isEqualTo(ClockState.OVERDUE);
    }

    @Test
    void theTransitionDialogAsksWhatThePlanNeedsAndShowsEachProblemBesideItsField() {
        Project p = project("博研", ProjectStage.NEGOTIATING, TODAY.minusDays(10), "100", false);
        TransitionViewModel model = new TransitionViewModel(services.projects(), services.projects().snapshot(p.id()), "博研",
                ProjectStage.REGISTERED, services.messages());
        assertThat(model.fields()).containsExactly(StageField.SIGNED_ON, StageField.CONTRACT_AMOUNT, StageField.LOCAL_USCC,
                StageField.REGISTERED_ON);
        assertThat(model.title()).isEqualTo("推进：洽谈 → 注册");
        assertThat(model.date(StageField.SIGNED_ON).get()).isEqualTo(TODAY);

        model.amountProperty().set("十二万");
        assertThat(model.validate()).isFalse();
        assertThat(model.error(StageField.CONTRACT_AMOUNT).get()).isEqualTo("“十二万”不是有效的金额（如 500、500万元、1.2亿元）。");

        model.amountProperty().set("1,200");
        model.date(StageField.SIGNED_ON).set(TODAY.minusDays(1));
        model.date(StageField.REGISTERED_ON).set(TODAY.minusDays(2));
        assertThat(model.validate()).isFalse();
        assertThat(model.error(StageField.CONTRACT_AMOUNT).get()).isEmpty();
        assertThat(model.error(StageField.LOCAL_USCC).get()).isEqualTo("请填写本地主体的统一社会信用代码。");
        assertThat(model.error(StageField.REGISTERED_ON).get()).isEqualTo("注册日期不能早于签约日期（" + TODAY.minusDays(1) + "）。");

        model.date(StageField.REGISTERED_ON).set(TODAY);
        model.usccProperty().set(ProjectFixturesAccess.uscc(5));
        assertThat(model.validate()).isTrue();
        assertThat(model.request().amount(StageField.CONTRACT_AMOUNT)).isEqualByComparingTo("1200");
    }

    @Test
    void movingBackSaysWhatItClears() {
        Project p = project("博研", ProjectStage.NEGOTIATING, TODAY.minusDays(10), "100", false);
        services.projects().transition(p.id(), p.version(), TransitionRequest.to(ProjectStage.SIGNED)
                .with(StageField.SIGNED_ON, TODAY.minusDays(5)).with(StageField.CONTRACT_AMOUNT, BigDecimal.TEN));
        TransitionViewModel model = new TransitionViewModel(services.projects(), services.projects().snapshot(p.id()), "博研",
                ProjectStage.CONTACTED, services.messages());
        assertThat(model.plan().kind()).isEqualTo(TransitionKind.MOVE_BACK);
        assertThat(model.clearedText()).isEqualTo("签约日期 " + TODAY.minusDays(5));
        assertThat(model.validate()).isFalse();
        assertThat(model.error(StageField.REASON).get()).isEqualTo("请填写原因。");
        assertThat(model.amountProperty().get()).as("the recorded contract amount is offered again").isEqualTo("10");
    }

    @Test
    void theListNarrowsToALaggingListAndPagesOnRequest() {
        for (int i = 0; i < ProjectListViewModel.PAGE + 1; i++) {
            project("项目" + i, ProjectStage.LEAD, TODAY, "1", false);
        }
        ProjectListViewModel list = new ProjectListViewModel(services.projects(), tasks, services.messages(), dialogs);
        list.sortProperty().set(ListSort.NAME);
        list.reload();
        assertThat(list.totalProperty().get()).isEqualTo(ProjectListViewModel.PAGE + 1);
        assertThat(list.rows()).hasSize(ProjectListViewModel.PAGE);
        list.loadMore();
        assertThat(list.rows()).hasSize(ProjectListViewModel.PAGE + 1);
        assertThat(list.hasMoreProperty().get()).isFalse();

        list.laggingProperty().set(LaggingList.SIGNED_NOT_REGISTERED);
        list.reload();
        assertThat(list.totalProperty().get()).isZero();
        assertThat(list.rows()).isEmpty();
    }

    @Test
    void theListExportsEveryRowOfItsFilter() throws Exception {
        project("甲", ProjectStage.LEAD, TODAY, "1", true);
        project("乙", ProjectStage.LEAD, TODAY, "1", false);
        ProjectListViewModel list = new ProjectListViewModel(services.projects(), tasks, services.messages(), dialogs);
        list.filterProperty().set(list.filterProperty().get().withMajorOnly(true));
        Path file = dir.resolve("projects.xlsx");
        dialogs.choose(file);
        list.export();
        assertThat(dialogs.suggestedNames()).containsExactly("项目清单.xlsx");
        assertThat(dialogs.notices()).containsExactly("已导出 1 个项目到 projects.xlsx。");
        try (var in = Files.newInputStream(file);
             var workbook = new ReadableWorkbook(in)) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("项目");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("甲");
        }
        try (var in = Files.newInputStream(file);
             var workbook = new XSSFWorkbook(in)) {
            OfficeChecks.printsAsList(workbook.getSheetAt(0), true, 0);
        }
    }

    @Test
    void deadlinesAreEditedAndANonsenseValueIsRefusedWithAMessage() {
        DeadlinesViewModel model = new DeadlinesViewModel(services.projects(), tasks, services.messages(), errors::add);
        boolean[] loaded = {false};
        model.load(() -> loaded[0] = true);
        assertThat(loaded[0]).isTrue();
        DeadlinesViewModel.Row signed = model.rows().stream().filter(r -> r.stage() == ProjectStage.SIGNED).findFirst().orElseThrow();
        assertThat(signed.maxDays().get()).isEqualTo(90);
        signed.maxDays().set(60);
        signed.warnDays().set(60);
        boolean[] saved = {false};
        model.save(() -> saved[0] = true);
        assertThat(saved[0]).isFalse();
        assertThat(model.errorProperty().get()).isEqualTo("提醒天数应不小于 0，且小于期限天数。");
        signed.warnDays().set(10);
        model.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        assertThat(services.projects().deadlines().get(ProjectStage.SIGNED).maxDays()).isEqualTo(60);
    }
}
