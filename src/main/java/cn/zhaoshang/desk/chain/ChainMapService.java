package cn.zhaoshang.desk.chain;

import cn.zhaoshang.desk.chain.db.ChainFiguresRepository;
import cn.zhaoshang.desk.chain.db.ChainRepository;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The chain map (产业链图谱): per node, its local companies, targets being pursued, chain leaders and
 * projects by stage, counted in the database; the lists behind a node; the gap list (缺链清单) and
 * its export. Read-only but for the export's audit entry.
 */
public final class ChainMapService {
    private final Database database;
    private final ChainRepository chains;
    private final ChainFiguresRepository figures;
    private final AuditLog audit;

    public ChainMapService(Database database, RecordWriter writer, AuditLog audit) {
        this.database = database;
        this.chains = new ChainRepository(database, writer);
        this.figures = new ChainFiguresRepository(database);
        this.audit = audit;
    }

    /** The chain with each node's figures (over its subtree), in tree order. Two grouped queries. */
    public ChainMap map(UUID chainId) {
        return database.transaction(() -> {
            Chain chain = chains.chain(chainId).orElseThrow(() -> new DeskException("chain.error.chainGone"));
            ChainTree tree = new ChainTree(chains.nodes(chainId));
            List<UUID[]> pairs = tree.ancestorPairs();
            Map<UUID, int[]> companies = figures.companyFigures(pairs);
            Map<UUID, Map<String, Integer>> projects = figures.projectFigures(pairs);
            List<NodeFigures> out = new ArrayList<>();
            for (ChainNode node : tree.inOrder()) {
                int[] c = companies.getOrDefault(node.id(), new int[5]);
                out.add(new NodeFigures(node, tree.depth(node.id()), !tree.children(node.id()).isEmpty(),
                        c[0], c[1], c[2], c[3], c[4], projects.getOrDefault(node.id(), Map.of())));
            }
            return new ChainMap(chain, tree, out);
        });
    }

    /** A page of the companies of a node and its sub-nodes, local and chain leaders first. */
    public NodePage<NodeCompany> companies(ChainTree tree, UUID nodeId, NodeCompanyScope filter, int offset, int limit) {
        return figures.companies(tree.subtreeIds(nodeId), id -> nodeName(tree, id), filter, offset, limit);
    }

    /** The projects of a node and its sub-nodes, in pipeline order. */
    public NodePage<NodeProject> projects(ChainTree tree, UUID nodeId, int limit) {
        return figures.projects(tree.subtreeIds(nodeId), id -> nodeName(tree, id), limit);
    }

    private static String nodeName(ChainTree tree, UUID id) {
        return tree.node(id).map(ChainNode::name).orElse("");
    }

    /**
     * The gaps of a chain with why each is one and up to {@code candidatesPerGap} companies outside the
     * district that could fill it. A gap whose parent is a gap too is listed on its own: each is a
     * separate recruiting target.
     */
    public List<GapEntry> gaps(ChainMap map, int candidatesPerGap) {
        List<UUID> chainNodeIds = map.tree().inOrder().stream().map(ChainNode::id).toList();
        List<GapEntry> out = new ArrayList<>();
        for (NodeFigures f : map.nodes()) {
            if (f.strength() != NodeStrength.GAP) {
                continue;
            }
            List<UUID> subtree = map.tree().subtreeIds(f.node().id());
            List<String> codes = map.tree().subtree(f.node().id()).stream()
                    .flatMap(n -> n.industryCodes().stream()).distinct().toList();
            out.add(new GapEntry(f, map.tree().path(f.node().id()), figures.inactiveProjects(subtree),
                    figures.gapCandidates(subtree, chainNodeIds, codes, candidatesPerGap)));
        }
        return out;
    }

    /** Writes the gap list of a chain as .xlsx (gaps with candidates, and every node's figures). */
    public int exportGaps(UUID chainId, Path file, Messages messages, int candidatesPerGap, Progress progress) {
        progress.step("chain.export.step.figures");
        ChainMap map = map(chainId);
        progress.checkCancelled();
        progress.step("chain.export.step.candidates");
        List<GapEntry> gaps = database.transaction(() -> gaps(map, candidatesPerGap));
        progress.checkCancelled();
        progress.step("chain.export.step.writing");
        try {
            GapWorkbook.write(file, map, gaps, messages);
        } catch (IOException e) {
            throw new DeskException(e, "chain.error.export", file);
        }
        database.transaction(() -> audit.recordBulk(AuditLog.Action.EXPORT, "chain_node",
                "gaps " + chainId + ": " + gaps.size(), null));
        return gaps.size();
    }
}
