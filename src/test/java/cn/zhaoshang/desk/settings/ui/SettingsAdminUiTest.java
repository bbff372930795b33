package cn.zhaoshang.desk.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.security.User;
import cn.zhaoshang.desk.testing.OnFx;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/** Settings for an administrator: users and roles, the backups folder and restore; nothing of it for others. */
@ExtendWith(ApplicationExtension.class)
class SettingsAdminUiTest {
    @TempDir
    static Path dir;
    private static Services services;
    private Stage stage;

    @BeforeAll
    static void data() {
        // A database in a file: backups are for the embedded file database (a team server's are the server's).
        services = TestDatabases.open(DatabaseConfig.embedded(dir.resolve("db")), dir.resolve("db"));
        services.demoData().generate(20, 3, Progress.NONE);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        show("admin");
    }

    private void show(String user) {
        services.users().signInByName(user);
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        FxDialogService dialogs = new FxDialogService(services.messages(), tasks);
        dialogs.setOwner(stage);
        UiKit kit = new UiKit(services.messages(), dialogs, tasks, new LocalSettings(dir));
        SettingsView view = new SettingsView(kit, services.databaseInfo(), () -> { }, () -> { }, services.users(),
                services.backups(), zip -> { });
        Scene scene = new Scene((Parent) view.root(), 1280, 720);
        scene.getRoot().setStyle(Fonts.loadBundled());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anAdministratorAddsAUserWithARoleAndSeesTheBackupsFolder(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<User> users = robot.lookup("#settings-users").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !users.getItems().isEmpty());
        assertThat(robot.lookup("#settings-backup-folder").queryAs(Label.class).getText())
                .isEqualTo(services.backups().folder().toString());

        robot.clickOn("#settings-users-add");
        robot.clickOn("#user-form-username").write("wangfang");
        robot.clickOn("#user-form-display").write("王芳");
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = robot.lookup("#user-form-role").queryAs(ComboBox.class);
        robot.interact(() -> role.setValue(Role.TEAM_LEAD));
        assertThat(role.getConverter().toString(Role.MANAGER)).startsWith("局领导 — ");
        robot.clickOn("#user-form-password").write("Zhaoshang-2026!");
        robot.clickOn("#user-form-repeat").write("Zhaoshang-2026!");
        robot.clickOn("保存");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.users().findByName("wangfang").isPresent());

        User added = services.users().findByName("wangfang").orElseThrow();
        assertThat(added.role()).isEqualTo(Role.TEAM_LEAD);
        assertThat(added.hasPassword()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                OnFx.condition(() -> users.getItems().stream().anyMatch(u -> u.username().equals("wangfang"))));
    }

    @Test
    void someoneWhoIsNotAnAdministratorSeesNeitherUsersNorBackups(FxRobot robot) {
        String recruiter = services.users().list().stream().filter(u -> u.role() == Role.RECRUITER).findFirst()
                .orElseThrow().username();
        robot.interact(() -> show(recruiter));
        assertThat(robot.lookup("#settings-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#settings-users-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup("#settings-backup-pane").tryQuery()).isEmpty();
    }
}
