package cn.zhaoshang.desk.company.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.Choice;
import cn.zhaoshang.desk.company.CodeChoice;
import cn.zhaoshang.desk.company.LadderTier;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.exchange.ExportRecord;
import cn.zhaoshang.desk.exchange.ui.ContactExportDialog;
import cn.zhaoshang.desk.testing.OnFx;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
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
 * 导出通讯录 starts from the company list's filter: the pickers show it in words (no typed codes), the
 * parts a contact list cannot select by are named, and the export counts, masks and logs what the
 * pickers say (counted here in SQL, independently of the export's own query).
 */
@ExtendWith(ApplicationExtension.class)
class CompanyContactExportUiTest {
    @TempDir
    static Path dir;
    private static Services services;

    @BeforeAll
    static void data() {
        services = TestDatabases.open(Engine.H2, dir);
        services.demoData().generate(120, 9, Progress.NONE);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        services.users().signInByName("admin");
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        UiKit kit = new UiKit(services.messages(), new FxDialogService(services.messages(), tasks), tasks, new LocalSettings(dir));
        CompanyView view = new CompanyView(kit, services.companies(), services.session()).offerContactExport(
                filter -> ContactExportDialog.show(stage, kit, services.exports(), services.companies(), filter));
        Scene scene = new Scene((Parent) view.root(), 1280, 720);
        scene.getRoot().setStyle(Fonts.loadBundled());
        stage.setScene(scene);
        stage.show();
    }

    private static long sql(String query, Object... args) {
        return ((Number) services.database().dsl().fetchValue(query, args)).longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListsFilterBecomesPickersAndTheExportFollowsThem(FxRobot robot) throws Exception {
        // The team and status with the most contacts, so that the check below counts something.
        var busiest = services.database().dsl().fetchOne("select t.name, c.pursuit_status from contact k"
                + " join company c on c.id = k.company_id join team t on t.id = c.owner_team_id"
                + " where k.deleted_at is null and c.deleted_at is null"
                + " group by t.name, c.pursuit_status order by count(*) desc, t.name limit 1");
        String teamName = busiest.get(0, String.class);
        PursuitStatus status = PursuitStatus.valueOf(busiest.get(1, String.class));

        robot.clickOn("#company-filter-toggle");
        ComboBox<Choice> team = robot.lookup("#filter-team").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, OnFx.condition(() -> team.getItems().stream().anyMatch(
                c -> c != null && teamName.equals(c.name()))));
        robot.interact(() -> {
            team.setValue(team.getItems().stream().filter(c -> c != null && teamName.equals(c.name())).findFirst()
                    .orElseThrow());
            robot.lookup("#filter-status").queryAs(CheckComboBox.class).getCheckModel().check(status);
            robot.lookup("#filter-ladder").queryAs(CheckComboBox.class).getCheckModel().check(LadderTier.GAZELLE);
        });
        robot.clickOn("#company-export").clickOn("按当前筛选导出通讯录…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#export-carried").queryAs(Label.class)
                .getText().isEmpty());
        assertThat(robot.lookup("#export-carried").queryAs(Label.class).getText()).contains("未带入：企业梯队");
        CheckComboBox<Choice> teams = robot.lookup("#export-team").queryAs(CheckComboBox.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !teams.getCheckModel().getCheckedItems().isEmpty());
        assertThat(teams.getCheckModel().getCheckedItems()).extracting(Choice::name).containsExactly(teamName);
        assertThat(robot.lookup("#export-status").queryAs(CheckComboBox.class).getCheckModel().getCheckedItems())
                .containsExactly(status);
        assertThat(robot.lookup(".text-field").queryAllAs(TextField.class)).as("no field asks for a typed code")
                .noneMatch(f -> "65".equals(f.getPromptText()) || "4101".equals(f.getPromptText()));

        // A whole industry section picked by its name counts the contacts of every division in it.
        CheckComboBox<CodeChoice> industry = robot.lookup("#export-industry").queryAs(CheckComboBox.class);
        CodeChoice section = industry.getItems().stream().filter(c -> c.code().equals("I")).findFirst().orElseThrow();
        assertThat(industry.getConverter().toString(section)).startsWith("I 信息传输");
        robot.interact(() -> industry.getCheckModel().check(section));
        robot.clickOn("#export-count");
        long expected = sql("select count(*) from contact k join company c on c.id = k.company_id"
                + " join team t on t.id = c.owner_team_id where k.deleted_at is null and c.deleted_at is null"
                + " and t.name = ? and c.pursuit_status = ? and exists (select 1 from industry i where i.parent_code = 'I'"
                + " and c.industry_code like i.code || '%')", teamName, status.name());
        Label counted = robot.lookup("#export-count-text").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> counted.getText().contains(expected + " 位"));
        } catch (TimeoutException e) {
            assertThat(counted.getText()).as("the count after picking the section").contains(expected + " 位");
        }

        robot.clickOn("#export-file").write(dir.resolve("通讯录").toString());
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#export-message").queryAs(Label.class).getText().isEmpty());
        assertThat(dir.resolve("通讯录.xlsx")).exists();
        List<ExportRecord> log = services.exports().recentExports(5);
        assertThat(log.get(0).masked()).isTrue();
        assertThat(log.get(0).rows()).isEqualTo(expected);
        assertThat(log.get(0).filter()).contains("team=" + teamName).contains("status=" + status.name())
                .contains("industry=6");
    }
}
