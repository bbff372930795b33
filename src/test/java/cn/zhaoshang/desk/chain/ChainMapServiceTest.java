package cn.zhaoshang.desk.chain;

import static cn.zhaoshang.desk.chain.ChainServiceTest.byName;
import static cn.zhaoshang.desk.chain.ChainServiceTest.chainNamed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.testing.OfficeChecks;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The map's figures on the 新能源 chain with a hand-made set of companies and projects:
 * 电池 (parent) with 动力电池 and 电池管理系统 below it, 储能, 光伏组件, 氢能装备, 新能源汽车 …
 */
class ChainMapServiceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void nodesAreClassifiedAsGapWeakStrongOrPursuing(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            Setup s = new Setup(services);
            UUID powerA = s.f.local("郑州动力电池甲");
            UUID powerB = s.f.local("郑州动力电池乙");
            s.tag(powerA, "动力电池", false);
            s.tag(powerB, "动力电池", false);
            s.tag(s.f.local("郑州储能"), "储能", false);
            s.tag(s.f.local("郑州光伏"), "光伏组件", true);
            s.tag(s.f.target("上海氢能", "FOLLOWING"), "氢能装备", false);
            s.chains.tagProject(s.f.project("新能源汽车项目", "LEAD"), s.node("新能源汽车"));
            s.tag(s.f.target("北京充电", "ABANDONED"), "充电桩制造", false);
            s.chains.tagProject(s.f.project("换电站项目", "DROPPED"), s.node("换电站运营"));
            UUID deleted = s.f.local("已删除的售电公司");
            s.tag(deleted, "售电", false);
            s.f.deleteCompany(deleted);

            ChainMap map = services.chainMap().map(s.chainId);

            assertThat(s.strength(map, "动力电池")).isEqualTo(NodeStrength.STRONG);
            assertThat(s.strength(map, "储能")).isEqualTo(NodeStrength.WEAK);
            assertThat(s.strength(map, "光伏组件")).as("one local chain leader").isEqualTo(NodeStrength.STRONG);
            assertThat(s.strength(map, "氢能装备")).isEqualTo(NodeStrength.PURSUING);
            assertThat(s.strength(map, "新能源汽车")).isEqualTo(NodeStrength.PURSUING);
            assertThat(s.strength(map, "充电桩制造")).as("abandoned targets are no lead").isEqualTo(NodeStrength.GAP);
            assertThat(s.strength(map, "换电站运营")).as("dropped projects are no lead").isEqualTo(NodeStrength.GAP);
            assertThat(s.strength(map, "售电")).as("deleted companies do not count").isEqualTo(NodeStrength.GAP);
            assertThat(s.strength(map, "电池回收")).isEqualTo(NodeStrength.GAP);
            assertThat(s.figures(map, "电池").localCompanies()).as("a parent counts its sub-nodes").isEqualTo(2);
            assertThat(s.figures(map, "光伏组件").chainLeaders()).isEqualTo(1);
            assertThat(s.figures(map, "充电桩制造").dormantTargets()).isEqualTo(1);
            assertThat(map.strengthCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCompanyTaggedToAParentAndItsChildCountsOnce(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            Setup s = new Setup(services);
            UUID both = s.f.local("郑州电池");
            s.tag(both, "电池", false);
            s.tag(both, "动力电池", true);
            s.chains.tagProject(s.f.project("电池项目", "SIGNED"), s.node("电池管理系统"));
            ChainMap map = services.chainMap().map(s.chainId);
            NodeFigures battery = s.figures(map, "电池");
            assertThat(battery.localCompanies()).isEqualTo(1);
            assertThat(battery.localChainLeaders()).isEqualTo(1);
            assertThat(battery.strength()).isEqualTo(NodeStrength.STRONG);
            assertThat(battery.projectsByStage()).containsEntry("SIGNED", 1);
            assertThat(battery.hasChildren()).isTrue();
            assertThat(s.figures(map, "电池管理系统").depth()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aNodeListsItsCompaniesLocalFirstAndPageByPage(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            Setup s = new Setup(services);
            for (int i = 0; i < 25; i++) {
                s.tag(s.f.target("外地电池" + (char) ('A' + i), i % 2 == 0 ? "NEW" : "PAUSED"), "动力电池", false);
            }
            s.tag(s.f.local("郑州电池"), "电池管理系统", false);
            s.tag(s.f.local("郑州链主"), "电池", true);
            s.chains.tagProject(s.f.project("电池项目乙", "OPERATING"), s.node("动力电池"));
            s.chains.tagProject(s.f.project("电池项目甲", "LEAD"), s.node("电池"));
            ChainMapService maps = services.chainMap();
            ChainTree tree = s.chains.tree(s.chainId);

            NodePage<NodeCompany> first = maps.companies(tree, s.node("电池"), NodeCompanyScope.ALL, 0, 10);
            assertThat(first.total()).isEqualTo(27);
            assertThat(first.rows()).hasSize(10);
            assertThat(first.rows().get(0).name()).isEqualTo("郑州链主");
            assertThat(first.rows().get(0).chainLeader()).isTrue();
            assertThat(first.rows().get(1).name()).isEqualTo("郑州电池");
            assertThat(first.rows().get(1).nodeName()).isEqualTo("电池管理系统");
            assertThat(first.rows().get(1).place()).isEqualTo("中原区");
            NodePage<NodeCompany> last = maps.companies(tree, s.node("电池"), NodeCompanyScope.ALL, 20, 10);
            assertThat(last.rows()).hasSize(7);
            assertThat(maps.companies(tree, s.node("电池"), NodeCompanyScope.PURSUED, 0, 50).total()).isEqualTo(13);
            assertThat(maps.companies(tree, s.node("电池"), NodeCompanyScope.LOCAL, 0, 50).total()).isEqualTo(2);
            assertThat(maps.companies(tree, s.node("电池"), NodeCompanyScope.CHAIN_LEADERS, 0, 50).total()).isEqualTo(1);

            NodePage<NodeProject> projects = maps.projects(tree, s.node("电池"), 50);
            assertThat(projects.rows()).extracting(NodeProject::name).containsExactly("电池项目甲", "电池项目乙");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theGapListGivesReasonsAndCandidatesOutsideTheDistrict(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            Setup s = new Setup(services);
            s.tag(s.f.target("北京回收", "ABANDONED"), "电池回收", false);
            s.f.company("上海再生资源", false, "NEW", "4210", 90);
            s.f.company("郑州本地回收", true, "LANDED", "4210", 99);
            UUID elsewhere = s.f.company("已在别的节点的回收", false, "NEW", "4220", 95);
            s.tag(elsewhere, "储能", false);
            s.chains.tagProject(s.f.project("回收项目", "ON_HOLD"), s.node("电池回收"));
            ChainMapService maps = services.chainMap();
            ChainMap map = maps.map(s.chainId);

            List<GapEntry> gaps = maps.gaps(map, 5);
            GapEntry recycling = gaps.stream().filter(g -> g.figures().node().name().equals("电池回收")).findFirst()
                    .orElseThrow();
            assertThat(recycling.candidates()).extracting(GapCandidate::name, GapCandidate::source).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("北京回收", CandidateSource.TAGGED),
                    org.assertj.core.groups.Tuple.tuple("上海再生资源", CandidateSource.INDUSTRY_RULE));
            assertThat(recycling.droppedProjects()).isEqualTo(1);
            String why = GapReasons.describe(recycling, services.messages());
            assertThat(why).contains("区内无本地企业", "1 家目标企业已暂停或放弃", "1 个项目已暂缓或终止");
            assertThat(gaps).allMatch(g -> g.figures().strength() == NodeStrength.GAP);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theGapListIsExportedAsAWorkbook(Engine engine) throws Exception {
        try (Services services = TestDatabases.open(engine, dir)) {
            Setup s = new Setup(services);
            s.tag(s.f.local("郑州储能"), "储能", false);
            s.f.company("上海再生资源", false, "NEW", "4210", 90);
            s.f.clearDivision(s.f.company("无地址回收公司", false, "NEW", "4210", 10));
            Path file = dir.resolve("缺链清单.xlsx");
            int gaps = services.chainMap().exportGaps(s.chainId, file, services.messages(), 10, Progress.NONE);
            assertThat(gaps).as("every node but 储能 (its sub-nodes stay gaps)").isEqualTo(19);
            try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
                List<Row> rows = wb.getFirstSheet().read();
                assertThat(rows.getFirst().getCellText(3)).isEqualTo("缺链原因");
                assertThat(rows).anySatisfy(r -> {
                    assertThat(r.getCellText(2)).isEqualTo("电池回收");
                    assertThat(r.getCellText(5)).isEqualTo("上海再生资源");
                    assertThat(r.getCellText(9)).isEqualTo("按行业代码推荐");
                });
                assertThat(rows).anySatisfy(r -> {
                    assertThat(r.getCellText(5)).isEqualTo("无地址回收公司");
                    assertThat(r.getCellText(6)).isEmpty();
                });
                assertThat(rows).noneSatisfy(r -> assertThat(r.getCellText(2)).isEqualTo("储能"));
                try (InputStream again = Files.newInputStream(file);
                     var poi = new XSSFWorkbook(again)) {
                    OfficeChecks.printsAsList(poi.getSheetAt(0), true, 0);
                    OfficeChecks.printsAsList(poi.getSheetAt(1), false, 0);
                }
                List<Row> nodes = wb.getSheets().toList().get(1).read();
                assertThat(nodes).hasSize(21);
            }
            try (var files = Files.list(dir)) {
                assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anExportToAnUnwritablePlaceFailsWithAMessage(Engine engine) throws Exception {
        try (Services services = TestDatabases.open(engine, dir)) {
            Setup s = new Setup(services);
            Path folderInTheWay = dir.resolve("taken.xlsx");
            Files.createDirectories(folderInTheWay.resolve("child"));
            assertThatThrownBy(() -> services.chainMap().exportGaps(s.chainId, folderInTheWay, services.messages(), 5,
                    Progress.NONE)).isInstanceOf(DeskException.class).extracting("key").isEqualTo("chain.error.export");
            assertThat(folderInTheWay).isDirectory();
        }
    }

    /** The 新能源 chain of the seeds, and shortcuts to tag by node name. */
    private static final class Setup {
        final ChainService chains;
        final ChainFixtures f;
        final UUID chainId;
        final ChainTree tree;

        Setup(Services services) {
            this.chains = services.chains();
            this.f = new ChainFixtures(services);
            this.chainId = chainNamed(chains, "新能源").id();
            this.tree = chains.tree(chainId);
        }

        UUID node(String name) {
            return byName(tree, name).id();
        }

        void tag(UUID company, String node, boolean leader) {
            chains.tagCompany(company, node(node), leader);
        }

        NodeFigures figures(ChainMap map, String name) {
            return map.figures(node(name)).orElseThrow();
        }

        NodeStrength strength(ChainMap map, String name) {
            return figures(map, name).strength();
        }
    }
}
