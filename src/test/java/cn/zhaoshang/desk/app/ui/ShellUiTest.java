package cn.zhaoshang.desk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
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

@ExtendWith(ApplicationExtension.class)
class ShellUiTest {
    @TempDir
    static Path dir;
    private static Services services;
    private DeskShell shell;

    @Start
    void start(Stage stage) {
        if (services == null) {
            services = TestDatabases.open(Engine.H2, dir);
            services.demoData().generate(60, 3, Progress.NONE);
        }
        services.users().signInByName("admin");
        String font = Fonts.loadBundled();
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        UiKit kit = new UiKit(services.messages(), new FxDialogService(services.messages(), tasks), tasks,
                new LocalSettings(dir));
        shell = new DeskShell(services, kit, ShellActions.NONE);
        Scene scene = new Scene(shell.root(), 1280, 800);
        scene.getRoot().setStyle(font);
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void everyNavigationEntryOpensItsArea(FxRobot robot) {
        for (String id : new String[] {"company", "project", "task", "fieldwork", "chain", "team", "carrier", "policy", "talent",
                "dashboard", "exchange", "history", "settings"}) {
            robot.clickOn("#nav-" + id);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shell.currentArea()).isEqualTo(id);
            assertThat(robot.lookup("#nav-" + id).queryAs(ToggleButton.class).isSelected()).isTrue();
        }
        assertThat(robot.lookup("#settings-view").tryQuery()).isPresent();
    }

    @Test
    void navigationIsInChineseAndShortcutsSwitchAreas(FxRobot robot) {
        assertThat(robot.lookup("#nav-company").queryAs(ToggleButton.class).getText()).isEqualTo("企业库");
        assertThat(robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).getText()).isEqualTo("驾驶舱");
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.currentArea()).isEqualTo("project");
    }

    @Test
    void statusBarShowsTheDatabaseAndTheCounts(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#status-counts").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText()).contains("企业 60");
        assertThat(robot.lookup("#current-user").queryAs(Label.class).getText()).contains("管理员");
    }

    @Test
    void theBundledChineseFontIsUsed(FxRobot robot) {
        Label brand = robot.lookup(".desk-brand").queryAs(Label.class);
        assertThat(brand.getFont().getFamily()).isEqualTo(Fonts.FAMILY);
    }
}
