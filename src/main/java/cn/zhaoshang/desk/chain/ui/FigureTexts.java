package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.ChainMap;
import cn.zhaoshang.desk.chain.NodeFigures;
import cn.zhaoshang.desk.chain.NodeStrength;
import cn.zhaoshang.desk.chain.Segment;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words and numbers the map puts on a box, in its tooltip and in the column headers. */
final class FigureTexts {
    private final Messages m;

    FigureTexts(Messages messages) {
        this.m = messages;
    }

    /** The short line on a box: counts, or the plain word "gap". */
    String boxLine(NodeFigures f) {
        if (f.strength() == NodeStrength.GAP) {
            return f.depth() == 0 ? m.get("chain.box.gapLong") : m.label(NodeStrength.GAP);
        }
        List<String> parts = new ArrayList<>();
        parts.add(m.get("chain.box.local", f.localCompanies()));
        parts.add(m.get("chain.box.pursued", f.pursuedTargets()));
        if (f.activeProjects() > 0) {
            parts.add(m.get("chain.box.projects", f.activeProjects()));
        }
        return String.join(m.get("chain.box.separator"), parts);
    }

    /** Everything about a node, one fact a line: the hover text. */
    String tooltip(ChainMap map, NodeFigures f) {
        List<String> lines = new ArrayList<>();
        lines.add(map.tree().path(f.node().id()) + "  [" + m.label(f.strength()) + "]");
        lines.add(m.get("chain.tip.local", f.localCompanies(), f.localChainLeaders()));
        lines.add(m.get("chain.tip.pursued", f.pursuedTargets()));
        if (f.dormantTargets() > 0) {
            lines.add(m.get("chain.tip.dormant", f.dormantTargets()));
        }
        lines.add(m.get("chain.tip.leaders", f.chainLeaders()));
        lines.add(m.get("chain.tip.projects", f.activeProjects()) + stages(f.projectsByStage()));
        if (f.hasChildren()) {
            lines.add(m.get("chain.tip.subtree"));
        }
        if (!f.node().industryCodes().isEmpty()) {
            lines.add(m.get("chain.tip.codes", f.node().industryCodesText()));
        }
        lines.add(m.get("chain.tip.click"));
        return String.join("\n", lines);
    }

    private String stages(Map<String, Integer> byStage) {
        if (byStage.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        byStage.forEach((stage, n) -> parts.add(m.get("chain.stage." + stage) + " " + n));
        return m.get("chain.tip.stages", String.join(m.get("chain.box.separator"), parts));
    }

    /** Under a segment's title: how many nodes, how many of them gaps. */
    String columnLine(ChainMap map, Segment segment) {
        List<NodeFigures> nodes = map.inSegment(segment);
        long gaps = nodes.stream().filter(f -> f.strength() == NodeStrength.GAP).count();
        return m.get("chain.column.counts", nodes.size(), gaps);
    }

    /** Under the map's title: the chain's totals. */
    String summary(ChainMap map) {
        Map<NodeStrength, Integer> counts = map.strengthCounts();
        return m.get("chain.map.summary", map.nodes().size(), counts.get(NodeStrength.STRONG),
                counts.get(NodeStrength.WEAK), counts.get(NodeStrength.PURSUING), counts.get(NodeStrength.GAP));
    }

    static String styleClass(NodeStrength strength) {
        return "strength-" + strength.name().toLowerCase(Locale.ROOT);
    }
}
