package cn.zhaoshang.desk.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.LiveRefresh;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.project.LaggingList;
import cn.zhaoshang.desk.project.Project;
import cn.zhaoshang.desk.project.ProjectDraft;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.StageField;
import cn.zhaoshang.desk.project.StageHistoryEntry;
import cn.zhaoshang.desk.project.TransitionRequest;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The board driven like a user: drag a card to another stage and fill the dialog. */
@ExtendWith(ApplicationExtension.class)
class ProjectBoardUiTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    @TempDir
    Path dir;
    private Services services;
    private FxTaskRunner tasks;
    private ProjectAreaView area;
    private Project negotiating;

    @Start
    void start(Stage stage) {
        services = TestDatabases.open(Engine.H2, dir);
        TestDatabases.asSystem(services).users().create("zhangwei", "张伟", Role.TEAM_LEAD, null);
        services.users().signInByName("zhangwei");
        negotiating = services.projects().create(new ProjectDraft("博研科技华中总部项目", null, null, "73", List.of(),
                new BigDecimal("12000"), null, null, null, "李副区长", services.projects().teams().get(0).id(), true, null),
                ProjectStage.NEGOTIATING, TODAY.minusDays(40));
        services.projects().create(new ProjectDraft("启衡研发中心项目", null, null, "73", List.of(), new BigDecimal("3000"),
                null, null, null, null, null, false, null), ProjectStage.LEAD, TODAY.minusDays(3));
        tasks = new FxTaskRunner(services.messages());
        LiveRefresh live = new LiveRefresh();
        services.changeStream().subscribe(batch -> batch.tables().forEach(live::changed));
        UiKit kit = new UiKit(services.messages(), new FxDialogService(services.messages(), tasks), tasks,
                new LocalSettings(dir), live);
        area = new ProjectAreaView(kit, services.projects(), services.projectFinance(), services.inspectionTours());
        Scene scene = new Scene((Parent) area.root(), 1280, 800);
        scene.getRoot().setStyle(Fonts.loadBundled());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    private Node card(FxRobot robot, ProjectStage column, UUID id) {
        return robot.lookup("#board-column-" + column.name()).queryAs(Node.class).lookup("#card-" + id);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingACardFromNegotiatingToSignedAsksForTheSigningAndMovesIt(FxRobot robot) throws Exception {
        waitFor(() -> card(robot, ProjectStage.NEGOTIATING, negotiating.id()) != null);
        assertThat(robot.lookup("#board-count-NEGOTIATING").queryAs(Label.class).getText()).isEqualTo("1");

        robot.drag(card(robot, ProjectStage.NEGOTIATING, negotiating.id()), MouseButton.PRIMARY)
                .dropTo("#board-column-SIGNED");
        waitFor(() -> robot.lookup("#transition-contract-amount").tryQuery().isPresent());
        assertThat(robot.lookup("#transition-signed-on").tryQuery()).isPresent();
        robot.clickOn("#transition-contract-amount").write("8,800");
        robot.clickOn("#transition-ok");

        waitFor(() -> card(robot, ProjectStage.SIGNED, negotiating.id()) != null);
        assertThat(card(robot, ProjectStage.NEGOTIATING, negotiating.id())).isNull();
        assertThat(robot.lookup("#board-count-SIGNED").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#board-amount-SIGNED").queryAs(Label.class).getText()).isEqualTo("合计 8,800 万元");

        robot.doubleClickOn(card(robot, ProjectStage.SIGNED, negotiating.id()));
        waitFor(() -> robot.lookup("#detail-history").tryQuery().isPresent()
                && !robot.lookup("#detail-history").queryTableView().getItems().isEmpty());
        robot.clickOn(robot.lookup(".tab").match(n -> n.getId() != null && n.getId().equals("detail-history-tab"))
                .queryAs(Node.class));
        @SuppressWarnings("unchecked")
        TableView<StageHistoryEntry> history = robot.lookup("#detail-history").queryAs(TableView.class);
        StageHistoryEntry last = history.getItems().getLast();
        assertThat(last.from()).isEqualTo(ProjectStage.NEGOTIATING);
        assertThat(last.to()).isEqualTo(ProjectStage.SIGNED);
        assertThat(last.changedOn()).isEqualTo(TODAY);
        assertThat(last.changedBy()).isEqualTo("张伟");
        assertThat(StageHistoryTable.details(last, services.messages())).isEqualTo("签约日期 2026-06-15、合同金额（万元） 8800");
        robot.clickOn("#detail-close");
        assertThat(services.projects().get(negotiating.id()).contractAmount()).isEqualByComparingTo("8800");
    }

    /** The header is the columns added up, after a move, a new project, an archive and a delete alike. */
    @Test
    void theHeaderTotalIsTheSumOfTheColumnsAfterEveryChange(FxRobot robot) throws Exception {
        waitFor(() -> card(robot, ProjectStage.NEGOTIATING, negotiating.id()) != null);
        assertHeaderIsTheSumOfTheColumns(robot, 2);

        Project moved = services.projects().get(negotiating.id());
        services.projects().transition(moved.id(), moved.version(), TransitionRequest
                .to(ProjectStage.SIGNED).with(StageField.SIGNED_ON, TODAY)
                .with(StageField.CONTRACT_AMOUNT, new BigDecimal("8800")));
        waitFor(() -> card(robot, ProjectStage.SIGNED, negotiating.id()) != null);
        assertHeaderIsTheSumOfTheColumns(robot, 2);

        Project added = services.projects().create(new ProjectDraft("新增研发基地项目", null, null, "73", List.of(),
                new BigDecimal("4321.5"), null, null, null, null, null, false, null), ProjectStage.CONTACTED, TODAY);
        waitFor(() -> card(robot, ProjectStage.CONTACTED, added.id()) != null);
        assertHeaderIsTheSumOfTheColumns(robot, 3);

        services.projects().archive(added.id(), services.projects().get(added.id()).version());
        waitFor(() -> card(robot, ProjectStage.CONTACTED, added.id()) == null);
        assertHeaderIsTheSumOfTheColumns(robot, 2);

        Project signed = services.projects().get(negotiating.id());
        services.projects().delete(signed.id(), signed.version());
        waitFor(() -> card(robot, ProjectStage.SIGNED, negotiating.id()) == null);
        assertHeaderIsTheSumOfTheColumns(robot, 1);
    }

    private void assertHeaderIsTheSumOfTheColumns(FxRobot robot, long projects) throws Exception {
        BoardViewModel board = area.board();
        waitFor(() -> !board.loadingProperty().get());
        long count = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (ProjectStage stage : ProjectStage.values()) {
            count += board.column(stage).countProperty().get();
            amount = amount.add(board.column(stage).amountProperty().get());
        }
        assertThat(count).isEqualTo(projects);
        assertThat(robot.lookup("#board-totals").queryAs(Label.class).getText()).isEqualTo(services.messages()
                .get("project.board.totals", count, Money.format(amount, services.messages())));
    }

    @Test
    void aTransitionMissingItsDataIsRefusedBesideTheFieldAndNothingMoves(FxRobot robot) throws Exception {
        waitFor(() -> card(robot, ProjectStage.NEGOTIATING, negotiating.id()) != null);
        robot.drag(card(robot, ProjectStage.NEGOTIATING, negotiating.id()), MouseButton.PRIMARY)
                .dropTo("#board-column-REGISTERED");
        waitFor(() -> robot.lookup("#transition-local-uscc").tryQuery().isPresent());
        robot.clickOn("#transition-contract-amount").write("5000");
        robot.clickOn("#transition-local-uscc").write("91410102MA44C3D5X0");
        robot.clickOn("#transition-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#transition-error-local-uscc").queryAs(Label.class).getText())
                .isEqualTo("信用代码校验位不正确，请核对。");
        robot.clickOn("#transition-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.projects().get(negotiating.id()).stage()).isEqualTo(ProjectStage.NEGOTIATING);
        assertThat(card(robot, ProjectStage.NEGOTIATING, negotiating.id())).isNotNull();
    }

    @Test
    void theLaggingListsAreOneClickAway(FxRobot robot) throws Exception {
        Project late = services.projects().create(new ProjectDraft("超期未注册项目", null, null, "73", List.of(),
                BigDecimal.TEN, null, null, null, null, null, false, null), ProjectStage.NEGOTIATING, TODAY.minusDays(300));
        services.projects().transition(late.id(), late.version(), TransitionRequest
                .to(ProjectStage.SIGNED).with(StageField.SIGNED_ON, TODAY.minusDays(120))
                .with(StageField.CONTRACT_AMOUNT, BigDecimal.TEN));
        robot.interact(() -> area.board().reload());
        String button = "#lagging-" + LaggingList.SIGNED_NOT_REGISTERED.name();
        waitFor(() -> robot.lookup(button).queryButton().getText().equals("签约未注册 1"));
        robot.clickOn(button);
        waitFor(() -> robot.lookup("#project-table").queryTableView().getItems().size() == 1);
        assertThat(robot.lookup("#project-list-lagging").queryAs(Label.class).getText()).isEqualTo("签约未注册（已超期）");
        assertThat(robot.lookup("#project-list-count").queryAs(Label.class).getText()).startsWith("共 1 个项目");
    }
}
