package cn.zhaoshang.desk.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.map.MapTestData;
import cn.zhaoshang.desk.map.RegionEntry;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map in a real window: coloured by the figures, a click on a region lists what is there, PNG export. */
@ExtendWith(ApplicationExtension.class)
class MapUiTest {
    @TempDir
    Path dir;
    private Services services;
    private MapView view;

    @Start
    void start(Stage stage) {
        services = TestDatabases.open(Engine.H2, dir);
        MapTestData.fill(services);
        String font = Fonts.loadBundled();
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        UiKit kit = new UiKit(services.messages(), new FxDialogService(services.messages(), tasks), tasks, new LocalSettings(dir));
        view = new MapView(kit, services.map());
        Scene scene = new Scene((Parent) view.root(), 1300, 760);
        scene.getRoot().setStyle(font);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void clickingAProvinceZoomsInAndListsItsCompaniesThenAPrefectureNarrowsTheList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#map-region-410000").tryQuery().isPresent()
                && ((SVGPath) robot.lookup("#map-region-410000").query()).getFill() != MapPane.EMPTY);
        SVGPath henan = robot.lookup("#map-region-410000").query();
        SVGPath tibet = robot.lookup("#map-region-540000").query();
        assertThat((Color) henan.getFill()).as("the most companies: the darkest class").isEqualTo(MapPane.CLASSES.getLast());
        assertThat(tibet.getFill()).as("no companies: grey").isEqualTo(MapPane.EMPTY);
        assertThat(robot.lookup("#map-station-0").tryQuery()).as("teams' stations are marked").isPresent();

        robot.clickOn(henan);
        TableView<RegionEntry> list = robot.lookup("#map-list").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 5);
        assertThat(robot.lookup("#map-region-title").queryAs(Label.class).getText()).isEqualTo("河南省");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#map-region-410100").tryQuery().isPresent());
        assertThat(robot.lookup("#map-region-540000").tryQuery()).as("zoomed into 河南's prefectures").isEmpty();

        robot.clickOn((SVGPath) robot.lookup("#map-region-410100").query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
        assertThat(list.getItems()).extracting(RegionEntry::name, RegionEntry::place).containsExactly(
                org.assertj.core.groups.Tuple.tuple("郑州丙商贸有限公司", "中原区"), org.assertj.core.groups.Tuple.tuple("郑州乙科技有限公司", "金水区"),
                org.assertj.core.groups.Tuple.tuple("郑州甲科技有限公司", "中原区"));
        assertThat(robot.lookup("#map-region-figures").queryAs(Label.class).getText()).contains("目标企业 3 家");

        robot.clickOn("#map-back");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#map-region-540000").tryQuery().isPresent());
        assertThat(list.getItems()).isEmpty();
    }

    @Test
    void regionNamesAreShortenedForTheMapAndValuesFallIntoFiveClasses() {
        assertThat(MapPane.shortName("新疆维吾尔自治区")).isEqualTo("新疆");
        assertThat(MapPane.shortName("宁夏回族自治区")).isEqualTo("宁夏");
        assertThat(MapPane.shortName("内蒙古自治区")).isEqualTo("内蒙古");
        assertThat(MapPane.shortName("黔东南苗族侗族自治州")).isEqualTo("黔东南");
        assertThat(MapPane.shortName("香港特别行政区")).isEqualTo("香港");
        assertThat(MapPane.shortName("郑州市")).isEqualTo("郑州");
        assertThat(MapPane.colourClass(0, 100)).isEqualTo(-1);
        assertThat(MapPane.colourClass(1, 100)).isZero();
        assertThat(MapPane.colourClass(36, 100)).isEqualTo(3);
        assertThat(MapPane.colourClass(100, 100)).isEqualTo(4);
    }

    @Test
    void theMapExportsAsAPngForSlides(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#map-region-410000").tryQuery().isPresent());
        Path png = dir.resolve("地图.png");
        Path[] written = {null};
        robot.interact(() -> view.export(png, p -> written[0] = p));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> written[0] != null);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).as("wide enough for a slide").isGreaterThanOrEqualTo(2400);
    }
}
