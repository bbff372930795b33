package cn.zhaoshang.desk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.ScreenFit;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.settings.ui.Themes;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * The whole app on the most common government laptop: 1366×768 with a 40 px task bar, so 1366×728 visible,
 * and every window framed by a window manager ({@link ScreenFit#FRAME}). Every area, every tab in it and
 * every dialog must fit, show its buttons and cut no label.
 */
@ExtendWith(ApplicationExtension.class)
class FitsTheScreenUiTest {
    static final String LAPTOP = "1366x728";
    @TempDir
    static Path dir;
    private static Services services;
    private DeskShell shell;
    private Stage stage;

    @BeforeAll
    static void laptopScreenAndDemoData() {
        System.setProperty(ScreenFit.SCREEN_PROPERTY, LAPTOP);
        services = TestDatabases.open(Engine.H2, dir);
        services.demoData().generate(60, 3, Progress.NONE);
        services.demoPlaces(3, 40);
    }

    @AfterAll
    static void close() {
        System.clearProperty(ScreenFit.SCREEN_PROPERTY);
        services.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services.users().signInByName("admin");
        String font = Fonts.loadBundled();
        Themes.apply("light");
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        LocalSettings settings = new LocalSettings(dir);
        FxDialogService dialogs = new FxDialogService(services.messages(), tasks);
        dialogs.setOwner(stage);
        UiKit kit = new UiKit(services.messages(), dialogs, tasks, settings);
        shell = new DeskShell(services, kit, ShellActions.NONE);
        var content = WindowBounds.contentSize(stage, settings);
        WindowBounds.restore(stage, settings, content);
        Scene scene = new Scene(shell.root(), content.getWidth(), content.getHeight());
        scene.getStylesheets().add(DeskApplication.class.getResource("/css/desk.css").toExternalForm());
        scene.getRoot().setStyle(font);
        stage.setScene(scene);
        // TestFX hands every test class the same stage: drop a size an earlier class gave it.
        stage.setMaximized(false);
        stage.sizeToScene();
        ScreenFit.install(stage, settings);
        stage.show();
    }

    @Test
    void everyAreaAndEveryTabFitsTheLaptopScreen(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (String area : Navigation.AREAS) {
            robot.clickOn("#nav-" + area);
            settle();
            problems.addAll(FitCheck.problems(area, stage));
            for (TabPane tabs : robot.lookup("#content .tab-pane").queryAllAs(TabPane.class)) {
                for (Tab tab : new ArrayList<>(tabs.getTabs())) {
                    robot.interact(() -> tabs.getSelectionModel().select(tab));
                    settle();
                    problems.addAll(FitCheck.problems(area + " › " + tab.getText(), stage));
                }
                robot.interact(() -> tabs.getSelectionModel().select(0));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDialogFitsShowsItsButtonsAndCutsNoLabel(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        record Opener(String area, String... clicks) { }
        List<Opener> openers = List.of(
                new Opener("company", "#company-new"),
                new Opener("company", "#company-duplicates"),
                new Opener("project", "#project-new"),
                new Opener("project", "#project-deadlines"),
                new Opener("project", "2x .board-card"),
                new Opener("dashboard", "#dashboard-tile-signed"),
                new Opener("task", "#task-new"),
                new Opener("team", "#team-add"),
                new Opener("team", "#team-add-person"),
                new Opener("team", "#team-add-unit"),
                new Opener("carrier", "#carrier-new"),
                new Opener("policy", "#policy-new"),
                new Opener("talent", "#talent-new"),
                new Opener("dashboard", "#dashboard-targets-open"),
                new Opener("exchange", "#exchange-new-import"),
                new Opener("chain", "#chain-menu", "#chain-new"),
                new Opener("settings", "#settings-users-add"));
        for (Opener opener : openers) {
            robot.clickOn("#nav-" + opener.area());
            settle();
            Set<Window> before = new HashSet<>(Window.getWindows());
            String where = opener.area() + " " + String.join(" ", opener.clicks());
            try {
                for (String click : opener.clicks()) {
                    String query = click.startsWith("2x ") ? click.substring(3) : click;
                    // Areas fill themselves in the background: wait for what is to be clicked.
                    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
                    robot.interact(() -> scrollIntoView(robot.lookup(query).query())); // as a person scrolls to it
                    if (click.startsWith("2x ")) {
                        robot.doubleClickOn(click.substring(3));
                    } else {
                        robot.clickOn(click);
                    }
                    settle();
                }
            } catch (RuntimeException | TimeoutException e) {
                problems.add(where + ": could not open (" + e.getMessage() + ")");
                continue;
            }
            List<Window> opened = Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing())
                    .filter(w -> w instanceof Stage).toList();
            if (opened.isEmpty()) {
                // Some openers show their form in the area itself: that must fit too.
                problems.addAll(FitCheck.problems(where + " (in place)", stage));
                continue;
            }
            for (Window window : opened) {
                problems.addAll(FitCheck.problems(where, window));
                problems.addAll(buttonsShown(where, window));
                closeDialog(robot, window);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Scrolls the nearest scroll pane around {@code node} so that the node is in its viewport. */
    private static void scrollIntoView(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane pane && pane.getContent() != null) {
                double contentHeight = pane.getContent().getLayoutBounds().getHeight();
                double viewport = pane.getViewportBounds().getHeight();
                if (contentHeight > viewport) {
                    double y = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMaxY();
                    pane.setVvalue(Math.min(1, Math.max(0, (y - viewport) / (contentHeight - viewport))));
                    pane.layout();
                }
                return;
            }
        }
    }

    /** A dialog's own buttons (OK, Cancel, Close…) are there and inside it. */
    private static List<String> buttonsShown(String where, Window window) {
        List<String> problems = new ArrayList<>();
        Node root = window.getScene().getRoot();
        DialogPane pane = root instanceof DialogPane p ? p : (DialogPane) root.lookup(".dialog-pane");
        if (pane != null && pane.getButtonTypes().isEmpty()) {
            problems.add(where + ": the dialog has no button to close it");
        }
        return problems;
    }

    private static void closeDialog(FxRobot robot, Window window) {
        robot.interact(() -> {
            Node root = window.getScene().getRoot();
            Node pane = root.lookup(".dialog-pane");
            if (pane instanceof DialogPane dialogPane) {
                for (var type : dialogPane.getButtonTypes()) {
                    if (type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE && dialogPane.lookupButton(type) instanceof Button b) {
                        b.fire();
                        return;
                    }
                }
            }
            window.hide();
        });
        settle();
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(60, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
