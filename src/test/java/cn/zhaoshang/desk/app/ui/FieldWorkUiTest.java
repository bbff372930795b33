package cn.zhaoshang.desk.app.ui;

import static cn.zhaoshang.desk.generated.Tables.RECEPTION;
import static cn.zhaoshang.desk.generated.Tables.RECEPTION_STOP;
import static cn.zhaoshang.desk.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.carrier.CarrierKind;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.generated.tables.records.CarrierRecord;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.request.CompanyRequest;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.RequestQuery;
import cn.zhaoshang.desk.request.RequestStatus;
import cn.zhaoshang.desk.task.TaskFixtures;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Field work through the real shell at 1366×768: a request recorded from a visit on the company screen
 * and closed from its requests tab; a reception with a route; an event at which a project is signed.
 */
@ExtendWith(ApplicationExtension.class)
class FieldWorkUiTest {
    @TempDir
    static Path dir;
    private static Services services;
    private static UUID company;
    private static UUID project;
    private static UUID carrier;
    private DeskShell shell;

    /** One database for both flows (they touch different records), opened before the window. */
    @BeforeAll
    static void open() {
        services = TestDatabases.open(Engine.H2, dir);
        TaskFixtures f = new TaskFixtures(services);
        company = f.company("郑州华润新能源有限公司", f.team, f.me);
        f.visit(company, "报送用地需求", TODAY.plusDays(5));
        project = f.project("新能源总部基地", company, "NEGOTIATING", TODAY.minusDays(20), true);
        CarrierRecord park = new CarrierRecord();
        park.setName("中原数字经济产业园");
        park.setKind(CarrierKind.PARK);
        carrier = services.writer().insert(park).getId();
    }

    @Start
    void start(Stage stage) {
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        FxDialogService dialogs = new FxDialogService(services.messages(), tasks);
        dialogs.setOwner(stage);
        UiKit kit = new UiKit(services.messages(), dialogs, tasks, new LocalSettings(dir));
        shell = new DeskShell(services, kit, ShellActions.NONE);
        Scene scene = new Scene(shell.root(), 1366, 768);
        scene.getRoot().setStyle(Fonts.loadBundled());
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String query, Predicate<T> which) {
        robot.interact(() -> {
            ComboBox<T> box = robot.lookup(query).queryComboBox();
            box.setValue(box.getItems().stream().filter(which).findFirst().orElseThrow());
        });
    }

    @Test
    void aRequestRecordedFromAVisitIsClosedFromTheCompanysRequestsTab(FxRobot robot) throws Exception {
        robot.interact(() -> shell.show("company"));
        TableView<?> companies = robot.lookup("#company-table").queryAs(TableView.class);
        waitUntil(() -> !companies.getItems().isEmpty());
        robot.clickOn("郑州华润新能源有限公司");
        waitUntil(() -> !robot.lookup("#company-tab-visits").queryAs(Node.class).isDisabled());
        robot.clickOn("#company-tab-visits");
        waitFor(robot, "#visit-record-request");
        robot.clickOn("#visit-record-request");
        waitFor(robot, "#request-category");
        choose(robot, "#request-category", c -> c == RequestCategory.LAND);
        robot.clickOn("#request-content").write("需要 50 亩工业用地");
        waitUntil(() -> !robot.lookup("#request-unit").queryComboBox().getItems().isEmpty());
        choose(robot, "#request-unit", u -> u != null && u.toString().equals("区工信局"));
        robot.clickOn("#request-save");
        waitUntil(() -> services.requests().list(RequestQuery.ofCompany(company)).size() == 1);
        CompanyRequest recorded = services.requests().list(RequestQuery.ofCompany(company)).get(0);
        assertThat(recorded.interactionId()).as("tied to the visit").isNotNull();
        assertThat(recorded.unitName()).isEqualTo("区工信局");

        robot.clickOn("#company-tab-requests");
        TableView<?> requests = robot.lookup("#company-request-table").queryAs(TableView.class);
        waitUntil(() -> requests.getItems().size() == 1);
        robot.clickOn("需要 50 亩工业用地");
        waitFor(robot, "#request-close");
        robot.clickOn("#request-close");
        waitFor(robot, "#request-step-note");
        robot.clickOn("#request-step-note").write("已协调出让地块");
        robot.clickOn("#request-step-save");
        waitUntil(() -> services.requests().get(recorded.id()).status() == RequestStatus.CLOSED);
        assertThat(services.requests().get(recorded.id()).result()).isEqualTo("已协调出让地块");
        assertThat(services.requests().history(recorded.id())).hasSize(2);
    }

    @Test
    void aReceptionWithARouteAndAnEventThatSignsAProject(FxRobot robot) throws Exception {
        robot.interact(() -> shell.show("fieldwork"));
        robot.clickOn("#fieldwork-tab-receptions");
        waitFor(robot, "#reception-add");
        robot.clickOn("#reception-add");
        waitFor(robot, "#reception-company-query");
        robot.clickOn("#reception-company-query").write("华润");
        waitUntil(() -> robot.lookup("#reception-company").queryComboBox().getValue() != null);
        robot.clickOn("#reception-delegation").write("华润集团考察团");
        robot.clickOn("#reception-visitors").write("王建国 副总裁");
        choose(robot, "#reception-route-carrier", c -> ((Choice) c).id().equals(carrier));
        robot.clickOn("#reception-route-add");
        robot.clickOn("#reception-save");
        waitUntil(() -> services.database().dsl().fetchCount(RECEPTION) == 1);
        assertThat(services.database().dsl().select(RECEPTION_STOP.CARRIER_ID).from(RECEPTION_STOP).fetch(RECEPTION_STOP.CARRIER_ID))
                .containsExactly(carrier);
        assertThat(services.database().dsl().select(RECEPTION.COMPANY_ID).from(RECEPTION).fetchOne(RECEPTION.COMPANY_ID))
                .isEqualTo(company);

        robot.clickOn("#fieldwork-tab-events");
        waitFor(robot, "#event-add");
        robot.clickOn("#event-add");
        waitFor(robot, "#event-name");
        robot.clickOn("#event-name").write("中原区（深圳）招商推介暨签约大会");
        robot.clickOn("#event-city").write("深圳");
        robot.clickOn("#event-save");
        waitFor(robot, "#event-sign");
        waitUntil(() -> robot.lookup("#event-detail").queryLabeled().getText().contains("深圳"));
        robot.clickOn("#event-sign");
        waitFor(robot, "#event-sign-project-query");
        robot.clickOn("#event-sign-project-query").write("新能源");
        waitUntil(() -> robot.lookup("#event-sign-project").queryComboBox().getValue() != null);
        robot.clickOn("#event-sign-amount").write("12000");
        robot.clickOn("#event-sign-save");
        waitUntil(() -> services.projects().get(project).stage() == ProjectStage.SIGNED);
        assertThat(services.projects().get(project).signedOn()).isEqualTo(TODAY);
        assertThat(services.projects().get(project).contractAmount()).isEqualByComparingTo("12000");
        waitUntil(() -> robot.lookup("#event-signings").queryLabeled().getText().contains("新能源总部基地"));
    }
}
