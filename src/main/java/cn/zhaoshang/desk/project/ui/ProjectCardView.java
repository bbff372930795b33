package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.project.ClockState;
import cn.zhaoshang.desk.project.ProjectCard;
import cn.zhaoshang.desk.project.ProjectStage;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A card on the board: project (or code name), investor, amount, team and days in stage with the
 * stage clock. Dragging it to another column, or "移动到" in its menu, asks to change its stage;
 * double-click or Enter opens it.
 */
final class ProjectCardView {
    static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");

    private final VBox root = new VBox();
    private final ProjectCard card;

    ProjectCardView(ProjectCard card, Messages m, ProjectActions actions, BoardDrag drag) {
        this.card = card;
        root.setId("card-" + card.id());
        root.getStyleClass().add("board-card");
        root.setFocusTraversable(true);
        root.getProperties().put(ProjectCard.class, card);

        Label name = new Label(card.name());
        name.getStyleClass().add("board-card-name");
        name.setWrapText(true);
        name.setMaxHeight(40);
        Label company = line(card.companyName() == null ? m.get("project.card.noCompany") : card.companyName());
        Label amount = new Label(card.amount() == null ? m.get("project.card.noAmount") : Money.format(card.amount(), m));
        amount.getStyleClass().add("board-card-amount");
        amount.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane money = row(amount);
        if (card.major()) {
            money.getChildren().add(fixed(ProjectUi.badge(m.get("project.card.major"), "badge-major")));
        }
        Label team = line(card.teamName() == null ? m.get("project.card.noTeam") : card.teamName());
        Label days = line(m.get("project.card.days", card.daysInStage()));
        days.setId("card-days");
        days.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane clock = row(days);
        if (card.confidential()) {
            clock.getChildren().add(fixed(ProjectUi.badge(m.get("project.card.secret"), "badge-secret")));
        }
        if (card.clock() != ClockState.NONE) {
            clock.getChildren().add(fixed(ProjectUi.clockBadge(card.clock(), m)));
        }
        root.getChildren().addAll(name, company, money, team, clock);
        Tooltip.install(root, new Tooltip(tooltip(m)));

        root.setOnMouseClicked(e -> {
            root.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                actions.open(card.id());
            }
        });
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                actions.open(card.id());
            }
        });
        root.setOnContextMenuRequested(e -> menu(m, actions).show(root, e.getScreenX(), e.getScreenY()));
        // A full press-drag-release gesture: it stays inside the scene graph, so it works the same
        // everywhere (also headless), and the columns see it as MouseDragEvents.
        root.setOnDragDetected(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                drag.start(card);
                root.pseudoClassStateChanged(DRAGGING, true);
                root.startFullDrag();
            }
        });
        root.setOnMouseReleased(e -> {
            root.pseudoClassStateChanged(DRAGGING, false);
            // Later: the column under the mouse may receive its drag-released event after this one.
            Platform.runLater(drag::end);
        });
    }

    /** A line with its first item and the badges added after it; badges wrap when the column is narrow. */
    private static FlowPane row(Label first) {
        FlowPane row = new FlowPane(6, 2, first);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPrefWrapLength(100);
        return row;
    }

    private static Label fixed(Label badge) {
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("board-card-line");
        return label;
    }

    private String tooltip(Messages m) {
        return String.join("\n", card.name(),
                card.companyName() == null ? m.get("project.card.noCompany") : card.companyName(),
                m.get("project.card.tip.stage", m.label(card.stage()), card.stageEnteredOn(), card.daysInStage()),
                m.get("project.card.tip.unit", card.unitName() == null ? "—" : card.unitName(),
                        card.leaderInCharge() == null ? "—" : card.leaderInCharge()),
                m.get("project.card.tip.carrier", card.carrierName() == null ? "—" : card.carrierName()));
    }

    private ContextMenu menu(Messages m, ProjectActions actions) {
        MenuItem open = new MenuItem(m.get("project.action.open"));
        open.setOnAction(e -> actions.open(card.id()));
        MenuItem edit = new MenuItem(m.get("project.action.edit"));
        edit.setOnAction(e -> actions.edit(card.id()));
        Menu move = new Menu(m.get("project.action.moveTo"));
        for (ProjectStage stage : ProjectStage.values()) {
            if (stage != card.stage()) {
                MenuItem to = new MenuItem(m.label(stage));
                to.setId("move-to-" + stage.name());
                to.setOnAction(e -> actions.moveTo(card.id(), card.name(), stage));
                move.getItems().add(to);
            }
        }
        return new ContextMenu(open, edit, new SeparatorMenuItem(), move);
    }

    VBox root() {
        return root;
    }
}
