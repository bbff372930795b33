package cn.zhaoshang.desk.chain;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChainServiceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theDemoChainsAreSeededOnFirstStart(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            assertThat(chains.chains()).extracting(Chain::name)
                    .containsExactly("科技服务业", "数字经济", "都市型工业", "新能源", "健康产业");
            int nodes = chains.chains().stream().mapToInt(c -> chains.tree(c.id()).size()).sum();
            assertThat(nodes).isEqualTo(88);
            ChainTree energy = chains.tree(chainNamed(chains, "新能源").id());
            ChainNode electrolyte = byName(energy, "电解液");
            assertThat(energy.path(electrolyte.id())).isEqualTo("新能源材料 › 电解液");
            assertThat(energy.roots(Segment.UPSTREAM)).extracting(ChainNode::name).containsExactly("新能源材料");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void chainsAndNodesAreCreatedRenamedAndAudited(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            Chain chain = chains.createChain(" 低空经济 ", "无人机与通航");
            assertThat(chain.name()).isEqualTo("低空经济");
            ChainNode top = chains.createNode(chain.id(), null, Segment.MIDSTREAM, "整机制造", "37、34");
            ChainNode child = chains.createNode(chain.id(), top.id(), Segment.UPSTREAM, "飞控系统", "39");
            assertThat(child.segment()).as("a child lives in its parent's segment").isEqualTo(Segment.MIDSTREAM);
            assertThat(top.industryCodes()).containsExactly("37", "34");
            ChainNode renamed = chains.updateNode(top.id(), top.version(), "无人机整机", "37");
            assertThat(renamed.version()).isEqualTo(1);
            assertThat(chains.tree(chain.id()).path(child.id())).isEqualTo("无人机整机 › 飞控系统");
            assertThat(services.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq("chain_node")
                    .and(AUDIT_LOG.RECORD_ID.eq(top.id().toString())))).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void badInputIsRefusedWithAMessageAndChangesNothing(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            Chain energy = chainNamed(chains, "新能源");
            assertThatThrownBy(() -> chains.createChain("新能源", null))
                    .isInstanceOf(DeskException.class).extracting("key").isEqualTo("chain.error.chainNameTaken");
            assertThatThrownBy(() -> chains.createNode(energy.id(), null, Segment.UPSTREAM, "  ", null))
                    .extracting("key").isEqualTo("chain.error.nodeNameRequired");
            assertThatThrownBy(() -> chains.createNode(energy.id(), null, Segment.UPSTREAM, "电解液", null))
                    .extracting("key").isEqualTo("chain.error.nodeNameTaken");
            assertThatThrownBy(() -> chains.createNode(energy.id(), null, Segment.UPSTREAM, "氢燃料", "38|3X"))
                    .extracting("key").isEqualTo("chain.error.badIndustryCode");
            assertThatThrownBy(() -> chains.createNode(energy.id(), null, Segment.UPSTREAM, "氢燃料", "99"))
                    .extracting("key").isEqualTo("chain.error.unknownIndustryCode");
            assertThat(chains.tree(energy.id()).size()).isEqualTo(20);
            assertThat(services.messages().describe(catchDesk(() -> chains.createNode(energy.id(), null,
                    Segment.UPSTREAM, "氢燃料", "38|3X")))).contains("3X");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStaleSaveIsRefused(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            ChainNode node = byName(chains.tree(chainNamed(chains, "新能源").id()), "储能");
            chains.updateNode(node.id(), node.version(), "储能系统", "38");
            assertThatThrownBy(() -> chains.updateNode(node.id(), node.version(), "新型储能", "38"))
                    .isInstanceOf(StaleRecordException.class);
            assertThatThrownBy(() -> chains.deleteNode(node.id(), node.version(), TagDisposal.UNTAG))
                    .isInstanceOf(StaleRecordException.class);
            assertThat(chains.node(node.id()).name()).isEqualTo("储能系统");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void movingANodeCarriesItsSubtreeAndRefusesAMoveIntoItself(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            UUID chainId = chainNamed(chains, "新能源").id();
            ChainTree tree = chains.tree(chainId);
            ChainNode storage = byName(tree, "储能");
            ChainNode converter = byName(tree, "储能变流器");
            assertThatThrownBy(() -> chains.moveNode(storage.id(), storage.version(), converter.id(), null))
                    .extracting("key").isEqualTo("chain.error.moveIntoItself");
            chains.moveNode(storage.id(), storage.version(), null, Segment.DOWNSTREAM);
            ChainTree after = chains.tree(chainId);
            assertThat(byName(after, "储能变流器").segment()).isEqualTo(Segment.DOWNSTREAM);
            assertThat(after.roots(Segment.DOWNSTREAM)).extracting(ChainNode::name).contains("储能");
            ChainNode battery = byName(after, "电池");
            ChainNode moved = byName(after, "储能");
            chains.moveNode(moved.id(), moved.version(), battery.id(), null);
            assertThat(chains.tree(chainId).path(converter.id())).isEqualTo("电池 › 储能 › 储能变流器");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reorderingMovesANodeAmongItsSiblings(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            UUID chainId = chainNamed(chains, "新能源").id();
            ChainNode last = chains.tree(chainId).roots(Segment.MIDSTREAM).getLast();
            chains.reorderNode(last.id(), last.version(), -1);
            List<ChainNode> roots = chains.tree(chainId).roots(Segment.MIDSTREAM);
            assertThat(roots.get(roots.size() - 2).id()).isEqualTo(last.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void mergingMovesTagsChildrenAndCodesToTheSurvivor(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            ChainFixtures f = new ChainFixtures(services);
            UUID chainId = chainNamed(chains, "新能源").id();
            ChainTree tree = chains.tree(chainId);
            ChainNode battery = byName(tree, "电池");
            ChainNode storage = byName(tree, "储能");
            UUID both = f.local("宁德储能");
            UUID leader = f.local("郑州储能龙头");
            UUID onlyStorage = f.target("上海储能", "FOLLOWING");
            UUID project = f.project("储能电站项目", "NEGOTIATING");
            chains.tagCompany(both, battery.id(), false);
            chains.tagCompany(both, storage.id(), false);
            chains.tagCompany(leader, storage.id(), true);
            chains.tagCompany(onlyStorage, storage.id(), false);
            chains.tagProject(project, storage.id());

            ChainNode survivor = chains.mergeNodes(battery.id(), battery.version(), storage.id(), storage.version());

            assertThat(f.links(battery.id())).as("a company on both nodes is kept once").isEqualTo(3);
            assertThat(f.links(storage.id())).isZero();
            assertThat(f.isLeader(leader, battery.id())).as("the chain-leader flag moves along").isTrue();
            assertThat(chains.nodesOfProject(project)).extracting(NodeTag::nodeId).containsExactly(battery.id());
            ChainTree after = chains.tree(chainId);
            assertThat(after.node(storage.id())).isEmpty();
            assertThat(after.path(byName(after, "储能变流器").id())).isEqualTo("电池 › 储能变流器");
            assertThat(survivor.industryCodes()).containsExactly("38");
            assertThat(services.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("MERGE")
                    .and(AUDIT_LOG.RECORD_ID.eq(battery.id().toString())))).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void mergingANodeIntoItsOwnChildLiftsTheChildFirst(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            UUID chainId = chainNamed(chains, "新能源").id();
            ChainTree tree = chains.tree(chainId);
            ChainNode materials = byName(tree, "新能源材料");
            ChainNode electrolyte = byName(tree, "电解液");
            chains.mergeNodes(electrolyte.id(), electrolyte.version(), materials.id(), materials.version());
            ChainTree after = chains.tree(chainId);
            assertThat(after.roots(Segment.UPSTREAM)).extracting(ChainNode::name).containsExactly("电解液");
            assertThat(after.children(electrolyte.id())).extracting(ChainNode::name)
                    .containsExactlyInAnyOrder("正负极材料", "隔膜");
            assertThat(after.node(electrolyte.id()).orElseThrow().industryCodes()).containsExactly("26", "32");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deletingANodeWithTagsAsksWhereTheyGo(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            ChainFixtures f = new ChainFixtures(services);
            UUID chainId = chainNamed(chains, "新能源").id();
            ChainTree tree = chains.tree(chainId);
            ChainNode charging = byName(tree, "充换电");
            ChainNode operations = byName(tree, "能源运营");
            UUID company = f.local("郑州充电科技");
            UUID project = f.project("充电站项目", "SIGNED");
            chains.tagCompany(company, charging.id(), true);
            chains.tagProject(project, charging.id());
            assertThat(chains.usage(charging.id())).isEqualTo(new NodeUsage(1, 1, 2));

            assertThatThrownBy(() -> chains.deleteNode(charging.id(), charging.version(), null))
                    .isInstanceOf(DeskException.class).extracting("key").isEqualTo("chain.error.deleteNeedsDecision");
            assertThat(chains.tree(chainId).node(charging.id())).isPresent();

            chains.deleteNode(charging.id(), charging.version(), TagDisposal.moveTo(operations.id()));
            ChainTree after = chains.tree(chainId);
            assertThat(after.node(charging.id())).isEmpty();
            assertThat(after.roots(Segment.DOWNSTREAM)).extracting(ChainNode::name)
                    .as("the children move up to the deleted node's place").contains("充电桩制造", "换电站运营");
            assertThat(f.isLeader(company, operations.id())).isTrue();
            assertThat(chains.nodesOfProject(project)).extracting(NodeTag::nodeId).containsExactly(operations.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deletingANodeCanTakeItsTagsOffTheChain(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            ChainFixtures f = new ChainFixtures(services);
            ChainNode recycling = byName(chains.tree(chainNamed(chains, "新能源").id()), "电池回收");
            UUID company = f.target("格林回收", "NEW");
            chains.tagCompany(company, recycling.id(), false);
            chains.deleteNode(recycling.id(), recycling.version(), TagDisposal.UNTAG);
            assertThat(chains.nodesOfCompany(company)).isEmpty();
            assertThat(f.links(recycling.id())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void manyCompaniesAreTaggedAtOnceAndFormsSetExactlyTheirNodes(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            ChainFixtures f = new ChainFixtures(services);
            ChainTree tree = chains.tree(chainNamed(chains, "数字经济").id());
            ChainNode software = byName(tree, "软件");
            ChainNode ai = byName(tree, "人工智能");
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 1_205; i++) {
                ids.add(f.target("软件公司" + i, "NEW"));
            }
            UUID gone = f.target("已删除公司", "NEW");
            f.deleteCompany(gone);
            ids.add(gone);
            assertThat(chains.tagCompanies(ids, software.id())).isEqualTo(1_205);
            assertThat(chains.tagCompanies(ids.subList(0, 10), software.id())).as("already tagged").isZero();

            UUID one = ids.getFirst();
            chains.setCompanyNodes(one, Map.of(ai.id(), true));
            assertThat(chains.nodesOfCompany(one)).singleElement().satisfies(t -> {
                assertThat(t.nodeId()).isEqualTo(ai.id());
                assertThat(t.chainLeader()).isTrue();
                assertThat(t.chainName()).isEqualTo("数字经济");
            });
            assertThat(chains.untagCompanies(ids, software.id())).isEqualTo(1_204);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void suggestNodesFollowsTheIndustryCodes(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            List<NodeSuggestion> materials = chains.suggestNodes("2614");
            assertThat(materials.getFirst().ruleTarget()).isTrue();
            assertThat(materials).filteredOn(NodeSuggestion::ruleTarget).extracting(s -> s.node().name())
                    .containsExactlyInAnyOrder("新能源材料", "新材料");
            assertThat(materials).extracting(s -> s.node().name()).contains("正负极材料", "电解液");

            List<NodeSuggestion> research = chains.suggestNodes("74");
            assertThat(research).extracting(s -> s.node().name()).contains("研发设计", "检验检测", "工程技术服务");
            assertThat(research).filteredOn(s -> s.chain().name().equals("科技服务业"))
                    .as("side-by-side matches are only suggested").noneMatch(NodeSuggestion::ruleTarget);
            assertThat(chains.suggestNodes(null)).isEmpty();
            assertThat(chains.suggestNodes("01")).isEmpty();

            ChainNode testing = byName(chains.tree(chainNamed(chains, "科技服务业").id()), "检验检测");
            chains.updateNode(testing.id(), testing.version(), testing.name(), "745");
            assertThat(chains.suggestNodes("7452")).filteredOn(NodeSuggestion::ruleTarget)
                    .extracting(s -> s.node().name()).contains("检验检测");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rulesTagImportedCompaniesAndTheLibrary(Engine engine) {
        try (Services services = TestDatabases.open(engine, dir)) {
            ChainService chains = services.chains();
            ChainFixtures f = new ChainFixtures(services);
            UUID energyId = chainNamed(chains, "新能源").id();
            UUID materials = byName(chains.tree(energyId), "新能源材料").id();
            UUID imported = f.company("锂电材料", false, "NEW", "2614", 40);
            UUID ambiguous = f.company("检测公司", false, "NEW", "7450", 40);
            UUID chosen = f.company("正极公司", false, "NEW", "2614", 40);
            UUID cathode = byName(chains.tree(energyId), "正负极材料").id();
            chains.tagCompany(chosen, cathode, false);

            chains.applyRules(List.of(imported, ambiguous, chosen), UUID.randomUUID());
            assertThat(chains.nodesOfCompany(imported)).extracting(NodeTag::nodeId).contains(materials);
            assertThat(chains.nodesOfCompany(ambiguous)).filteredOn(t -> t.chainName().equals("科技服务业")).isEmpty();
            assertThat(chains.nodesOfCompany(chosen)).filteredOn(t -> t.chainId().equals(energyId))
                    .as("a user's choice wins over the rule").extracting(NodeTag::nodeId).containsExactly(cathode);

            UUID later = f.company("隔膜新材", false, "NEW", "2922", 40);
            ChainService.RuleRun run = chains.applyRulesToLibrary(energyId, Progress.NONE);
            assertThat(run.companies()).isEqualTo(1);
            assertThat(chains.nodesOfCompany(later)).extracting(NodeTag::path).containsExactly("新能源材料 › 隔膜");
        }
    }

    static Chain chainNamed(ChainService chains, String name) {
        return chains.chains().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static ChainNode byName(ChainTree tree, String name) {
        return tree.inOrder().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private static DeskException catchDesk(Runnable action) {
        try {
            action.run();
        } catch (DeskException e) {
            return e;
        }
        throw new AssertionError("expected a DeskException");
    }
}
