package cn.zhaoshang.desk.chain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.chain.BigChain;
import cn.zhaoshang.desk.chain.Chain;
import cn.zhaoshang.desk.chain.ChainMap;
import cn.zhaoshang.desk.chain.NodeFigures;
import cn.zhaoshang.desk.chain.NodeStrength;
import cn.zhaoshang.desk.chain.Segment;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.ui.Fonts;
import cn.zhaoshang.desk.common.ui.FxDialogService;
import cn.zhaoshang.desk.common.ui.FxTaskRunner;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
 * The chain screen in a window: the map opens, a click on a node opens its list; a chain of 65 nodes
 * stays readable. Pictures of the screens go to target/chain-shots for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ChainViewUiTest {
    static final Path SHOTS = Path.of("target", "chain-shots");
    @TempDir
    static Path dir;
    private static Services services;
    private ChainView view;
    private Stage stage;
    private UiKit kit;

    /** The data is made before any window: @Start runs on the FX thread, under TestFX's setup timeout. */
    @BeforeAll
    static void data() {
        services = TestDatabases.open(Engine.H2, dir);
        services.demoData().generate(400, 11, Progress.NONE);
        BigChain.create(services);
        services.users().signInByName("admin");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        String font = Fonts.loadBundled();
        FxTaskRunner tasks = new FxTaskRunner(services.messages());
        FxDialogService dialogs = new FxDialogService(services.messages(), tasks);
        kit = new UiKit(services.messages(), dialogs, tasks, new LocalSettings(dir.resolve("ui")));
        view = new ChainView(kit, services.chains(), services.chainMap(), services.search());
        Scene scene = new Scene((Parent) view.root(), 1280, 800);
        scene.getRoot().setStyle(font);
        stage.setScene(scene);
        stage.show();
        dialogs.setOwner(stage);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void clickingANodeOpensItsCompaniesAndProjects(FxRobot robot) throws Exception {
        ChainMap map = waitForMap(robot, "科技服务业");
        NodeFigures busy = map.nodes().stream().filter(f -> f.depth() == 0 && f.localCompanies() + f.pursuedTargets() > 0)
                .findFirst().orElseThrow();
        robot.clickOn("#chain-node-" + busy.node().id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#chain-detail-companies").queryAs(TableView.class).getItems().isEmpty());
        assertThat(robot.lookup("#chain-detail-title").queryAs(Label.class).getText()).contains(busy.node().name());
        assertThat(robot.lookup("#chain-detail-strength").queryAs(Label.class).getText())
                .isEqualTo(services.messages().label(busy.strength()));
        TableView<?> companies = robot.lookup("#chain-detail-companies").queryAs(TableView.class);
        assertThat(companies.getItems()).hasSizeGreaterThanOrEqualTo(busy.localCompanies() + busy.pursuedTargets());
        assertThat(robot.lookup("#chain-node-" + busy.node().id()).query().getStyleClass()).contains("selected");
        save(robot, "node-opened.png");

        robot.clickOn("#chain-detail-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chain-detail").tryQuery().map(n -> n.getScene() != null).orElse(false)).isFalse();
    }

    @Test
    void enterOnAFocusedBoxOpensItsNodeAndEscapeClosesIt(FxRobot robot) throws Exception {
        ChainMap map = waitForMap(robot, "数字经济");
        NodeFigures last = map.nodes().getLast();
        robot.interact(() -> robot.lookup("#chain-node-" + last.node().id()).query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.model().nodeProperty().get() != null);
        assertThat(view.model().nodeProperty().get().node().id()).isEqualTo(last.node().id());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().nodeProperty().get()).isNull();
    }

    @Test
    void aChainOfSixtyFiveNodesIsDrawnWithEveryBoxReadable(FxRobot robot) throws Exception {
        ChainMap map = waitForMap(robot, BigChain.NAME);
        assertThat(map.nodes()).hasSize(65);
        assertThat(map.strengthCounts().get(NodeStrength.GAP)).isPositive();
        List<NodeBox> boxes = robot.lookup(".chain-box").queryAllAs(NodeBox.class).stream().toList();
        assertThat(boxes).hasSize(65);
        for (NodeBox box : boxes) {
            Label name = (Label) box.lookup(".chain-box-name");
            assertThat(name.getFont().getSize()).as(box.figures().node().name()).isGreaterThanOrEqualTo(12);
            assertThat(box.getHeight()).isGreaterThanOrEqualTo(ChainMapLayout.CHILD_H);
        }
        save(robot, "sixty-five-nodes-window.png");
        WritableImage whole = renderOnFx(robot, map);
        assertThat(whole.getWidth()).isGreaterThan(1000);
        MapPng.write(whole, Files.createDirectories(SHOTS).resolve("sixty-five-nodes-map.png"));
    }

    @Test
    void theDemoChainsAreDrawnForALook(FxRobot robot) throws Exception {
        Files.createDirectories(SHOTS);
        for (Chain chain : services.chains().chains()) {
            ChainMap map = services.chainMap().map(chain.id());
            MapPng.write(renderOnFx(robot, map), SHOTS.resolve("demo-" + chain.name() + ".png"));
        }
        try (var files = Files.list(SHOTS)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("demo-"))).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void zoomButtonsScaleTheMap(FxRobot robot) throws Exception {
        waitForMap(robot, "新能源");
        robot.clickOn("#chain-zoom-in");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chain-zoom-label").queryAs(Label.class).getText()).isEqualTo("120%");
        assertThat(robot.lookup("#chain-map-surface").query().getScaleX()).isEqualTo(1.2, org.assertj.core.data.Offset.offset(0.001));
        robot.clickOn("#chain-zoom-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chain-zoom-label").queryAs(Label.class).getText()).isEqualTo("100%");
    }

    @Test
    void theEditorTreeFollowsTheMap(FxRobot robot) throws Exception {
        ChainMap map = waitForMap(robot, "健康产业");
        robot.clickOn("#chain-edit-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<?> tree = robot.lookup("#chain-editor-tree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).hasSize(3);
        NodeFigures first = map.nodes().getFirst();
        robot.clickOn("#chain-node-" + first.node().id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tree.getSelectionModel().getSelectedItem() != null);
        assertThat(((ChainEditorPanel.Entry) tree.getSelectionModel().getSelectedItem().getValue()).node().id())
                .isEqualTo(first.node().id());
        save(robot, "editor-open.png");
        robot.clickOn("#chain-edit-toggle");
    }

    @Test
    void aNodeIsAddedFromTheEditorAndARefusalStaysInTheForm(FxRobot robot) throws Exception {
        waitForMap(robot, "都市型工业");
        robot.clickOn("#chain-edit-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TreeView<ChainEditorPanel.Entry> tree = robot.lookup("#chain-editor-tree").queryAs(TreeView.class);
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(2)));
        robot.clickOn("#chain-node-add");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#chain-form-name").tryQuery().isPresent());
        robot.clickOn("#chain-form-name").write("仓储物流");
        robot.clickOn("#chain-form-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#chain-form-error").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#chain-form-error").queryAs(Label.class).getText()).contains("已有名为“仓储物流”的节点");
        save(robot, robot.lookup("#chain-form-error").query().getScene(), "node-form-refused.png");

        robot.doubleClickOn("#chain-form-name").eraseText(8).write("冷链配送");
        robot.clickOn("#chain-form-codes").write("59, 58");
        robot.clickOn("#chain-form-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.model().nodeProperty().get() != null
                && view.model().nodeProperty().get().node().name().equals("冷链配送"));
        assertThat(robot.lookup("#chain-form-name").tryQuery()).isEmpty();
        NodeFigures created = view.model().nodeProperty().get();
        assertThat(created.node().industryCodes()).containsExactly("59", "58");
        assertThat(created.node().segment()).isEqualTo(Segment.DOWNSTREAM);
        assertThat(robot.lookup("#chain-node-" + created.node().id()).query().getStyleClass()).contains("strength-gap");
        robot.clickOn("#chain-edit-toggle");
    }

    @Test
    void theNodePickerOffersTheIndustrysNodesAndReturnsTheTicks(FxRobot robot) throws Exception {
        AtomicReference<Map<UUID, Boolean>> picked =
                new AtomicReference<>();
        Platform.runLater(() -> ChainNodePicker.open(kit, services.chains(), stage, null, "2614", true,
                picked::set));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#chain-picker-tree").tryQuery().isPresent());
        CheckBox suggestion = robot.lookup(".check-box")
                .match((CheckBox c) -> "新能源 · 新能源材料".equals(c.getText()))
                .queryAs(CheckBox.class);
        robot.clickOn(suggestion);
        robot.clickOn("#chain-picker-leader");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        save(robot, pane.getScene(), "node-picker.png");
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> picked.get() != null);
        UUID materials = services.chains().suggestNodes("2614").stream()
                .filter(s -> s.node().name().equals("新能源材料")).findFirst().orElseThrow().node().id();
        assertThat(picked.get()).containsExactly(Map.entry(materials, true));
    }

    /** Picks a chain in the picker and waits until its map is drawn. */
    private ChainMap waitForMap(FxRobot robot, String chainName) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !view.model().chains().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<Chain> picker = robot.lookup("#chain-picker").queryAs(ComboBox.class);
        Chain chain = view.model().chains().stream().filter(c -> c.name().equals(chainName)).findFirst().orElseThrow();
        robot.interact(() -> {
            picker.setValue(chain);
            picker.getOnAction().handle(null);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.model().mapProperty().get() != null
                && view.model().mapProperty().get().chain().id().equals(chain.id())
                && robot.lookup("#chain-map-surface").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return view.model().mapProperty().get();
    }

    private static WritableImage renderOnFx(FxRobot robot, ChainMap map) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = MapPng.render(map, services.messages(), 1.5));
        return image[0];
    }

    private void save(FxRobot robot, String name) throws IOException {
        save(robot, stage.getScene(), name);
    }

    private static void save(FxRobot robot, Scene scene, String name) throws IOException {
        Files.createDirectories(SHOTS);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", SHOTS.resolve(name).toFile());
    }
}
