package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.NodeFigures;

/** Marks the opened node's box on a surface (or none). */
final class NodeHighlight {
    private NodeHighlight() {
    }

    static void apply(MapSurface surface, NodeFigures open) {
        if (surface != null) {
            surface.select(open == null ? null : open.node().id());
        }
    }
}
