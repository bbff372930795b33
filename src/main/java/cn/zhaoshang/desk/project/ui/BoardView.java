package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.project.ProjectStage;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The pipeline board: the seven main stages side by side, the side states (暂缓, 终止) in a
 * collapsible area below, totals for the filter on top.
 */
final class BoardView {
    private final VBox root = new VBox(6);

    BoardView(BoardViewModel model, Messages m, ProjectActions actions) {
        root.setId("project-board");
        BoardDrag drag = new BoardDrag();
        HBox columns = new HBox();
        columns.getStyleClass().add("board");
        for (ProjectStage stage : ProjectStage.mainStages()) {
            columns.getChildren().add(new BoardColumnView(model.column(stage), model.loadedProperty(), m, actions, drag, model::loadMore).root());
        }
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        HBox side = new HBox();
        side.getStyleClass().add("board");
        for (ProjectStage stage : ProjectStage.sideStates()) {
            var column = new BoardColumnView(model.column(stage), model.loadedProperty(), m, actions, drag, model::loadMore).root();
            column.setPrefHeight(250);
            column.setMaxHeight(250);
            side.getChildren().add(column);
        }
        TitledPane sideStates = new TitledPane();
        sideStates.setId("board-side-states");
        sideStates.getStyleClass().add("side-states");
        sideStates.setContent(side);
        sideStates.setExpanded(false);
        sideStates.textProperty().bind(Bindings.createStringBinding(() -> m.get("project.board.sideStates",
                        model.column(ProjectStage.ON_HOLD).countProperty().get(),
                        model.column(ProjectStage.DROPPED).countProperty().get()),
                model.column(ProjectStage.ON_HOLD).countProperty(), model.column(ProjectStage.DROPPED).countProperty()));

        Label totals = new Label();
        totals.setId("board-totals");
        totals.getStyleClass().add("text-muted");
        totals.textProperty().bind(Bindings.createStringBinding(() -> {
            BoardViewModel.Totals sum = model.totalsProperty().get();
            return sum == null ? m.get("project.board.loadingShort")
                    : m.get("project.board.totals", sum.count(), Money.format(sum.amount(), m));
        }, model.totalsProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.loadingProperty());
        Label hint = new Label(m.get("project.board.hint"));
        hint.getStyleClass().add("text-muted");
        HBox top = new HBox(10, totals, busy, hint);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setStyle("-fx-padding: 0 16 0 16;");
        root.getChildren().addAll(top, scroll, sideStates);
    }

    VBox root() {
        return root;
    }
}
