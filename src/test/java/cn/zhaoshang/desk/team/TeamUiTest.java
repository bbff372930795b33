package cn.zhaoshang.desk.team;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.team.ui.TeamView;
import cn.zhaoshang.desk.testing.OnFx;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Rotation on the team screen: a new person with a home unit joins a team and shows on its roster. */
@ExtendWith(ApplicationExtension.class)
class TeamUiTest {
    @TempDir
    Path dir;
    private Services services;

    @Start
    void start(Stage stage) {
        services = TestDatabases.open(Engine.H2, dir);
        String font = Fonts.loadBundled();
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        UiKit kit = new UiKit(services.messages(), new FxDialogService(services.messages(), tasks), tasks, new LocalSettings(dir));
        Scene scene = new Scene((Parent) new TeamView(kit, services.teams()).root(), 1100, 700);
        scene.getRoot().setStyle(font);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewPersonWithAHomeUnitJoinsTheChosenTeamAndIsOnItsRoster(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#team-list").queryAs(ListView.class).getItems().isEmpty());
        ListView<TeamSummary> teams = robot.lookup("#team-list").queryAs(ListView.class);
        assertThat(teams.getItems()).hasSizeGreaterThanOrEqualTo(4);
        TeamSummary chosen = teams.getSelectionModel().getSelectedItem();

        robot.clickOn("#team-add-person");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#team-person-name").tryQuery().isPresent());
        robot.clickOn("#team-person-name").write("周新");
        robot.interact(() -> {
            ComboBox<UnitRef> unit = robot.lookup("#team-person-unit").queryComboBox();
            unit.setValue(unit.getItems().stream().filter(u -> u.name().equals("区工信局")).findFirst().orElseThrow());
        });
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> services.teams().people().stream().anyMatch(p -> p.name().equals("周新")));

        robot.clickOn("#team-join");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#team-join-person").tryQuery().isPresent());
        robot.interact(() -> {
            ComboBox<PersonRef> person = robot.lookup("#team-join-person").queryComboBox();
            person.setValue(person.getItems().stream().filter(p -> p.name().equals("周新")).findFirst().orElseThrow());
        });
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, OnFx.condition(() ->
                robot.lookup("#team-roster").queryAs(TableView.class).getItems().stream()
                        .anyMatch(m -> ((Membership) m).personName().equals("周新"))));
        Membership joined = (Membership) robot.lookup("#team-roster").queryAs(TableView.class).getItems().stream()
                .filter(m -> ((Membership) m).personName().equals("周新")).findFirst().orElseThrow();
        assertThat(joined.teamId()).isEqualTo(chosen.id());
        assertThat(joined.unitName()).isEqualTo("区工信局");
        assertThat(joined.to()).isNull();
    }
}
