package cn.zhaoshang.desk.chain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the map shows for one node, counted over the node and the nodes below it (a company tagged
 * to a sub-node also fills its parent; a company tagged to both is counted once).
 *
 * @param localCompanies    tagged companies located in the district or landed there (本地企业)
 * @param pursuedTargets    tagged companies elsewhere with status NEW, FOLLOWING or NEGOTIATING (在招目标)
 * @param dormantTargets    tagged companies elsewhere whose pursuit is PAUSED or ABANDONED
 * @param chainLeaders      tagged chain leaders (链主), local or not
 * @param localChainLeaders of those, the local ones
 * @param projectsByStage   tagged projects per stage, in pipeline order
 */
public record NodeFigures(ChainNode node, int depth, boolean hasChildren, int localCompanies, int pursuedTargets,
                          int dormantTargets, int chainLeaders, int localChainLeaders,
                          Map<String, Integer> projectsByStage) {
    public NodeFigures {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String stage : ProjectStages.ORDER) {
            int count = projectsByStage.getOrDefault(stage, 0);
            if (count > 0) {
                ordered.put(stage, count);
            }
        }
        projectsByStage = Collections.unmodifiableMap(ordered);
    }

    public static NodeFigures empty(ChainNode node, int depth, boolean hasChildren) {
        return new NodeFigures(node, depth, hasChildren, 0, 0, 0, 0, 0, Map.of());
    }

    public int activeProjects() {
        return projectsByStage.entrySet().stream().filter(e -> ProjectStages.isActive(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    public int projects() {
        return projectsByStage.values().stream().mapToInt(Integer::intValue).sum();
    }

    public NodeStrength strength() {
        return NodeStrength.classify(localCompanies, localChainLeaders, pursuedTargets, activeProjects());
    }
}
