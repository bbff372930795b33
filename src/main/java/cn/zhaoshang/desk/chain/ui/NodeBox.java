package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.NodeFigures;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/**
 * One node on the map: its name, a line of figures, a crown when it has a chain leader (链主), and a
 * colour and border for its strength (a gap gets a red dashed border and says so in words).
 */
final class NodeBox extends VBox {
    /** A small crown, 16 × 11. */
    static final String CROWN = "M0 11 L1.5 2.5 L5 6 L8 0 L11 6 L14.5 2.5 L16 11 Z";

    private final NodeFigures figures;

    NodeBox(NodeFigures figures, FigureTexts texts, ChainMapLayout.Box box) {
        this.figures = figures;
        setId("chain-node-" + figures.node().id());
        getStyleClass().addAll("chain-box", box.depth() == 0 ? "chain-box-top" : "chain-box-child",
                FigureTexts.styleClass(figures.strength()));
        setAccessibleText(figures.node().name());
        setUserData(figures.node().id());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(2);

        Label name = new Label(figures.node().name());
        name.getStyleClass().add("chain-box-name");
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setMinWidth(0);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox top = new HBox(4, name);
        top.setAlignment(Pos.CENTER_LEFT);
        if (figures.chainLeaders() > 0) {
            SVGPath crown = new SVGPath();
            crown.setContent(CROWN);
            // Filled: a chain leader located here; outlined: one we know of elsewhere (it does not make the node strong).
            crown.getStyleClass().add(figures.localChainLeaders() > 0 ? "chain-crown" : "chain-crown-away");
            top.getChildren().add(crown);
            if (figures.chainLeaders() > 1) {
                Label count = new Label("×" + figures.chainLeaders());
                count.getStyleClass().add("chain-crown-count");
                top.getChildren().add(count);
            }
        }
        Label line = new Label(texts.boxLine(figures));
        line.getStyleClass().add("chain-box-figures");
        line.setTextOverrun(OverrunStyle.ELLIPSIS);
        line.setMinWidth(0);
        getChildren().addAll(top, line);

        setMinSize(box.w(), box.h());
        setPrefSize(box.w(), box.h());
        setMaxSize(box.w(), box.h());
        relocate(box.x(), box.y());
    }

    NodeFigures figures() {
        return figures;
    }

    void setSelected(boolean selected) {
        if (selected) {
            if (!getStyleClass().contains("selected")) {
                getStyleClass().add("selected");
            }
        } else {
            getStyleClass().remove("selected");
        }
    }
}
