package cn.zhaoshang.desk.chain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One chain with the figures of each of its nodes, in tree order: what the map draws. */
public record ChainMap(Chain chain, ChainTree tree, List<NodeFigures> nodes) {
    public ChainMap {
        nodes = List.copyOf(nodes);
    }

    public Optional<NodeFigures> figures(UUID nodeId) {
        return nodes.stream().filter(f -> f.node().id().equals(nodeId)).findFirst();
    }

    public List<NodeFigures> inSegment(Segment segment) {
        return nodes.stream().filter(f -> f.node().segment() == segment).toList();
    }

    /** How many nodes of each strength: the map's legend counts. */
    public Map<NodeStrength, Integer> strengthCounts() {
        Map<NodeStrength, Integer> counts = new EnumMap<>(NodeStrength.class);
        for (NodeStrength s : NodeStrength.values()) {
            counts.put(s, 0);
        }
        nodes.forEach(f -> counts.merge(f.strength(), 1, Integer::sum));
        return counts;
    }
}
