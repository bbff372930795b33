package cn.zhaoshang.desk.chain;

import cn.zhaoshang.desk.chain.db.ChainRepository;
import cn.zhaoshang.desk.chain.db.ChainTagRepository;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.i18n.DeskException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The tree operations of {@link ChainService}: move, reorder, merge and delete. Each runs inside the
 * service's transaction; the node the user acted on is saved with the version the user saw (a stale one
 * is refused), the nodes carried along are saved with their stored version.
 */
final class NodeStructure {
    private final ChainRepository chains;
    private final ChainTagRepository tags;

    NodeStructure(ChainRepository chains, ChainTagRepository tags) {
        this.chains = chains;
        this.tags = tags;
    }

    ChainNode live(UUID id) {
        return chains.node(id).orElseThrow(() -> new DeskException("chain.error.nodeGone"));
    }

    ChainTree tree(UUID chainId) {
        return new ChainTree(chains.nodes(chainId));
    }

    /** Puts a node under another parent (or at the top of a segment); its subtree follows it. */
    ChainNode move(UUID id, int version, UUID newParentId, Segment segment) {
        ChainNode node = live(id);
        ChainTree tree = tree(node.chainId());
        Segment target = segment;
        if (newParentId != null) {
            ChainNode parent = live(newParentId);
            if (!parent.chainId().equals(node.chainId())) {
                throw new DeskException("chain.error.otherChain");
            }
            if (tree.isInSubtree(newParentId, id)) {
                throw new DeskException("chain.error.moveIntoItself", node.name());
            }
            target = parent.segment();
        }
        int order = tree.inOrder().stream().mapToInt(ChainNode::sortOrder).max().orElse(0) + 1;
        ChainNode moved = chains.updateNode(id, version, newParentId, target, node.name(), node.industryCodesText(), order);
        carrySegment(tree, moved);
        return moved;
    }

    /** Moves a node up (negative) or down among its siblings; siblings are renumbered in their new order. */
    ChainNode reorder(UUID id, int version, int delta) {
        ChainNode node = live(id);
        checkVersion(node, version);
        List<ChainNode> siblings = new ArrayList<>(tree(node.chainId()).siblings(node));
        int from = indexOf(siblings, id);
        int to = Math.max(0, Math.min(siblings.size() - 1, from + delta));
        if (from == to) {
            return node;
        }
        siblings.add(to, siblings.remove(from));
        ChainNode result = node;
        for (int i = 0; i < siblings.size(); i++) {
            ChainNode s = siblings.get(i);
            if (s.sortOrder() != i) {
                ChainNode saved = chains.updateNode(s.id(), s.version(), s.parentId(), s.segment(), s.name(),
                        s.industryCodesText(), i);
                if (s.id().equals(id)) {
                    result = saved;
                }
            }
        }
        return result;
    }

    /**
     * Merges {@code mergedId} into {@code survivorId}: its companies, projects and sub-nodes move to the
     * survivor, its industry codes join the survivor's, and it is deleted. Both versions are the ones
     * the user saw.
     */
    MergeResult merge(UUID survivorId, int survivorVersion, UUID mergedId, int mergedVersion) {
        if (survivorId.equals(mergedId)) {
            throw new DeskException("chain.error.mergeSelf");
        }
        ChainNode survivor = live(survivorId);
        ChainNode merged = live(mergedId);
        if (!survivor.chainId().equals(merged.chainId())) {
            throw new DeskException("chain.error.otherChain");
        }
        checkVersion(survivor, survivorVersion);
        checkVersion(merged, mergedVersion);
        ChainTree tree = tree(survivor.chainId());
        if (tree.isInSubtree(survivorId, mergedId)) {
            // The survivor lives under the node that goes: lift it to that node's place first.
            survivor = chains.updateNode(survivorId, survivor.version(), merged.parentId(), merged.segment(),
                    survivor.name(), survivor.industryCodesText(), merged.sortOrder());
            tree = tree(survivor.chainId());
            carrySegment(tree, survivor);
        }
        for (ChainNode child : tree.children(mergedId)) {
            if (!child.id().equals(survivorId)) {
                ChainNode moved = chains.updateNode(child.id(), child.version(), survivorId, survivor.segment(),
                        child.name(), child.industryCodesText(), child.sortOrder());
                carrySegment(tree(survivor.chainId()), moved);
            }
        }
        int[] moved = tags.moveLinks(mergedId, survivorId);
        Set<String> codes = new LinkedHashSet<>(survivor.industryCodes());
        codes.addAll(merged.industryCodes());
        ChainNode current = live(survivorId);
        ChainNode result = chains.updateNode(survivorId, current.version(), current.parentId(), current.segment(),
                current.name(), String.join("|", codes), current.sortOrder());
        chains.deleteNode(mergedId, mergedVersion);
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("merged_node", new FieldChange(merged.name() + " (" + mergedId + ")", result.name()));
        changes.put("companies_moved", new FieldChange(null, String.valueOf(moved[0])));
        changes.put("projects_moved", new FieldChange(null, String.valueOf(moved[1])));
        tags.auditNode(AuditLog.Action.MERGE, survivorId, changes);
        return new MergeResult(result, moved[0], moved[1]);
    }

    /**
     * Deletes a node (to the trash). Its sub-nodes move up to its parent; its companies and projects go
     * where the user said, and a node that has any refuses to go without being told.
     */
    int[] delete(UUID id, int version, TagDisposal disposal) {
        ChainNode node = live(id);
        NodeUsage usage = tags.usage(id);
        if (usage.hasTags() && disposal == null) {
            throw new DeskException("chain.error.deleteNeedsDecision", node.name(), usage.companies(), usage.projects());
        }
        checkVersion(node, version);
        if (disposal != null && !disposal.untags() && disposal.moveTo().equals(id)) {
            throw new DeskException("chain.error.moveToSelf");
        }
        ChainTree tree = tree(node.chainId());
        for (ChainNode child : tree.children(id)) {
            chains.updateNode(child.id(), child.version(), node.parentId(), node.segment(), child.name(),
                    child.industryCodesText(), child.sortOrder());
        }
        int[] result = {0, 0};
        if (usage.hasTags()) {
            if (disposal.untags()) {
                result = tags.removeLinks(id);
            } else {
                live(disposal.moveTo());
                result = tags.moveLinks(id, disposal.moveTo());
            }
        }
        chains.deleteNode(id, version);
        if (usage.hasTags()) {
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            changes.put(disposal.untags() ? "companies_untagged" : "companies_moved_to",
                    new FieldChange(String.valueOf(usage.companies()), disposal.untags() ? null : String.valueOf(disposal.moveTo())));
            changes.put("projects", new FieldChange(String.valueOf(usage.projects()), null));
            tags.auditNode(AuditLog.Action.DELETE, id, changes);
        }
        return result;
    }

    /**
     * Refuses to go on when the user's version of a node is not the stored one: saving the node unchanged
     * with that version writes nothing, but the writer refuses a stale one (naming who changed it).
     */
    private void checkVersion(ChainNode node, int version) {
        chains.updateNode(node.id(), version, node.parentId(), node.segment(), node.name(), node.industryCodesText(),
                node.sortOrder());
    }

    /** After a move, the moved node's descendants take its segment (a subtree never spans segments). */
    private void carrySegment(ChainTree before, ChainNode moved) {
        for (ChainNode n : before.subtree(moved.id())) {
            if (!n.id().equals(moved.id()) && n.segment() != moved.segment()) {
                ChainNode fresh = live(n.id());
                chains.updateNode(fresh.id(), fresh.version(), fresh.parentId(), moved.segment(), fresh.name(),
                        fresh.industryCodesText(), fresh.sortOrder());
            }
        }
    }

    private static int indexOf(List<ChainNode> nodes, UUID id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new DeskException("chain.error.nodeGone");
    }

    /** The surviving node and how many companies and projects moved onto it. */
    record MergeResult(ChainNode survivor, int companiesMoved, int projectsMoved) { }
}
