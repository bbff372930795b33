package cn.zhaoshang.desk.company.ui;

import static cn.zhaoshang.desk.company.CompanyFixtures.uscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.app.ui.DeskShell;
import cn.zhaoshang.desk.app.ui.ShellActions;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyRow;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.company.DuplicateGroup;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/**
 * The recruiter's flow through the real screen: create a company with a contact and a visit, find
 * it again, edit it, get warned of a duplicate, and merge the two.
 */
@ExtendWith(ApplicationExtension.class)
class CompanyUiTest {
    private static final String NAME = "华润新能源科技有限公司";
    private static final String TWIN = "华润新能源科技（北京）有限公司";

    @TempDir
    static Path dir;
    private static Services services;

    @Start
    void start(Stage stage) {
        if (services == null) {
            services = TestDatabases.open(Engine.H2, dir);
            services.demoData().generate(40, 11, Progress.NONE);
            services.search().rebuild(Progress.NONE); // as the app does in the background once it has opened
        }
        // A manager (局领导): the walk ends with merging duplicates, which recruiters may not do.
        services.users().list().stream().filter(u -> u.role() == Role.MANAGER).findFirst()
                .ifPresent(services.users()::signIn);
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        FxDialogService dialogs = new FxDialogService(services.messages(), tasks);
        dialogs.setOwner(stage);
        UiKit kit = new UiKit(services.messages(), dialogs, tasks, new LocalSettings(dir));
        DeskShell shell = new DeskShell(services, kit, ShellActions.NONE);
        shell.show("company");
        Scene scene = new Scene(shell.root(), 1280, 800);
        scene.getRoot().setStyle(Fonts.loadBundled());
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(text);
    }

    /** Clicks OK in the confirmation that is showing. */
    private static void confirm(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(n -> n.isVisible() && ((DialogPane) n).lookupButton(ButtonType.OK) != null
                        && ((DialogPane) n).getScene().getWindow().isShowing()));
        DialogPane pane = robot.lookup(".dialog-pane").queryAll().stream().map(DialogPane.class::cast)
                .filter(p -> p.lookupButton(ButtonType.OK) != null && p.getScene().getWindow().isShowing())
                .reduce((a, b) -> b).orElseThrow();
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Company stored(String name) {
        return services.companies().search(name, CompanyFilter.NONE, 5).stream().filter(r -> r.name().equals(name))
                .findFirst().flatMap(r -> services.companies().find(r.id())).orElse(null);
    }

    @Test
    void createFindEditDetectADuplicateAndMerge(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<CompanyRow> table = robot.lookup("#company-table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());

        // Create
        robot.clickOn("#company-new");
        type(robot, "#company-name", NAME);
        type(robot, "#company-uscc", uscc(901).substring(0, 17) + "I");
        assertThat(robot.lookup("#company-uscc-error").queryAs(Label.class).getText()).contains("不允许的字符");
        type(robot, "#company-uscc", uscc(901));
        type(robot, "#company-capital", "8000");
        robot.clickOn("#company-save");
        waitUntil(() -> stored(NAME) != null && robot.lookup("#company-title").queryAs(Label.class).getText().equals(NAME));
        Company created = stored(NAME);
        assertThat(created.uscc()).isEqualTo(uscc(901));

        // Contact, refused first for a bad mobile number
        robot.clickOn("#company-tab-contacts").clickOn("#contact-add");
        waitUntil(() -> robot.lookup("#contact-name").tryQuery().isPresent());
        type(robot, "#contact-name", "张伟");
        type(robot, "#contact-mobile", "1380000");
        robot.clickOn("#contact-save");
        assertThat(robot.lookup("#contact-mobile-error").queryAs(Label.class).getText()).contains("手机号格式不正确");
        type(robot, "#contact-mobile", "13800001234");
        robot.clickOn("#contact-consent").write("名片交换，本人同意");
        robot.clickOn("#contact-save");
        @SuppressWarnings("unchecked")
        TableView<Contact> contacts = robot.lookup("#contact-table").queryAs(TableView.class);
        waitUntil(() -> contacts.getItems().size() == 1);
        assertThat(contacts.getItems().get(0).primary()).isTrue();

        // Visit with a next step that becomes a task
        robot.clickOn("#company-tab-visits").clickOn("#visit-add");
        waitUntil(() -> robot.lookup("#visit-summary").tryQuery().isPresent());
        robot.clickOn("#visit-summary").write("首次拜访，介绍载体和产业政策");
        robot.clickOn("#visit-next-step").write("寄送产业政策汇编");
        robot.clickOn("#visit-save");
        ListView<?> timeline = robot.lookup("#visit-timeline").queryAs(ListView.class);
        waitUntil(() -> timeline.getItems().size() == 1 && robot.lookup("#visit-to-task").tryQuery().isPresent());
        robot.clickOn("#visit-to-task");
        waitUntil(() -> robot.lookup("#visit-task-made").tryQuery().isPresent());
        assertThat(services.companies().visits().of(created.id()).get(0).taskId()).isNotNull();

        // Find it: the global search by pinyin initials, then the list's own search by credit code
        type(robot, "#global-search", "hrxny");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).id().equals(created.id()));
        assertThat(robot.lookup("#company-count").queryAs(Label.class).getText()).contains("找到 1 家");
        type(robot, "#company-search", uscc(901));
        waitUntil(() -> robot.lookup("#company-count").queryAs(Label.class).getText().contains(uscc(901))
                && table.getItems().size() == 1);

        // Edit
        robot.clickOn("#company-tab-overview");
        type(robot, "#company-legal-rep", "李红");
        assertThat(robot.lookup("#company-save").queryAs(Button.class).isDisabled()).isFalse();
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> "李红".equals(services.companies().get(created.id()).data().legalRep()));
        waitUntil(() -> robot.lookup("#company-save").queryAs(Button.class).isDisabled());

        // A duplicate is detected while typing; saving asks first
        robot.clickOn("#company-new");
        type(robot, "#company-name", TWIN);
        waitUntil(() -> robot.lookup("#company-duplicate-warning").queryAs(Node.class).isVisible());
        assertThat(robot.lookup("#company-duplicate-link").queryAs(Hyperlink.class).getText())
                .contains(NAME).contains("名称相同");
        robot.clickOn("#company-save");
        confirm(robot);
        waitUntil(() -> stored(TWIN) != null);

        // Merge the twin into the original
        robot.clickOn("#company-duplicates");
        @SuppressWarnings("unchecked")
        ListView<DuplicateGroup> groups = robot.lookup("#duplicate-groups").queryAs(ListView.class);
        waitUntil(() -> groups.getItems().stream().anyMatch(g -> g.normalizedName().equals("华润新能源科技")));
        robot.interact(() -> groups.getSelectionModel().select(groups.getItems().stream()
                .filter(g -> g.normalizedName().equals("华润新能源科技")).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        TableView<DuplicateGroup.Member> members = robot.lookup("#duplicate-members").queryAs(TableView.class);
        int keepIndex = members.getItems().stream().map(DuplicateGroup.Member::id).toList().indexOf(created.id());
        robot.clickOn("#duplicate-keep-" + keepIndex);
        robot.clickOn("#duplicate-merge");
        confirm(robot);
        waitUntil(() -> groups.getItems().stream().noneMatch(g -> g.normalizedName().equals("华润新能源科技")));
        robot.clickOn("#duplicate-close");

        assertThat(stored(TWIN)).isNull();
        assertThat(services.companies().contacts().of(created.id())).extracting(Contact::name).containsExactly("张伟");
        waitUntil(() -> robot.lookup("#company-title").queryAs(Label.class).getText().equals(NAME));
    }
}
