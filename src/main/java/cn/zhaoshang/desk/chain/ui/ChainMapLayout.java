package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.ChainNode;
import cn.zhaoshang.desk.chain.ChainTree;
import cn.zhaoshang.desk.chain.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where each box of the map goes; plain geometry, no toolkit, so it is tested without a window.
 * Segments are columns left to right; in a column each top-level node is a group: its box across the
 * column and its sub-nodes below it, leaves two to a row and nodes with their own sub-nodes as nested
 * groups. Boxes keep one size however many nodes there are, so a big chain grows taller, not smaller.
 */
final class ChainMapLayout {
    static final double MARGIN = 20;
    static final double TITLE_H = 80;
    static final double COLUMN_W = 320;
    static final double COLUMN_GAP = 44;
    static final double HEADER_H = 56;
    static final double TOP_H = 56;
    static final double CHILD_H = 50;
    static final double GAP = 8;
    static final double GROUP_GAP = 14;
    static final double PAD = 8;
    static final double MIN_CELL_W = 120;

    /** A node's box. */
    record Box(UUID nodeId, double x, double y, double w, double h, int depth) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    /** The background of a node that has sub-nodes, around it and them; {@code depth} 0 for a top-level node. */
    record Group(UUID nodeId, double x, double y, double w, double h, int depth) { }

    /** A segment's column. */
    record Column(Segment segment, double x, double y, double w, double h) { }

    private final List<Box> boxes = new ArrayList<>();
    private final Map<UUID, Box> byNode = new HashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private final ChainTree tree;
    private double width;
    private double height;

    private ChainMapLayout(ChainTree tree) {
        this.tree = tree;
    }

    static ChainMapLayout of(ChainTree tree) {
        ChainMapLayout layout = new ChainMapLayout(tree);
        layout.place();
        return layout;
    }

    private void place() {
        double top = MARGIN + TITLE_H;
        double bottom = top + HEADER_H;
        double[] columnBottoms = new double[Segment.values().length];
        for (Segment segment : Segment.values()) {
            double x = columnX(segment);
            double y = top + HEADER_H;
            for (ChainNode root : tree.roots(segment)) {
                y = placeSubtree(root, x + PAD, COLUMN_W - 2 * PAD, y, 0) + GROUP_GAP;
            }
            columnBottoms[segment.ordinal()] = y;
            bottom = Math.max(bottom, y);
        }
        bottom += PAD;
        for (Segment segment : Segment.values()) {
            columns.add(new Column(segment, columnX(segment), top, COLUMN_W, bottom - top));
        }
        width = columnX(Segment.DOWNSTREAM) + COLUMN_W + MARGIN;
        height = bottom + MARGIN;
    }

    static double columnX(Segment segment) {
        return MARGIN + segment.ordinal() * (COLUMN_W + COLUMN_GAP);
    }

    /** Places a node and everything below it from {@code y}; returns the y below the last box. */
    private double placeSubtree(ChainNode node, double x, double w, double y, int depth) {
        double top = y;
        add(new Box(node.id(), x, y, w, depth == 0 ? TOP_H : CHILD_H, depth));
        List<ChainNode> children = tree.children(node.id());
        if (children.isEmpty()) {
            return y + (depth == 0 ? TOP_H : CHILD_H);
        }
        y += (depth == 0 ? TOP_H : CHILD_H) + GAP;
        double innerX = x + PAD;
        double innerW = w - 2 * PAD;
        int perRow = innerW >= 2 * MIN_CELL_W + GAP ? 2 : 1;
        double cellW = (innerW - (perRow - 1) * GAP) / perRow;
        int inRow = 0;
        for (ChainNode child : children) {
            if (tree.children(child.id()).isEmpty() && fitsHalf(child, cellW)) {
                add(new Box(child.id(), innerX + inRow * (cellW + GAP), y, cellW, CHILD_H, depth + 1));
                inRow++;
                if (inRow == perRow) {
                    inRow = 0;
                    y += CHILD_H + GAP;
                }
            } else {
                if (inRow > 0) {
                    inRow = 0;
                    y += CHILD_H + GAP;
                }
                // A node with sub-nodes, or a name too long for half a row, takes the whole row.
                y = placeSubtree(child, innerX, innerW, y, depth + 1) + GAP;
            }
        }
        if (inRow > 0) {
            y += CHILD_H + GAP;
        }
        double bottom = y - GAP + PAD;
        groups.add(new Group(node.id(), x - PAD / 2, top - PAD / 2, w + PAD, bottom - top + PAD / 2, depth));
        return bottom;
    }

    /**
     * Whether a name fits on a half-row box without being cut: Chinese characters at about the bold
     * 13 px font's width, Latin letters and digits at about half that, room kept for the padding and a crown.
     */
    static boolean fitsHalf(ChainNode node, double cellW) {
        double text = 0;
        for (int i = 0; i < node.name().length(); i++) {
            text += node.name().charAt(i) < 0x2E80 ? 7.8 : 13.6;
        }
        return text <= cellW - 2 * PAD - 30;
    }

    private void add(Box box) {
        boxes.add(box);
        byNode.put(box.nodeId(), box);
    }

    List<Box> boxes() {
        return List.copyOf(boxes);
    }

    Box box(UUID nodeId) {
        return byNode.get(nodeId);
    }

    /** Outer groups first, so nested ones are drawn on top. */
    List<Group> groups() {
        List<Group> out = new ArrayList<>(groups);
        out.sort(Comparator.comparingDouble(Group::w).reversed());
        return out;
    }

    List<Column> columns() {
        return List.copyOf(columns);
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }
}
