package cn.zhaoshang.desk.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import cn.zhaoshang.desk.exchange.ExportRecord;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.ImportRequest;
import cn.zhaoshang.desk.exchange.ImportRun;
import cn.zhaoshang.desk.testing.OnFx;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
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
        UiKit kit = new UiKit(services.messages(), new FxDialogService(services.messages(), tasks), tasks,
                new LocalSettings(dir));
        Scene scene = new Scene((Parent) new ExchangeView(kit, services.imports(), services.exports(), services.companies()).root(), 1200, 760);
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
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                Path.of(folder, name + ".png").toFile());
    }

    /** Waits until a cell of that style shows that text (cells are recycled while the table lays out). */
    private static void waitForCell(FxRobot robot, String style, String text) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup(style).queryAll().stream()
                .anyMatch(n -> n instanceof TableCell<?, ?> c && text.equals(c.getText())));
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    /**
     * Clicks once the node is on a shown scene. The wizard swaps its pages when the run ends, and on a loaded
     * machine a click looked up the result page's button just as it was being replaced (a node without a scene).
     */
    private static void clickWhenShown(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, OnFx.condition(() -> robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                        && n.isVisible())
                .orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
    }

    @Test
    void theWizardImportsAFileAndTheExportIsLogged(FxRobot robot) throws Exception {
        Path file = dir.resolve("名单.csv");
        String wrongCheck = uscc(2).substring(0, 17) + (uscc(2).endsWith("0") ? "1" : "0");
        Files.writeString(file, "重点企业名单（2026年6月）,,,\n统一社会信用代码,企业名称,法定代表人,注册资本(元)\n"
                + uscc(1) + ",甲科技有限公司,张三,1000000\n" + wrongCheck + ",乙科技有限公司,李四,200\n"
                + uscc(3) + ",丙科技有限公司,王五,约三百万\n合计,,,\n");

        robot.clickOn("#exchange-new-import");
        robot.clickOn("#import-file").write(file.toString());
        snapshot(robot, "1-pick");
        robot.clickOn("#import-next");
        waitFor(robot, "#import-map-0");
        @SuppressWarnings("unchecked")
        ComboBox<ImportField> first = robot.lookup("#import-map-0").queryAs(ComboBox.class);
        assertThat(first.getValue()).isEqualTo(ImportField.COMPANY_USCC);
        assertThat(robot.lookup("#import-mapping-missing").queryAs(Label.class).getText()).isEqualTo("必填字段都已对应。");
        assertThat(robot.lookup("#import-map-note-3").queryAs(Label.class).getText()).as("the unit of 注册资本(元)")
                .isEqualTo("按元读");
        snapshot(robot, "2-map");

        robot.clickOn("#import-next");
        waitFor(robot, "#import-preview");
        assertThat(robot.lookup("#import-preview").queryAs(TableView.class).getItems()).hasSize(4);
        assertThat(robot.lookup("#import-preview-summary").queryAs(Label.class).getText())
                .contains("1 行将被拒绝（红色），1 行有内容未导入（黄色），1 行是合计或说明行");
        assertThat(services.database().dsl().fetchValue("select count(*) from company")).as("nothing written yet")
                .isEqualTo(0L);
        // The cells are marked once the table has laid out: the wrong code red, the unreadable capital amber.
        waitForCell(robot, ".import-problem", wrongCheck);
        waitForCell(robot, ".import-warning", "约三百万");
        waitFor(robot, ".import-skipped");
        snapshot(robot, "3-preview");

        robot.clickOn("#import-next");
        robot.clickOn("#import-policy-UPDATE");
        snapshot(robot, "4-run");
        robot.clickOn("#import-run");
        waitFor(robot, "#import-result");
        assertThat(robot.lookup("#import-result").queryAs(Label.class).getText()).isEqualTo("导入 2 条，更新 0 条，跳过 1 条，拒绝 1 条");
        assertThat(robot.lookup("#import-result-warnings").queryAs(Label.class).getText()).contains("名单.csv.warnings.csv");
        assertThat(robot.lookup("#import-result-rejected").queryAs(Label.class).getText()).contains("名单.csv.rejected.csv");
        snapshot(robot, "5-result");

        clickWhenShown(robot, "#import-done");
        waitFor(robot, "#exchange-import-runs");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> !robot.lookup("#exchange-import-runs").queryAs(TableView.class).getItems().isEmpty());
        ImportRun run = (ImportRun) robot.lookup("#exchange-import-runs").queryAs(TableView.class).getItems().get(0);
        assertThat(run.imported()).isEqualTo(2);
        assertThat(services.database().dsl().fetchValue(
                "select count(*) from company where name in ('甲科技有限公司', '丙科技有限公司')")).isEqualTo(2L);
        assertThat(services.database().dsl().fetchOne("select registered_capital from company where name = '甲科技有限公司'")
                .get(0, BigDecimal.class)).as("1000000 under 注册资本(元)").isEqualByComparingTo("100");
        snapshot(robot, "6-runs");

        // Then the contact list of what came in, and the export log that records it.
        services.imports().run(new ImportRequest(
                Files.writeString(dir.resolve("c.csv"), "信用代码,企业名称,联系人,手机\n" + uscc(7)
                        + ",丁科技有限公司,赵敏,13812345678\n"), ImportEntity.COMPANIES, null,
                DuplicatePolicy.SKIP, services.messages()),
                Progress.NONE);
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
        ExportRecord logged = (ExportRecord)
                robot.lookup("#exchange-export-log").queryAs(TableView.class).getItems().get(0);
        assertThat(logged.userName()).isEqualTo("boss");
        assertThat(logged.masked()).isTrue();
        assertThat(logged.filter()).isEqualTo("name=丁科技");
        snapshot(robot, "8-log");
    }
}
