package cn.zhaoshang.desk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.dashboard.ui.DashboardView;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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

/** Opens the dashboard on the fixed dataset, reads a tile and drills into figures. */
@ExtendWith(ApplicationExtension.class)
class DashboardUiTest {
    @TempDir
    static Path dir;
    private static Services services;
    private DashboardView view;

    @Start
    void start(Stage stage) {
        if (services == null) {
            services = TestDatabases.open(Engine.H2, dir);
            new DashboardFixture(services);
        }
        String font = Fonts.loadBundled();
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        UiKit kit = new UiKit(services.messages(), new FxDialogService(services.messages(), tasks), tasks, new LocalSettings(dir));
        view = new DashboardView(kit, services.dashboard(), services.targets(), () -> null);
        Scene scene = new Scene((Parent) view.root(), 1280, 900);
        scene.getRoot().setStyle(font);
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private void waitLoaded(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-tile-signed-value").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tilesShowTheYearsFiguresAndATileOpensTheProjectsBehindIt(FxRobot robot) throws Exception {
        waitLoaded(robot);
        assertThat(robot.lookup("#dashboard-tile-signed-value").queryAs(Label.class).getText()).isEqualTo("3");
        assertThat(robot.lookup("#dashboard-tile-fulfil-value").queryAs(Label.class).getText()).isEqualTo("66.7%");
        assertThat(robot.lookup("#dashboard-tile-amount-value").queryAs(Label.class).getText()).isEqualTo("3,500 万元");
        assertThat(robot.lookup("#dashboard-tile-overdue-value").queryAs(Label.class).getText()).isEqualTo("2");
        robot.clickOn("#dashboard-tile-signed");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-drill-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#dashboard-drill-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(r -> ((DrillRow) r).name())
                .containsExactly("星河研发中心", "海川新材料基地", "星河华中总部");
    }

    @Test
    void aProgressCellOpensThatPeriodsListAndTheTeamPickerNarrowsTheFigures(FxRobot robot) throws Exception {
        waitLoaded(robot);
        assertThat(robot.lookup("#dashboard-progress-quarter-signed_projects").queryAs(Label.class).getText()).isEqualTo("2");
        robot.clickOn("#dashboard-progress-quarter-signed_projects");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-drill-table").tryQuery().isPresent());
        assertThat(robot.lookup("#dashboard-drill-table").queryAs(TableView.class).getItems()).hasSize(2);
        robot.interact(() -> robot.lookup("#dashboard-drill-table").queryAs(TableView.class).getScene().getWindow().hide());

        UUID beijing = services.dashboard().teams().entrySet().stream()
                .filter(e -> e.getValue().startsWith("北京")).findFirst().orElseThrow().getKey();
        robot.interact(() -> view.model().selectTeam(beijing));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                "2".equals(robot.lookup("#dashboard-tile-signed-value").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#dashboard-tile-fulfil-value").queryAs(Label.class).getText()).isEqualTo("50.0%");
    }

    @Test
    void theDashboardExportsAsPng(FxRobot robot) throws Exception {
        waitLoaded(robot);
        Path png = dir.resolve("dashboard.png");
        robot.interact(() -> {
            try {
                view.exportPng(png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(Files.size(png)).isGreaterThan(10_000);
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(800);
    }

    @Test
    void theVisitsTileListsTheYearsVisitsWithTheirKindInChinese(FxRobot robot) throws Exception {
        waitLoaded(robot);
        // 2026: 06-02, 05-03 and 03-03 (the correction of 06-03 and the 2025 visit are not counted)
        assertThat(robot.lookup("#dashboard-tile-visits-value").queryAs(Label.class).getText()).isEqualTo("3");
        robot.clickOn("#dashboard-tile-visits");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-drill-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#dashboard-drill-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(r -> ((DrillRow) r).date().toString())
                .containsExactly("2026-06-02", "2026-05-03", "2026-03-03");
        assertThat(table.getColumns().get(3).getCellData(0)).isEqualTo("外出拜访");
        robot.interact(() -> table.getScene().getWindow().hide());
    }

    @Test
    void theOverdueTileBringsTheOverdueListIntoView(FxRobot robot) throws Exception {
        waitLoaded(robot);
        robot.clickOn("#dashboard-tile-overdue");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> overdue = robot.lookup("#dashboard-overdue").queryAs(TableView.class);
        assertThat(overdue.getItems()).extracting(r -> ((OverdueItem) r).title()).containsExactly("督办：星河注册", "督办：海川开工");
        Bounds onScreen = overdue.localToScene(overdue.getBoundsInLocal());
        assertThat(onScreen.getMinY()).as("scrolled into the window").isBetween(0.0, overdue.getScene().getHeight());
    }

    @Test
    void aUnitsRankingRowOpensTheProjectsItSigned(FxRobot robot) throws Exception {
        waitLoaded(robot);
        TableView<?> units = robot.lookup("#dashboard-unit-ranking").queryAs(TableView.class);
        // 区工信局 leads the unit board (150.0, see DashboardServiceTest)
        assertThat(((RankingRow) units.getItems().getFirst()).ownerName()).isEqualTo("区工信局");
        robot.interact(() -> reveal(units));
        robot.doubleClickOn(robot.lookup("#dashboard-unit-ranking .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-drill-table").tryQuery().isPresent());
        assertThat(robot.lookup("#dashboard-drill-table").queryAs(TableView.class).getItems()).extracting(r -> ((DrillRow) r).name())
                .containsExactly("星河研发中心", "星河华中总部");
        robot.interact(() -> robot.lookup("#dashboard-drill-table").queryAs(TableView.class).getScene().getWindow().hide());
    }

    @Test
    void targetsAreSetInTheDialogWithAnEditedQuarterAndTheProgressReadsAgainstThem(FxRobot robot) throws Exception {
        waitLoaded(robot);
        robot.clickOn("#dashboard-targets-open");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-target-signed_projects-q2").tryQuery().isPresent());
        UUID beijing = services.dashboard().teams().entrySet().stream()
                .filter(e -> e.getValue().startsWith("北京")).findFirst().orElseThrow().getKey();
        robot.interact(() -> robot.lookup("#dashboard-target-owner").queryComboBox().setValue(beijing));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dashboard-target-signed_projects-year").write("8");
        robot.clickOn("#dashboard-target-signed_projects-q2").write("4");
        assertThat(robot.lookup("#dashboard-target-mismatch").queryAs(Label.class).getText())
                .as("quarters 2+4+2+2 = 10 against 8").isEqualTo("四个季度合计 10，与年度目标 8 不一致。");
        robot.clickOn("#dashboard-target-apply");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !services.targets().targets(2026, OwnerKind.TEAM).isEmpty());
        List<TargetLine> lines = services.targets().targets(2026, OwnerKind.TEAM);
        assertThat(lines).hasSize(17).allMatch(l -> l.ownerId().equals(beijing));
        assertThat(lines.stream().filter(l -> l.periodKind() == PeriodKind.QUARTER && l.periodNo() == 2).findFirst().orElseThrow()
                .amount()).isEqualByComparingTo("4");
        assertThat(lines.stream().filter(l -> l.periodKind() == PeriodKind.MONTH && l.periodNo() == 6).findFirst().orElseThrow()
                .amount()).as("June: a third of Q2").isEqualByComparingTo("1.3334");
        robot.type(KeyCode.ESCAPE);
        // the whole district's quarter now reads 2 signed of a target of 4
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                robot.lookup("#dashboard-progress-quarter-signed_projects").queryAs(Label.class).getText().startsWith("2 / 4"));
        // the test changes shared data: put it back for the other tests
        // ... through the change log, as every write does, so the dashboard's kept figures see it (decision 0097).
        var target = Tables.TARGET;
        services.database().transaction(() -> {
            List<UUID> ids = services.database().dsl().deleteFrom(target).returning(target.ID).fetch(target.ID);
            services.database().recordChange(target.getName(), ChangeKind.DELETE, ids);
        });
    }

    @Test
    void theDrillDownShowsItsAmountsWithoutScrollingSideways(FxRobot robot) throws Exception {
        waitLoaded(robot);
        robot.clickOn("#dashboard-tile-signed");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-drill-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#dashboard-drill-table").queryAs(TableView.class);
        // Even squeezed to 600 px (a small remembered size) every column fits: no sideways scroll bar.
        robot.interact(() -> table.getScene().getWindow().setWidth(600));
        WaitForAsyncUtils.waitForFxEvents();
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).isLessThanOrEqualTo(table.getWidth());
        assertThat(table.getColumns().get(2).getText()).isEqualTo("金额");
        assertThat(table.getColumns().get(2).getWidth()).isGreaterThanOrEqualTo(96);
        robot.interact(() -> table.getScene().getWindow().hide());
    }

    @Test
    void theTeamBoardShowsItsFirstRowBelowTheHeaderAndTheWheelScrollsTheTableUnderIt(FxRobot robot) throws Exception {
        waitLoaded(robot);
        TableView<?> teams = robot.lookup("#dashboard-team-ranking").queryAs(TableView.class);
        robot.interact(() -> reveal(teams));
        WaitForAsyncUtils.waitForFxEvents();
        Node header = teams.lookup(".column-header-background");
        Node first = robot.lookup("#dashboard-team-ranking .table-row-cell").nth(0).query();
        double headerBottom = header.localToScene(header.getBoundsInLocal()).getMaxY();
        assertThat(first.localToScene(first.getBoundsInLocal()).getMinY()).as("first row below the header")
                .isGreaterThanOrEqualTo(headerBottom - 0.5);
        assertThat(teams.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.VERTICAL).noneMatch(Node::isVisible))
                .as("all the teams shown, nothing to scroll").isTrue();

        // A table taller than its rows shown: the wheel moves it, not the page, until its end.
        TableView<?> units = robot.lookup("#dashboard-unit-ranking").queryAs(TableView.class);
        robot.interact(() -> {
            units.setPrefHeight(90);
            reveal(units);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane page = (ScrollPane) robot.lookup(".scroll-pane").queryAll()
                .stream().filter(n -> n.getParent() != null && n.lookup("#dashboard-unit-ranking") != null
                        && n instanceof ScrollPane).reduce((a, b) -> b).orElseThrow();
        double pageBefore = page.getVvalue();
        robot.moveTo(units).scroll(1, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollBar bar = (ScrollBar) units.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL)
                .findFirst().orElseThrow();
        assertThat(bar.getValue()).as("the table moved").isGreaterThan(bar.getMin());
        assertThat(page.getVvalue()).as("the page stayed").isEqualTo(pageBefore);
    }

    /** Scrolls the dashboard so that the node is on screen (the page is taller than the window). */
    private static void reveal(Node node) {
        Node p = node;
        while (!(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        ScrollPane scroll = (ScrollPane) p;
        double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
        double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
        scroll.setVvalue(Math.min(1, y / Math.max(1, contentHeight - scroll.getViewportBounds().getHeight())));
        scroll.layout();
    }
}
