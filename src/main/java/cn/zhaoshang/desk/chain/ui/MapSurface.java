package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.ChainMap;
import cn.zhaoshang.desk.chain.NodeFigures;
import cn.zhaoshang.desk.chain.NodeStrength;
import cn.zhaoshang.desk.chain.Segment;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.Fonts;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;

/**
 * The drawn map of one chain: title and legend, a column per segment with arrows between them, and a
 * {@link NodeBox} per node at the place {@link ChainMapLayout} gives it. Used on screen and, built
 * afresh off screen, for the PNG export.
 */
final class MapSurface extends Pane {
    static final String STYLESHEET = "/css/chain.css";

    private final Map<UUID, NodeBox> boxes = new HashMap<>();
    private final ChainMapLayout layout;

    MapSurface(ChainMap map, Messages messages, Consumer<UUID> onClick) {
        FigureTexts texts = new FigureTexts(messages);
        this.layout = ChainMapLayout.of(map.tree());
        setId("chain-map-surface");
        getStyleClass().add("chain-surface");
        getStylesheets().add(MapSurface.class.getResource(STYLESHEET).toExternalForm());
        setStyle("-fx-font-family: \"" + Fonts.FAMILY + "\";");
        setPrefSize(layout.width(), layout.height());
        setMinSize(layout.width(), layout.height());
        setMaxSize(layout.width(), layout.height());

        getChildren().add(title(map, texts, messages));
        for (ChainMapLayout.Column column : layout.columns()) {
            getChildren().add(column(column, map, texts, messages));
        }
        for (Segment s : new Segment[] {Segment.UPSTREAM, Segment.MIDSTREAM}) {
            getChildren().add(arrow(ChainMapLayout.columnX(s) + ChainMapLayout.COLUMN_W));
        }
        for (ChainMapLayout.Group group : layout.groups()) {
            Region back = new Region();
            back.getStyleClass().add(group.depth() == 0 ? "chain-group" : "chain-group-nested");
            back.resizeRelocate(group.x(), group.y(), group.w(), group.h());
            back.setManaged(false);
            getChildren().add(back);
        }
        for (NodeFigures f : map.nodes()) {
            ChainMapLayout.Box box = layout.box(f.node().id());
            if (box == null) {
                continue;
            }
            NodeBox node = new NodeBox(f, texts, box);
            Tooltip tip = new Tooltip(texts.tooltip(map, f));
            tip.setShowDelay(Duration.millis(250));
            tip.setShowDuration(Duration.seconds(30));
            tip.setStyle("-fx-font-family: \"" + Fonts.FAMILY + "\"; -fx-font-size: 13px;");
            Tooltip.install(node, tip);
            if (onClick != null) {
                node.setOnMouseClicked(e -> {
                    if (e.isStillSincePress()) {
                        onClick.accept(f.node().id());
                    }
                });
                // Tab walks the boxes; Enter or Space opens one, as a click does.
                node.setFocusTraversable(true);
                node.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                        onClick.accept(f.node().id());
                        e.consume();
                    }
                });
            }
            boxes.put(f.node().id(), node);
            getChildren().add(node);
        }
    }

    /** Title and legend, the chain's totals, and the rule in one line: the picture explains itself on a slide. */
    private Region title(ChainMap map, FigureTexts texts, Messages m) {
        Label name = new Label(m.get("chain.map.title", map.chain().name()));
        name.getStyleClass().add("chain-map-title");
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox legend = new HBox(14);
        legend.setAlignment(Pos.CENTER_RIGHT);
        for (NodeStrength s : new NodeStrength[] {NodeStrength.STRONG, NodeStrength.WEAK, NodeStrength.PURSUING,
                NodeStrength.GAP}) {
            Region chip = new Region();
            chip.getStyleClass().addAll("chain-legend-chip", FigureTexts.styleClass(s));
            legend.getChildren().add(legendItem(chip, m.get("chain.legend." + s.name())));
        }
        for (String kind : new String[] {"chain-crown", "chain-crown-away"}) {
            SVGPath crown = new SVGPath();
            crown.setContent(NodeBox.CROWN);
            crown.getStyleClass().add(kind);
            legend.getChildren().add(legendItem(crown, m.get(kind.equals("chain-crown")
                    ? "chain.legend.leader" : "chain.legend.leaderAway")));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(16, name, spacer, legend);
        top.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label(texts.summary(map));
        summary.setId("chain-map-summary");
        summary.getStyleClass().add("chain-map-subtitle");
        Label rule = new Label(m.get("chain.map.rule"));
        rule.getStyleClass().add("chain-map-subtitle");
        rule.setWrapText(true);
        double w = layout.width() - 2 * ChainMapLayout.MARGIN;
        VBox block = new VBox(3, top, summary, rule);
        block.resizeRelocate(ChainMapLayout.MARGIN, ChainMapLayout.MARGIN - 8, w, ChainMapLayout.TITLE_H - 4);
        block.setManaged(false);
        return block;
    }

    private static HBox legendItem(Node mark, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("chain-legend-text");
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox item = new HBox(5, mark, label);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private Region column(ChainMapLayout.Column c, ChainMap map, FigureTexts texts, Messages m) {
        Label title = new Label(m.label(c.segment()));
        title.getStyleClass().add("chain-column-title");
        Label counts = new Label(texts.columnLine(map, c.segment()));
        counts.getStyleClass().add("chain-column-counts");
        VBox header = new VBox(1, title, counts);
        header.setAlignment(Pos.TOP_CENTER);
        header.setPrefWidth(c.w());
        VBox column = new VBox(header);
        column.setId("chain-column-" + c.segment().name().toLowerCase(Locale.ROOT));
        column.getStyleClass().add("chain-column");
        column.setAlignment(Pos.TOP_CENTER);
        column.setStyle("-fx-padding: 8 0 0 0;");
        column.resizeRelocate(c.x(), c.y(), c.w(), c.h());
        column.setManaged(false);
        return column;
    }

    private Polygon arrow(double fromX) {
        double mid = ChainMapLayout.MARGIN + ChainMapLayout.TITLE_H + ChainMapLayout.HEADER_H / 2;
        double x = fromX + 8;
        double w = ChainMapLayout.COLUMN_GAP - 16;
        Polygon arrow = new Polygon(x, mid - 6, x + w - 12, mid - 6, x + w - 12, mid - 13, x + w, mid,
                x + w - 12, mid + 13, x + w - 12, mid + 6, x, mid + 6);
        arrow.getStyleClass().add("chain-arrow");
        arrow.setManaged(false);
        return arrow;
    }

    void select(UUID nodeId) {
        boxes.forEach((id, box) -> box.setSelected(id.equals(nodeId)));
    }

    NodeBox box(UUID nodeId) {
        return boxes.get(nodeId);
    }

    Collection<NodeBox> boxes() {
        return boxes.values();
    }

    ChainMapLayout mapLayout() {
        return layout;
    }
}
