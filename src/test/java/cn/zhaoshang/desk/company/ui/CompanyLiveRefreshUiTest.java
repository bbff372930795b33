package cn.zhaoshang.desk.company.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.LiveRefresh;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyRow;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportRequest;
import cn.zhaoshang.desk.testing.OnFx;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Someone else changes a company while the list is open: the list shows it without the user doing
 * anything, and the selected company, the scroll position and what the user is typing stay.
 */
@ExtendWith(ApplicationExtension.class)
class CompanyLiveRefreshUiTest {
    @TempDir
    Path dir;
    private Services alice;
    private Services bob;

    @Start
    void start(Stage stage) {
        DatabaseConfig shared = TestDatabases.config(Engine.H2);   // one in-memory database, two pools
        alice = TestDatabases.open(shared, dir.resolve("alice"));
        alice.demoData().generate(120, 5, Progress.NONE);
        bob = TestDatabases.open(shared, dir.resolve("bob"));
        LiveRefresh live = new LiveRefresh();
        alice.changeStream().subscribe(batch -> batch.tables().forEach(live::changed));
        alice.changes().poll();
        FxTaskRunner tasks = new FxTaskRunner(alice.messages());
        UiKit kit = new UiKit(alice.messages(), new FxDialogService(alice.messages(), tasks), tasks,
                new LocalSettings(dir), live);
        Scene scene = new Scene((Parent) new CompanyView(kit, alice.companies(), alice.session()).root(), 1280, 800);
        scene.getRoot().setStyle(Fonts.loadBundled());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        bob.close();
        alice.close();
    }

    @Test
    void aChangeByAnotherClientShowsInTheListAndTheUserKeepsTheirPlaceAndTheirTyping(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<CompanyRow> table = robot.lookup("#company-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() >= 100);
        robot.interact(() -> {
            table.getSelectionModel().select(60);
            table.scrollTo(55);
        });
        UUID selected = table.getSelectionModel().getSelectedItem().id();
        TextField address = robot.lookup("#company-address").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !address.isDisabled() && address.getScene() != null);
        robot.interact(() -> address.setText("中原区建设西路 187 号（未保存）"));

        CompanyRow theirs = OnFx.read(() -> table.getItems().get(62));
        Company stored = bob.companies().get(theirs.id());
        PursuitStatus other = stored.data().pursuitStatus() == PursuitStatus.PAUSED ? PursuitStatus.LANDED : PursuitStatus.PAUSED;
        bob.companies().update(stored.id(), stored.version(), stored.data().toBuilder().pursuitStatus(other).build());
        alice.changes().poll();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, OnFx.condition(() -> table.getItems().stream()
                .anyMatch(r -> r.id().equals(theirs.id()) && r.status() == other)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(selected);
        assertThat(address.getText()).isEqualTo("中原区建设西路 187 号（未保存）");
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void anImportOnThisComputerShowsInTheOpenListWithoutAReload(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<CompanyRow> table = robot.lookup("#company-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() >= 100);
        Path csv = dir.resolve("新名单.csv");
        Files.writeString(csv, "企业名称\n一号导入测试有限公司\n", StandardCharsets.UTF_8);

        alice.imports().run(new ImportRequest(csv, ImportEntity.COMPANIES,
                null, DuplicatePolicy.SKIP, alice.messages()), Progress.NONE);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, OnFx.condition(() -> table.getItems().stream()
                .anyMatch(r -> r.name().equals("一号导入测试有限公司"))));
    }
}
