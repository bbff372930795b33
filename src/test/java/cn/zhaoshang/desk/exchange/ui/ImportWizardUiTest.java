package cn.zhaoshang.desk.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.ImportRun;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * Walks the import wizard once, as a user would (file, mapping, preview, duplicates, run, done), then
 * exports the contact list from the form and finds the export in the managers' export log. One walk
 * in one window: opening a second window took longer than TestFX's setup timeout on a busy machine.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardUiTest {
    @TempDir
    static Path dir;
    private static Services services;
    private static String font;

    @Start
    void start(Stage stage) {
        if (services == null) {
            services = TestDatabases.open(Engine.H2, dir);
        }
        services.session().signIn(null, "boss", "局长", null, "MANAGER");
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        UiKit kit = new UiKit(services.messages(), new DialogService(services.messages(), tasks), tasks,
                new LocalSettings(dir));
        Scene scene = new Scene((javafx.scene.Parent) new ExchangeView(kit, services.imports(), services.exports()).root(), 1200, 760);
        if (font == null) {
            font = Fonts.loadBundled();  // once: loading the CJK font is slow on a busy machine
        }
        scene.getRoot().setStyle(font);
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static String uscc(int n) {
        String first17 = "91410100" + String.format("%09d", n);
        return first17 + Uscc.checkChar(first17);
    }

    /** With -Dexchange.snapshots=DIR the walk leaves a picture of each screen there, to look at. */
    private static void snapshot(FxRobot robot, String name) throws Exception {
        String folder = System.getProperty("exchange.snapshots");
        if (folder == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        var image = robot.capture(robot.targetWindow().getScene().getRoot()).getImage();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                Path.of(folder, name + ".png").toFile());
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    @Test
    void theWizardImportsAFileAndTheExportIsLogged(FxRobot robot) throws Exception {
        Path file = dir.resolve("名单.csv");
        Files.writeString(file, "统一社会信用代码,企业名称,法定代表人,注册资本（万元）\n"
                + uscc(1) + ",甲科技有限公司,张三,100\n" + uscc(2) + ",乙科技有限公司,李四,abc\n"
                + uscc(3) + ",丙科技有限公司,王五,300\n");

        robot.clickOn("#exchange-new-import");
        robot.clickOn("#import-file").write(file.toString());
        snapshot(robot, "1-pick");
        robot.clickOn("#import-next");
        waitFor(robot, "#import-map-0");
        @SuppressWarnings("unchecked")
        ComboBox<ImportField> first = robot.lookup("#import-map-0").queryAs(ComboBox.class);
        assertThat(first.getValue()).isEqualTo(ImportField.COMPANY_USCC);
        assertThat(robot.lookup("#import-mapping-missing").queryAs(Label.class).getText()).isEqualTo("必填字段都已对应。");
        snapshot(robot, "2-map");

        robot.clickOn("#import-next");
        waitFor(robot, "#import-preview");
        assertThat(robot.lookup("#import-preview").queryAs(TableView.class).getItems()).hasSize(3);
        assertThat(robot.lookup("#import-preview-summary").queryAs(Label.class).getText()).contains("有 1 行有问题");
        waitFor(robot, ".import-problem");  // the cell of "abc" as capital is marked once the table has laid out
        snapshot(robot, "3-preview");

        robot.clickOn("#import-next");
        robot.clickOn("#import-policy-UPDATE");
        snapshot(robot, "4-run");
        robot.clickOn("#import-run");
        waitFor(robot, "#import-result");
        assertThat(robot.lookup("#import-result").queryAs(Label.class).getText()).isEqualTo("导入 2 条，更新 0 条，跳过 0 条，拒绝 1 条");
        assertThat(robot.lookup("#import-result-rejected").queryAs(Label.class).getText()).contains("名单.csv.rejected.csv");
        snapshot(robot, "5-result");

        robot.clickOn("#import-done");
        waitFor(robot, "#exchange-import-runs");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> !robot.lookup("#exchange-import-runs").queryAs(TableView.class).getItems().isEmpty());
        ImportRun run = (ImportRun) robot.lookup("#exchange-import-runs").queryAs(TableView.class).getItems().get(0);
        assertThat(run.imported()).isEqualTo(2);
        assertThat(services.database().dsl().fetchValue(
                "select count(*) from company where name in ('甲科技有限公司', '丙科技有限公司')")).isEqualTo(2L);
        snapshot(robot, "6-runs");

        // Then the contact list of what came in, and the export log that records it.
        services.imports().run(new cn.zhaoshang.desk.exchange.ImportRequest(
                java.nio.file.Files.writeString(dir.resolve("c.csv"), "信用代码,企业名称,联系人,手机\n" + uscc(7)
                        + ",丁科技有限公司,赵敏,13812345678\n"), cn.zhaoshang.desk.exchange.ImportEntity.COMPANIES, null,
                cn.zhaoshang.desk.exchange.DuplicatePolicy.SKIP, services.messages()),
                cn.zhaoshang.desk.common.background.Progress.NONE);
        robot.clickOn("#exchange-tab-export");
        robot.clickOn("#export-name").write("丁科技");
        robot.clickOn("#export-count");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> robot.lookup("#export-count-text").queryAs(Label.class).getText().contains("1 位"));
        robot.clickOn("#export-file").write(dir.resolve("通讯录").toString());
        snapshot(robot, "7-export");
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> !robot.lookup("#export-message").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText()).contains("已导出 1 位联系人").contains("已隐藏");
        assertThat(dir.resolve("通讯录.xlsx")).exists();

        robot.clickOn("#exchange-tab-log");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> !robot.lookup("#exchange-export-log").queryAs(TableView.class).getItems().isEmpty());
        cn.zhaoshang.desk.exchange.ExportRecord logged = (cn.zhaoshang.desk.exchange.ExportRecord)
                robot.lookup("#exchange-export-log").queryAs(TableView.class).getItems().get(0);
        assertThat(logged.userName()).isEqualTo("boss");
        assertThat(logged.masked()).isTrue();
        assertThat(logged.filter()).isEqualTo("name=丁科技");
        snapshot(robot, "8-log");
    }
}
