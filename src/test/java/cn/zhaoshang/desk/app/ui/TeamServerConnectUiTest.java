package cn.zhaoshang.desk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first start of the desktop app on a new computer: the user chooses "team server", types its
 * address, and the main window opens on it, the status bar naming the server. The address and user
 * are remembered; the password is not.
 */
class TeamServerConnectUiTest {
    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theFirstStartConnectsToATeamServerChosenInTheConnectionDialog() throws Exception {
        DatabaseConfig server = TestDatabases.freshPostgres();
        try (Services setUp = TestDatabases.open(server, dir.resolve("setup"))) {
            setUp.demoData().generate(20, 1, Progress.NONE);
        }
        Path data = dir.resolve("laptop");
        FxToolkit.registerPrimaryStage();
        CompletableFuture<Application> started = CompletableFuture.supplyAsync(() -> {
            try {
                return FxToolkit.setupApplication(DeskApplication.class, "--data-dir", data.toString(), "--user", "admin");
            } catch (TimeoutException e) {
                throw new IllegalStateException(e);
            }
        });

        waitUntilShown("#connection-server");
        robot.clickOn("#connection-server");
        robot.interact(() -> {
            robot.lookup("#connection-url").queryAs(TextField.class).setText(server.url());
            robot.lookup("#connection-user").queryAs(TextField.class).setText(server.user());
        });
        robot.clickOn("#connection-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("连接成功。").tryQuery().isPresent());
        snapshot(robot.lookup("#connection-server").query(), "teamserver.snapshot");
        clickOk();
        app = started.get(30, TimeUnit.SECONDS);

        waitUntilShown("#signin-user");
        clickOk();
        waitUntilShown("#status-location");

        assertThat(robot.lookup("#status-location").queryAs(Label.class).getText()).contains(server.url());
        assertThat(robot.lookup("#offline-banner").queryAs(Label.class).isVisible()).isFalse();
        String settings = Files.readString(data.resolve("settings.properties"));
        assertThat(settings).contains("db.mode=server").contains("db.user=" + server.user());
        assertThat(Files.exists(data.resolve("zhaoshang.mv.db"))).as("no local database made").isFalse();

        TestDatabases.cutOff(server, true);
        Label banner = robot.lookup("#offline-banner").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, banner::isVisible);
        snapshot(banner, "teamserver.offlineSnapshot");
        TestDatabases.cutOff(server, false);
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !banner.isVisible());
    }

    /** To look at a window: -Dteamserver.snapshot=/tmp/dialog.png (and -Dteamserver.offlineSnapshot=…). */
    private void snapshot(Node inWindow, String property) {
        if (System.getProperty(property) == null) {
            return;
        }
        robot.interact(() -> {
            try {
                Snapshots.save((Stage) inWindow.getScene().getWindow(), Path.of(System.getProperty(property)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void waitUntilShown(String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickOk() {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Node ok = pane.lookupButton(ButtonType.OK);
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
