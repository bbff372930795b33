package cn.zhaoshang.desk.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The nodes of one chain as a tree: per segment, top-level nodes and their children in sort order.
 * Orphans (a parent deleted or in another segment) are shown as top-level nodes rather than lost.
 */
public final class ChainTree {
    private static final Comparator<ChainNode> ORDER = Comparator.comparingInt(ChainNode::sortOrder)
            .thenComparing(ChainNode::name);

    private final Map<UUID, ChainNode> byId = new HashMap<>();
    private final Map<UUID, List<ChainNode>> children = new HashMap<>();
    private final Map<Segment, List<ChainNode>> roots = new HashMap<>();

    public ChainTree(List<ChainNode> nodes) {
        nodes.forEach(n -> byId.put(n.id(), n));
        for (Segment s : Segment.values()) {
            roots.put(s, new ArrayList<>());
        }
        for (ChainNode n : nodes) {
            ChainNode parent = n.parentId() == null ? null : byId.get(n.parentId());
            if (parent == null || parent.segment() != n.segment() || createsCycle(n)) {
                roots.get(n.segment()).add(n);
            } else {
                children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(n);
            }
        }
        roots.values().forEach(l -> l.sort(ORDER));
        children.values().forEach(l -> l.sort(ORDER));
    }

    private boolean createsCycle(ChainNode node) {
        Set<UUID> seen = new LinkedHashSet<>();
        for (ChainNode n = node; n != null && n.parentId() != null; n = byId.get(n.parentId())) {
            if (!seen.add(n.id())) {
                return true;
            }
        }
        return false;
    }

    public Optional<ChainNode> node(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    public List<ChainNode> roots(Segment segment) {
        return List.copyOf(roots.get(segment));
    }

    public List<ChainNode> children(UUID id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    /** The node's siblings in order, itself included. */
    public List<ChainNode> siblings(ChainNode node) {
        return roots.get(node.segment()).contains(node) ? roots(node.segment()) : children(node.parentId());
    }

    /** Every node, segment by segment, parents before their children (depth first). */
    public List<ChainNode> inOrder() {
        List<ChainNode> out = new ArrayList<>();
        for (Segment s : Segment.values()) {
            roots.get(s).forEach(r -> walk(r, out));
        }
        return out;
    }

    private void walk(ChainNode node, List<ChainNode> out) {
        out.add(node);
        children.getOrDefault(node.id(), List.of()).forEach(c -> walk(c, out));
    }

    /** The node and everything below it. */
    public List<ChainNode> subtree(UUID id) {
        List<ChainNode> out = new ArrayList<>();
        ChainNode node = byId.get(id);
        if (node != null) {
            walk(node, out);
        }
        return out;
    }

    public List<UUID> subtreeIds(UUID id) {
        return subtree(id).stream().map(ChainNode::id).toList();
    }

    /** 0 for a top-level node. */
    public int depth(UUID id) {
        int depth = 0;
        for (ChainNode n = byId.get(id); n != null && !roots.get(n.segment()).contains(n); n = byId.get(n.parentId())) {
            depth++;
        }
        return depth;
    }

    /** The names from the top-level node down to this one, e.g. 新能源材料 › 电解液. */
    public String path(UUID id) {
        List<String> names = new ArrayList<>();
        for (ChainNode n = byId.get(id); n != null; n = roots.get(n.segment()).contains(n) ? null : byId.get(n.parentId())) {
            names.addFirst(n.name());
        }
        return String.join(" › ", names);
    }

    /** Is {@code candidate} the node itself or below it? */
    public boolean isInSubtree(UUID candidate, UUID of) {
        return subtreeIds(of).contains(candidate);
    }

    /** Pairs (node, ancestor-or-self) for counting a node's figures over its subtree. */
    public List<UUID[]> ancestorPairs() {
        List<UUID[]> pairs = new ArrayList<>();
        for (ChainNode n : inOrder()) {
            for (ChainNode a = n; a != null; a = roots.get(a.segment()).contains(a) ? null : byId.get(a.parentId())) {
                pairs.add(new UUID[] {n.id(), a.id()});
            }
        }
        return pairs;
    }
}
