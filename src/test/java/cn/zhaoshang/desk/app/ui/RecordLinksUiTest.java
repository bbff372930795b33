package cn.zhaoshang.desk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.text.PinyinText;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.LiveRefresh;
import cn.zhaoshang.desk.common.ui.RecordLinks;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.CompanyLinks;
import cn.zhaoshang.desk.project.ListSort;
import cn.zhaoshang.desk.project.ProjectCard;
import cn.zhaoshang.desk.project.ProjectFilter;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/** Records linked both ways in the real window: company → its projects, project → its company; the search box. */
@ExtendWith(ApplicationExtension.class)
class RecordLinksUiTest {
    @TempDir
    static Path dir;
    private static Services services;
    private static ProjectCard project;
    private DeskShell shell;

    @BeforeAll
    static void data() {
        services = TestDatabases.open(Engine.H2, dir);
        services.demoData().generate(40, 5, Progress.NONE);
        services.search().rebuild(Progress.NONE);
        services.users().signInByName("admin");
        project = services.projects().list(ProjectFilter.ALL, ListSort.NAME, null, 50).rows().stream()
                .filter(p -> p.companyName() != null).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        services.users().signInByName("admin");
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        FxDialogService dialogs = new FxDialogService(services.messages(), tasks);
        dialogs.setOwner(stage);
        UiKit kit = new UiKit(services.messages(), dialogs, tasks, new LocalSettings(dir), new LiveRefresh(),
                new RecordLinks());
        shell = new DeskShell(services, kit, ShellActions.NONE);
        Scene scene = new Scene(shell.root(), 1280, 720);
        scene.getRoot().setStyle(Fonts.loadBundled());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aCompanyListsItsProjectsAndTasksAndTheirLinksOpenThem(FxRobot robot) throws Exception {
        var companyId = services.projects().get(project.id()).companyId();
        CompanyLinks links = services.companyLinks().of(companyId);
        assertThat(links.projects()).extracting(CompanyLinks.Line::id).contains(project.id());

        robot.interact(() -> shell.openRecord(RecordLinks.Kind.COMPANY, companyId));
        robot.clickOn("#company-tab-links");
        String linkId = "#company-links-projects-" + project.id();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(linkId).tryQuery().isPresent());
        assertThat(robot.lookup("#company-links-requests").tryQuery()).isPresent();

        robot.clickOn(linkId);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detail-company").tryQuery().isPresent());
        assertThat(shell.currentArea()).isEqualTo("project");
        Hyperlink investor = robot.lookup("#detail-company").queryAs(Hyperlink.class);
        assertThat(investor.getText()).isEqualTo(project.companyName());

        robot.clickOn(investor);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.currentArea()).isEqualTo("company");
        assertThat(robot.lookup("#company-title").queryAs(Label.class).getText()).isEqualTo(project.companyName());
        assertThat(Window.getWindows().stream().filter(Window::isShowing)).hasSize(1);
    }

    @Test
    void theSearchBoxShowsCompaniesThenProjectsAsYouTypeAndEnterOpensTheFirst(FxRobot robot) throws Exception {
        String name = project.companyName();
        String initials = PinyinText.initials(name).substring(0, 4);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write(initials);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.searchHits().isEmpty());
        assertThat(shell.searchHits()).extracting(GlobalSearch.Hit::title).contains(name);
        assertThat(shell.searchHits().get(0).kind()).isEqualTo(RecordLinks.Kind.COMPANY);

        TextField box = robot.lookup("#global-search").queryAs(TextField.class);
        robot.interact(box::clear);
        robot.clickOn(box).write(project.name().substring(0, 2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.searchHits().stream()
                .anyMatch(h -> h.kind() == RecordLinks.Kind.PROJECT && h.id().equals(project.id())));

        robot.interact(box::clear);
        robot.clickOn(box).write(name);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.searchHits().isEmpty()
                && shell.searchHits().get(0).title().equals(name));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.currentArea()).isEqualTo("company");
        assertThat(box.getText()).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> name.equals(robot.lookup("#company-title").queryAs(Label.class).getText()));

        robot.clickOn(box).write("某某");
        robot.type(KeyCode.ESCAPE);
        assertThat(box.getText()).isEmpty();
    }
}
