package cn.zhaoshang.desk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * First start with demo data: the progress window is gone when the data is in, before the sign-in
 * that follows (it used to stay open over the sign-in dialog until someone pressed Cancel).
 */
@ExtendWith(ApplicationExtension.class)
class DemoDataProgressUiTest {
    @TempDir
    Path dir;
    private Services services;
    private FxTaskRunner tasks;
    private UiKit kit;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = TestDatabases.open(Engine.H2, dir);
        tasks = new FxTaskRunner(services.messages());
        FxDialogService dialogs = new FxDialogService(services.messages(), tasks);
        dialogs.setOwner(stage);
        kit = new UiKit(services.messages(), dialogs, tasks, new LocalSettings(dir));
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.getScene().getRoot().setStyle(Fonts.loadBundled());
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        services.close();
    }

    private static boolean showing(FxRobot robot, String title) {
        return robot.listWindows().stream().filter(Window::isShowing).anyMatch(w -> w instanceof Stage s
                && title.equals(s.getTitle()));
    }

    private static Button button(FxRobot robot, ButtonType type) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getScene() != null && p.getScene().getWindow().isShowing())
                .map(p -> (Button) p.lookupButton(type)).filter(b -> b != null).findFirst().orElseThrow();
    }

    @Test
    void theProgressWindowClosesWhenTheDemoDataIsInBeforeTheSignInOpens(FxRobot robot) throws Exception {
        AtomicBoolean aborted = new AtomicBoolean();
        Platform.runLater(() -> new StartupFlow(services, kit, stage, null, false, admin -> { }).run(() -> { }, () -> aborted.set(true)));
        String demoTitle = services.messages().get("shell.demo.title");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(button(robot, ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing(robot, demoTitle));

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#signin-user").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, demoTitle)).as("the progress window over the sign-in").isFalse();
        assertThat(services.demoData().isEmpty()).isFalse();

        robot.clickOn(button(robot, ButtonType.CANCEL));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, aborted::get);
    }
}
