package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.ui.RecordLinks;
import cn.zhaoshang.desk.project.ClockState;
import cn.zhaoshang.desk.project.Project;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.StageClock;
import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A project in full: its fields, stage history, funds in place and incentives, with the actions
 * that change it (edit, change stage, archive). Every change reloads what it shows.
 */
final class ProjectDetailDialog {
    private final ProjectDetailViewModel model;
    private final FinanceViewModel finance;
    private final ProjectActions actions;
    private final Messages m;
    private final VBox header = new VBox(4);
    private final GridPane overview = new GridPane();
    private final HBox buttons = new HBox(8);
    private Dialog<Void> dialog;

    ProjectDetailDialog(ProjectDetailViewModel model, FinanceViewModel finance, ProjectActions actions, Messages messages) {
        this.model = model;
        this.finance = finance;
        this.actions = actions;
        this.m = messages;
    }


    void showAndWait(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        this.dialog = dialog;
        dialog.setTitle(m.get("project.detail.title"));
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType close = new ButtonType(m.get("project.action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        dialog.getDialogPane().lookupButton(close).setId("detail-close");
        dialog.getDialogPane().setId("project-detail");
        dialog.getDialogPane().setPrefHeight(600);

        TabPane tabs = new TabPane();
        tabs.setId("detail-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        overview.setHgap(16);
        overview.setVgap(8);
        overview.setPadding(new Insets(12));
        Tab overviewTab = new Tab(m.get("project.detail.overview"), new ScrollPane(new VBox(12, overview, buttons)));
        overviewTab.setId("detail-overview-tab");
        Tab historyTab = new Tab(m.get("project.detail.history"), padded(StageHistoryTable.create(model.history(), m)));
        historyTab.setId("detail-history-tab");
        Tab fundsTab = new Tab(m.get("project.detail.funds"), padded(FundsPane.funds(finance, m)));
        fundsTab.setId("detail-funds-tab");
        Tab incentivesTab = new Tab(m.get("project.detail.incentives"), padded(FundsPane.incentives(finance, m)));
        incentivesTab.setId("detail-incentives-tab");
        tabs.getTabs().addAll(overviewTab, historyTab, fundsTab, incentivesTab);
        ProjectUi.prepare(dialog.getDialogPane(), new VBox(10, header, tabs), 940);

        model.projectProperty().addListener((o, a, project) -> render(project));
        Runnable reloader = this::reload;
        actions.onChanged(reloader);
        reload();
        dialog.showAndWait();
        actions.removeOnChanged(reloader);
    }

    private void reload() {
        model.load();
        finance.load();
    }

    private static VBox padded(Node content) {
        VBox box = new VBox(content);
        box.setPadding(new Insets(12));
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private void render(Project p) {
        Label title = new Label(p.shownName());
        title.setId("detail-name");
        title.getStyleClass().add("detail-title");
        HBox badges = new HBox(6, ProjectUi.badge(m.label(p.stage()), "clock-NONE"));
        badges.setAlignment(Pos.CENTER_LEFT);
        ClockState clock = model.clockProperty().get();
        if (clock != ClockState.NONE) {
            badges.getChildren().add(ProjectUi.clockBadge(clock, m));
        }
        if (p.major()) {
            badges.getChildren().add(ProjectUi.badge(m.get("project.card.major"), "badge-major"));
        }
        if (p.archived()) {
            badges.getChildren().add(ProjectUi.badge(m.get("project.detail.archived"), "badge-secret"));
        }
        LocalDate today = actions.today();
        Label since = new Label(m.get("project.detail.since", m.label(p.stage()), p.stageEnteredOn(),
                StageClock.daysIn(p.stageEnteredOn(), today)));
        since.getStyleClass().add("text-muted");
        badges.getChildren().add(since);
        header.getChildren().setAll(new HBox(10, title), badges);

        overview.getChildren().clear();
        int row = 0;
        row = pair(row, "project.form.name", p.nameHidden() ? m.get("project.form.nameHidden") : p.name(),
                "project.form.codeName", p.codeName());
        overview.add(caption("project.form.company"), 0, row);
        overview.add(companyLink(p), 1, row);
        overview.add(caption("project.form.industry"), 2, row);
        overview.add(value(model.industryName(p.industryCode())), 3, row++);
        // The amounts carry their unit (万元 / 亿元): the captions do not say it again.
        row = pair(row, "project.detail.planned", Money.format(p.plannedInvestment(), m),
                "project.detail.contract", Money.format(p.contractAmount(), m));
        row = pair(row, "project.form.carrier", model.nameOf(p.carrierId()), "project.form.unit", model.nameOf(p.unitId()));
        row = pair(row, "project.form.leader", p.leaderInCharge(), "project.form.team", model.nameOf(p.teamId()));
        row = pair(row, "project.form.chain", model.chainNodeNames(p), "project.detail.signedOn", text(p.signedOn()));
        row = pair(row, "project.detail.registeredOn", text(p.registeredOn()), "project.detail.localUscc", p.localUscc());
        row = pair(row, "project.detail.startedOn", text(p.startedOn()), "project.detail.operatingOn", text(p.operatingOn()));
        if (p.dropReason() != null) {
            row = pair(row, "project.detail.dropReason", p.dropReason(), null, null);
        }
        pair(row, "project.form.notes", p.notes(), null, null);
        renderButtons(p);
    }

    private void renderButtons(Project p) {
        Button edit = new Button(m.get("project.action.edit"));
        edit.setId("detail-edit");
        edit.setDisable(p.archived());
        edit.setOnAction(e -> actions.edit(p.id()));
        MenuButton move = new MenuButton(m.get("project.action.moveTo"));
        move.setId("detail-move");
        move.setDisable(p.archived());
        for (ProjectStage stage : ProjectStage.values()) {
            if (stage != p.stage()) {
                MenuItem item = new MenuItem(m.label(stage));
                item.setId("detail-move-" + stage.name());
                item.setOnAction(e -> actions.moveTo(p.id(), p.shownName(), stage));
                move.getItems().add(item);
            }
        }
        Button archive = new Button(m.get(p.archived() ? "project.action.restore" : "project.action.archive"));
        archive.setId("detail-archive");
        archive.setOnAction(e -> actions.archive(p, !p.archived()));
        Button delete = new Button(m.get("project.action.delete"));
        delete.setId("detail-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> actions.delete(p, () -> {
            dialog.setResult(null);
            dialog.close();
        }));
        buttons.getChildren().setAll(edit, move, archive, delete);
    }

    /** The investor opens in the company library; the dialog closes so the library is seen. */
    private Node companyLink(Project p) {
        Node link = actions.links().link(p.companyName(), RecordLinks.Kind.COMPANY,
                p.companyId());
        link.setId("detail-company");
        if (link instanceof Hyperlink hyperlink) {
            hyperlink.setOnAction(e -> {
                dialog.close();
                actions.links().open(RecordLinks.Kind.COMPANY, p.companyId());
            });
        }
        return link;
    }

    private int pair(int row, String key1, String value1, String key2, String value2) {
        overview.add(caption(key1), 0, row);
        overview.add(value(value1), 1, row);
        if (key2 != null) {
            overview.add(caption(key2), 2, row);
            overview.add(value(value2), 3, row);
        }
        return row + 1;
    }

    private Label caption(String key) {
        Label label = new Label(m.get(key));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(text == null || text.isBlank() ? "—" : text);
        label.setWrapText(true);
        label.setMaxWidth(300);
        return label;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
