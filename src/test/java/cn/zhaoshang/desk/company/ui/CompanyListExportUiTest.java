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
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyRow;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The company list exports what it shows: every company under the filter (not only loaded pages), or the search's matches. */
@ExtendWith(ApplicationExtension.class)
class CompanyListExportUiTest {
    @TempDir
    static Path dir;
    private static Services services;
    private CompanyView view;

    @BeforeAll
    static void data() {
        services = TestDatabases.open(Engine.H2, dir);
        services.demoData().generate(230, 9, Progress.NONE);
        services.search().rebuild(Progress.NONE);
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
        view = new CompanyView(kit, services.companies(), services.session());
        Scene scene = new Scene((Parent) view.root(), 1280, 720);
        scene.getRoot().setStyle(Fonts.loadBundled());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theWholeFilteredListAndThenTheSearchMatchesAreExportedWithTheShownColumns(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<CompanyRow> table = robot.lookup("#company-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() >= 200);
        Path all = dir.resolve("all.csv");
        robot.interact(() -> view.exportListTo(all));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(all));

        List<String> lines = Files.readAllLines(all);
        assertThat(lines.get(0)).startsWith("\uFEFF企业名称,状态");
        assertThat(lines).hasSize(1 + services.companies().count(CompanyFilter.NONE)).hasSizeGreaterThan(201);

        String name = table.getItems().get(0).name();
        robot.clickOn("#company-search").write(name);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && table.getItems().size() < 50 && table.getItems().get(0).name().equals(name));
        Path found = dir.resolve("found.xlsx");
        robot.interact(() -> view.exportListTo(found));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(found));
        try (var workbook = new ReadableWorkbook(found.toFile())) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + table.getItems().size());
            assertThat(rows.get(1).getCellText(0)).isEqualTo(name);
        }
    }
}
