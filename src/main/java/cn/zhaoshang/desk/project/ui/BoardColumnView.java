package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.project.ProjectCard;
import cn.zhaoshang.desk.project.ProjectStage;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A board column: stage, count and amount total in the header, the loaded cards, and a "more"
 * button while cards remain. Dropping a card here asks to move it to this stage.
 */
final class BoardColumnView {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final VBox root = new VBox();
    private final VBox cards = new VBox(6);
    private final BoardColumnModel model;
    private final Messages messages;
    private final ProjectActions actions;
    private final BoardDrag drag;
    private final Button more = new Button();
    private final Label empty;

    BoardColumnView(BoardColumnModel model, ObservableBooleanValue loaded, Messages m, ProjectActions actions,
                    BoardDrag drag, Consumer<ProjectStage> loadMore) {
        this.model = model;
        this.messages = m;
        this.actions = actions;
        this.drag = drag;
        ProjectStage stage = model.stage();
        root.setId("board-column-" + stage.name());
        root.getStyleClass().add("board-column");
        root.setMinWidth(138);
        root.setPrefWidth(180);
        HBox.setHgrow(root, Priority.ALWAYS);

        Label title = new Label(m.label(stage));
        title.getStyleClass().add("board-column-title");
        Label count = new Label();
        count.setId("board-count-" + stage.name());
        count.getStyleClass().add("board-column-count");
        count.textProperty().bind(model.countProperty().asString("%,d"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, count);
        header.setAlignment(Pos.CENTER_LEFT);
        Label amount = new Label();
        amount.setId("board-amount-" + stage.name());
        amount.getStyleClass().add("board-column-amount");
        amount.textProperty().bind(Bindings.createStringBinding(
                () -> m.get("project.board.amount", Money.format(model.amountProperty().get(), m)),
                model.amountProperty()));

        empty = new Label();
        empty.textProperty().bind(Bindings.when(loaded)
                .then(m.get("project.board.emptyColumn")).otherwise(m.get("project.board.loadingShort")));
        empty.getStyleClass().add("text-muted");
        more.setId("board-more-" + stage.name());
        more.getStyleClass().addAll("flat", "small");
        more.setMaxWidth(Double.MAX_VALUE);
        more.setOnAction(e -> loadMore.accept(stage));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("board-column-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(header, amount, scroll);

        model.cards().addListener((ListChangeListener<ProjectCard>) c -> render());
        model.hasMoreProperty().addListener((o, a, b) -> render());
        render();
        installDropTarget();
    }

    private void render() {
        cards.getChildren().clear();
        for (ProjectCard card : model.cards()) {
            cards.getChildren().add(new ProjectCardView(card, messages, actions, drag).root());
        }
        if (model.cards().isEmpty()) {
            cards.getChildren().add(empty);
        }
        if (model.hasMoreProperty().get()) {
            more.setText(messages.get("project.board.more", model.remaining()));
            cards.getChildren().add(more);
        }
    }

    private void installDropTarget() {
        root.setOnMouseDragEntered(e -> root.pseudoClassStateChanged(DROP_TARGET, accepts()));
        root.setOnMouseDragExited(e -> root.pseudoClassStateChanged(DROP_TARGET, false));
        root.setOnMouseDragReleased(e -> {
            root.pseudoClassStateChanged(DROP_TARGET, false);
            ProjectCard card = drag.card();
            drag.end();
            if (card != null && card.stage() != model.stage()) {
                // After the gesture has finished: the dialog then opens with the mouse released.
                Platform.runLater(() -> actions.moveTo(card.id(), card.name(), model.stage()));
            }
        });
    }

    private boolean accepts() {
        return drag.card() != null && drag.card().stage() != model.stage();
    }

    VBox root() {
        return root;
    }
}
