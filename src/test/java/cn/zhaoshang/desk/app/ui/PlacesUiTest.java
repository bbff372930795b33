package cn.zhaoshang.desk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.carrier.CarrierSummary;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.policy.PolicyDraft;
import cn.zhaoshang.desk.policy.PolicyFilter;
import cn.zhaoshang.desk.talent.Talent;
import cn.zhaoshang.desk.talent.TalentFilter;
import cn.zhaoshang.desk.talent.TalentLevel;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Carriers, policies and talent opened from the navigation, with one edit in each, on a real H2. */
@ExtendWith(ApplicationExtension.class)
class PlacesUiTest {
    @TempDir
    static Path dir;
    private static Services services;

    @Start
    void start(Stage stage) {
        if (services == null) {
            services = TestDatabases.open(Engine.H2, dir);
            services.demoData().generate(60, 3, Progress.NONE);
            services.policies().create(new PolicyDraft("楼宇经济扶持", "区商务局", "中商〔2026〕3号", LocalDate.of(2026, 1, 1),
                    null, List.of("72"), List.of(), null, null, "rent"));
            UnitRefs.first(services);
        }
        services.users().signInByName("admin");
        String font = Fonts.loadBundled();
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        UiKit kit = new UiKit(services.messages(), new FxDialogService(services.messages(), tasks), tasks, new LocalSettings(dir));
        DeskShell shell = new DeskShell(services, kit, ShellActions.NONE);
        Scene scene = new Scene(shell.root(), 1280, 800);
        scene.getRoot().setStyle(font);
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    /** Adds one person to the inventory (the demo data has none). */
    private static final class UnitRefs {
        static void first(Services services) {
            var unit = services.talent().units().get(0);
            services.talent().save(new Talent(null, 0, "Zhang Wei", null, null, unit.id(), null, "AI", TalentLevel.LEADING,
                    "CTO", null, LocalDate.of(2026, 3, 1), "13812345678", null));
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static <T> void selectRow(FxRobot robot, String tableId, Predicate<T> which) throws Exception {
        TableView<T> table = robot.lookup(tableId).queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        T row = table.getItems().stream().filter(which).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    private static void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn(id).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE).write(text);
    }

    @Test
    void theCarrierAreaOpensFromTheNavigationAndSavesAnEditedVacancy(FxRobot robot) throws Exception {
        robot.clickOn("#nav-carrier");
        assertThat(robot.lookup("#carrier-view").tryQuery()).isPresent();
        robot.clickOn("#carrier-search").write("jzds");
        TableView<?> carriers = robot.lookup("#carrier-table").queryAs(TableView.class);
        waitUntil(() -> carriers.getItems().size() == 1);
        selectRow(robot, "#carrier-table", r -> true);
        waitUntil(() -> robot.lookup("#carrier-detail-name").tryQuery().isPresent());
        assertThat(robot.lookup("#carrier-detail-name").queryAs(Label.class).getText()).isEqualTo("巨正大厦");

        robot.clickOn("#carrier-edit");
        waitUntil(() -> robot.lookup("#carrier-form-vacant").tryQuery().isPresent());
        replaceText(robot, "#carrier-form-vacant", "99999");
        assertThat(robot.lookup("#carrier-form-error-vacantArea").queryAs(Label.class).getText()).isEqualTo("空置面积不能大于总面积。");
        replaceText(robot, "#carrier-form-vacant", "5000");
        robot.clickOn("#carrier-save");

        waitUntil(() -> robot.lookup("#carrier-detail-vacant").tryQuery().isPresent());
        CarrierSummary tower = services.carriers().list().stream().filter(s -> s.carrier().name().equals("巨正大厦"))
                .findFirst().orElseThrow();
        assertThat(tower.areas().vacant()).isEqualByComparingTo("5000");
        assertThat(robot.lookup("#carrier-detail-vacant").queryAs(Label.class).getText()).startsWith("5,000 m²");
    }

    @Test
    void thePolicyAreaOpensFromTheNavigationAndARevisionBecomesVersionTwo(FxRobot robot) throws Exception {
        robot.clickOn("#nav-policy");
        assertThat(robot.lookup("#policy-view").tryQuery()).isPresent();
        selectRow(robot, "#policy-table", (Policy p) -> p.name().equals("楼宇经济扶持"));
        waitUntil(() -> robot.lookup("#policy-edit").tryQuery().isPresent());

        robot.clickOn("#policy-edit");
        waitUntil(() -> robot.lookup("#policy-form-benefit").tryQuery().isPresent());
        replaceText(robot, "#policy-form-benefit", "rent subsidy 50%");
        robot.clickOn("#policy-save");

        waitUntil(() -> robot.lookup("#policy-detail-version").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("第 2 版")).orElse(false));
        Policy current = services.policies().library(PolicyFilter.ALL).stream()
                .filter(p -> p.name().equals("楼宇经济扶持")).findFirst().orElseThrow();
        assertThat(current.versionNo()).isEqualTo(2);
        assertThat(current.content().benefitSummary()).isEqualTo("rent subsidy 50%");
        assertThat(services.policies().versions(current.policyKey())).hasSize(2);
    }

    @Test
    void theTalentAreaOpensFromTheNavigationAndSavesAnEditedTitle(FxRobot robot) throws Exception {
        robot.clickOn("#nav-talent");
        assertThat(robot.lookup("#talent-view").tryQuery()).isPresent();
        selectRow(robot, "#talent-table", (Talent t) -> t.name().equals("Zhang Wei"));
        waitUntil(() -> robot.lookup("#talent-edit").tryQuery().isPresent());

        robot.clickOn("#talent-edit");
        waitUntil(() -> robot.lookup("#talent-form-title").tryQuery().isPresent());
        replaceText(robot, "#talent-form-title", "Chief Scientist");
        robot.clickOn("#talent-save");

        waitUntil(() -> robot.lookup("#talent-detail-name").tryQuery().isPresent());
        Talent saved = services.talent().list(TalentFilter.ALL).rows().get(0);
        assertThat(saved.title()).isEqualTo("Chief Scientist");
        assertThat(saved.version()).isEqualTo(1);
    }

    @Test
    void noneOfTheThreeAreasIsAPlaceholder(FxRobot robot) {
        for (String area : new String[] {"carrier", "policy", "talent"}) {
            robot.clickOn("#nav-" + area);
            WaitForAsyncUtils.waitForFxEvents();
            Node placeholder = robot.lookup("#placeholder").tryQuery().orElse(null);
            assertThat(placeholder == null || !placeholder.isVisible() || placeholder.getScene() == null)
                    .as(area + " shows its own view").isTrue();
            assertThat(robot.lookup("#" + area + "-view").tryQuery()).isPresent();
        }
    }
}
