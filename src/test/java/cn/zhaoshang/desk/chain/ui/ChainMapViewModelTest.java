package cn.zhaoshang.desk.chain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.chain.Chain;
import cn.zhaoshang.desk.chain.ChainNode;
import cn.zhaoshang.desk.chain.NodeCompany;
import cn.zhaoshang.desk.chain.NodeCompanyScope;
import cn.zhaoshang.desk.chain.NodeFigures;
import cn.zhaoshang.desk.chain.NodeStrength;
import cn.zhaoshang.desk.chain.Segment;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.testing.ScriptedDialogs;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain screen's state and commands, without a window; jobs run at once in the test's thread. */
class ChainMapViewModelTest {
    @TempDir
    static Path dir;
    private static Services services;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Throwable> errors = dialogs.errors();
    private ChainMapViewModel model;
    private ChainEditorViewModel editor;

    @BeforeAll
    static void open() {
        services = TestDatabases.open(Engine.H2, dir);
        services.demoData().generate(300, 7, Progress.NONE);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void build() {
        model = new ChainMapViewModel(services.chains(), services.chainMap(), new ImmediateTaskRunner(),
                services.messages(), new LocalSettings(dir), dialogs);
        editor = new ChainEditorViewModel(model);
        model.load();
    }

    @Test
    void opensOnAChainAndRemembersTheOneChosen() {
        assertThat(model.chains()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(model.mapProperty().get()).isNotNull();
        Chain energy = chain("新能源");
        model.show(energy);
        assertThat(model.mapProperty().get().chain().name()).isEqualTo("新能源");

        ChainMapViewModel again = new ChainMapViewModel(services.chains(), services.chainMap(),
                new ImmediateTaskRunner(), services.messages(), new LocalSettings(dir), dialogs);
        again.load();
        assertThat(again.chainProperty().get().name()).isEqualTo("新能源");
        assertThat(errors).isEmpty();
    }

    @Test
    void openingANodeListsItsCompaniesAndProjects() {
        model.show(chain("新能源"));
        NodeFigures busiest = model.mapProperty().get().nodes().stream()
                .max(Comparator.comparingInt(f -> f.localCompanies() + f.pursuedTargets())).orElseThrow();
        model.openNode(busiest.node().id());
        assertThat(model.nodeProperty().get()).isEqualTo(busiest);
        assertThat(model.companiesTotalProperty().get())
                .isGreaterThanOrEqualTo(busiest.localCompanies() + busiest.pursuedTargets());
        assertThat(model.companies()).isNotEmpty();

        model.filterProperty().set(NodeCompanyScope.LOCAL);
        assertThat(model.companies()).allMatch(NodeCompany::local);
        assertThat(model.companiesTotalProperty().get()).isGreaterThanOrEqualTo(busiest.localCompanies());

        model.closeNode();
        assertThat(model.companies()).isEmpty();
        assertThat(model.nodeProperty().get()).isNull();
    }

    @Test
    void markingAChainLeaderRefreshesTheMap() {
        model.show(chain("数字经济"));
        model.filterProperty().set(NodeCompanyScope.LOCAL);
        NodeFigures withLocal = model.mapProperty().get().nodes().stream().filter(f -> f.localCompanies() == 1)
                .findFirst().orElseThrow();
        model.openNode(withLocal.node().id());
        NodeCompany local = model.companies().getFirst();
        model.setChainLeader(local, true);
        NodeFigures after = model.nodeProperty().get();
        assertThat(after.localChainLeaders()).isEqualTo(1);
        assertThat(after.strength()).isEqualTo(NodeStrength.STRONG);
        assertThat(model.companies().getFirst().chainLeader()).isTrue();
        model.setChainLeader(model.companies().getFirst(), false);
    }

    @Test
    void aNewNodeAppearsOnTheMapAndOpensAsAGap() {
        model.show(chain("健康产业"));
        boolean[] closed = {false};
        editor.createNode(Segment.DOWNSTREAM, null, "互联网医院", "", () -> closed[0] = true, errors::add);
        assertThat(closed[0]).isTrue();
        NodeFigures created = model.nodeProperty().get();
        assertThat(created.node().name()).isEqualTo("互联网医院");
        assertThat(created.strength()).isEqualTo(NodeStrength.GAP);
        assertThat(model.mapProperty().get().figures(created.node().id())).isPresent();
    }

    @Test
    void aRefusedSaveKeepsTheFormOpenWithTheReason() {
        model.show(chain("健康产业"));
        boolean[] closed = {false};
        List<Throwable> refused = new ArrayList<>();
        editor.createNode(Segment.UPSTREAM, null, "原料药", "27", () -> closed[0] = true, refused::add);
        assertThat(closed[0]).isFalse();
        assertThat(refused).singleElement().isInstanceOf(DeskException.class);
        assertThat(services.messages().describe(refused.getFirst())).contains("原料药");
    }

    @Test
    void aStaleNodeIsReportedAndTheMapReloadsWhatIsStored() {
        model.show(chain("都市型工业"));
        ChainNode node = model.mapProperty().get().nodes().getFirst().node();
        services.chains().updateNode(node.id(), node.version(), node.name() + "（改）", node.industryCodesText());
        editor.reorderNode(node, 1);
        assertThat(errors).singleElement().isInstanceOf(StaleRecordException.class);
        assertThat(services.messages().describe(errors.getFirst())).contains("已先一步修改");
        errors.clear();
        ChainNode fresh = model.mapProperty().get().figures(node.id()).orElseThrow().node();
        assertThat(fresh.name()).endsWith("（改）");
        editor.reorderNode(fresh, 1);
        assertThat(errors).isEmpty();
    }

    @Test
    void theGapListAsksWhereThenWritesTheChainShownAndSaysHowManyGaps() {
        model.show(chain("健康产业"));
        Path file = dir.resolve("健康产业缺链.xlsx");

        dialogs.choose(file);
        model.exportGaps();

        assertThat(dialogs.suggestedNames()).containsExactly("健康产业-缺链清单.xlsx");
        assertThat(dialogs.offeredTypes()).containsExactly(List.of(new DialogService.FileType("Excel 工作簿", "xlsx")));
        assertThat(file).isNotEmptyFile();
        assertThat(dialogs.notices()).singleElement().asString()
                .matches("已导出 [1-9]\\d* 个缺链节点：" + Pattern.quote(file.toString()));

        dialogs.cancelChoice();
        model.exportGaps();
        assertThat(dialogs.notices()).hasSize(1);
        assertThat(errors).isEmpty();
    }

    @Test
    void aGapListThatCannotBeWrittenIsReportedAndTheScreenIsNotLeftBusy() throws Exception {
        model.show(chain("健康产业"));
        Path folderInTheWay = dir.resolve("占用.xlsx");
        Files.createDirectories(folderInTheWay.resolve("child"));

        dialogs.choose(folderInTheWay);
        model.exportGaps();

        assertThat(errors).singleElement().isInstanceOf(DeskException.class);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(dialogs.notices()).isEmpty();
    }

    @Test
    void mergingOpensTheSurvivor() {
        model.show(chain("科技服务业"));
        var tree = model.mapProperty().get().tree();
        ChainNode insurance = byName("科技保险");
        ChainNode venture = byName("创业投资");
        editor.mergeNodes(venture, insurance);
        assertThat(model.nodeProperty().get().node().id()).isEqualTo(venture.id());
        assertThat(model.mapProperty().get().tree().node(insurance.id())).isEmpty();
        assertThat(tree.size() - 1).isEqualTo(model.mapProperty().get().tree().size());
    }

    @Test
    void zoomStaysWithinItsBounds() {
        for (int i = 0; i < 20; i++) {
            model.zoomIn();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(ChainMapViewModel.MAX_ZOOM);
        for (int i = 0; i < 40; i++) {
            model.zoomOut();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(ChainMapViewModel.MIN_ZOOM);
    }

    @Test
    void theTooltipTellsAllTheFigures() {
        model.show(chain("新能源"));
        var map = model.mapProperty().get();
        NodeFigures battery = map.nodes().stream().filter(f -> f.node().name().equals("电池")).findFirst().orElseThrow();
        String tip = new FigureTexts(services.messages()).tooltip(map, battery);
        assertThat(tip).contains("电池", "本地企业：" + battery.localCompanies(), "在招目标企业：" + battery.pursuedTargets(),
                "链主企业：" + battery.chainLeaders(), "数字含下级节点", "行业代码：38");
    }

    private Chain chain(String name) {
        return model.chains().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private ChainNode byName(String name) {
        return model.mapProperty().get().tree().inOrder().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
