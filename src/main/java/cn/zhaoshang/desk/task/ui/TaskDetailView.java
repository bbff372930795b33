package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.task.ReportDate;
import cn.zhaoshang.desk.task.SupervisionStatus;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskReport;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The right-hand pane of the task screens: one task, its actions and, for 督办 items, the report log. */
final class TaskDetailView {
    private final UiKit kit;
    private final TaskTexts texts;
    private final TaskDetailViewModel model;
    private final StackPane root = new StackPane();
    private final VBox content = new VBox(10);
    private final Node empty;
    private final VBox progressForm;

    TaskDetailView(UiKit kit, TaskTexts texts, TaskDetailViewModel model) {
        this.kit = kit;
        this.texts = texts;
        this.model = model;
        root.setId("task-detail");
        root.getStyleClass().add("task-detail");
        content.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        empty = EmptyState.create(Feather.CHECK_SQUARE, kit.t("task.detail.emptyTitle"), kit.t("task.detail.emptyHint"));
        root.getChildren().setAll(empty);
        root.setMinWidth(320);
        model.loadedProperty().addListener((obs, old, now) -> render());
        model.busyProperty().addListener((obs, old, now) -> content.setDisable(now));
        root.getProperties().put("scroll", scroll);
        progressForm = progressForm();
    }

    StackPane root() {
        return root;
    }

    private void render() {
        Task task = model.taskProperty().get();
        if (task == null) {
            root.getChildren().setAll(empty);
            return;
        }
        LocalDate today = model.today();
        Label title = new Label(task.title());
        title.setId("task-detail-title");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        FlowPane chips = new FlowPane(6, 4);
        chips.getChildren().add(TaskWidgets.statusChip(kit.messages(), task, today));
        chips.getChildren().add(TaskWidgets.chip(kit.t("task.chip.priority", kit.messages().label(task.priority())),
                task.priority().ordinal() >= 2 ? "warning" : null));
        SupervisionStatus status = model.supervisionProperty().get();
        if (task.isSupervised()) {
            chips.getChildren().add(TaskWidgets.chip(kit.messages().label(task.supervisionLevel()), "accent"));
            if (status != null) {
                Label state = TaskWidgets.supervisionChip(kit.messages(), status.state());
                state.setId("task-detail-supervision-state");
                chips.getChildren().add(state);
            }
        }
        content.getChildren().setAll(title, chips, facts(task, today));
        if (task.details() != null) {
            Label details = new Label(task.details());
            details.setWrapText(true);
            details.setId("task-detail-details");
            content.getChildren().add(details);
        }
        content.getChildren().add(actions(task));
        if (task.isSupervised() && status != null) {
            content.getChildren().addAll(new Separator(), supervision(task, status));
        }
        ScrollPane scroll = (ScrollPane) root.getProperties().get("scroll");
        root.getChildren().setAll(scroll);
    }

    private GridPane facts(Task task, LocalDate today) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        Label due = new Label(texts.dueLong(task, today));
        due.setId("task-detail-due");
        if (task.isOverdue(today)) {
            due.getStyleClass().add("task-due-overdue");
        }
        row = fact(grid, row, "task.field.dueOn", due);
        row = fact(grid, row, "task.field.assignee", new Label(orDash(task.assigneeName())));
        row = fact(grid, row, "task.field.team", new Label(orDash(task.teamName())));
        if (task.companyName() != null) {
            row = fact(grid, row, "task.field.company", wrapped(task.companyName()));
        }
        if (task.projectName() != null) {
            row = fact(grid, row, "task.field.project", wrapped(task.projectName()));
        }
        String source = kit.messages().label(task.source()) + (task.sourceNote() == null ? "" : " · " + task.sourceNote());
        row = fact(grid, row, "task.field.source", wrapped(source));
        row = fact(grid, row, "task.field.createdOn", new Label(texts.longDate(task.createdOn())));
        if (task.completedOn() != null) {
            String closed = texts.longDate(task.completedOn())
                    + (task.completionNote() == null ? "" : " · " + task.completionNote());
            fact(grid, row, task.status() == TaskStatus.DONE ? "task.field.completedOn"
                    : "task.field.cancelledOn", wrapped(closed));
        }
        return grid;
    }

    private int fact(GridPane grid, int row, String key, Label value) {
        Label name = new Label(kit.t(key));
        name.getStyleClass().add("task-muted");
        name.setMinWidth(64);
        grid.addRow(row, name, value);
        GridPane.setHgrow(value, Priority.ALWAYS);
        return row + 1;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    private FlowPane actions(Task task) {
        FlowPane bar = new FlowPane(6, 6);
        bar.setPadding(new Insets(4, 0, 0, 0));
        if (task.isOpen()) {
            if (task.status() == TaskStatus.OPEN) {
                bar.getChildren().add(button("task-action-start", "task.action.start", Feather.PLAY, model::start));
            }
            Button complete = button("task-action-complete", "task.action.complete", Feather.CHECK, () ->
                    TaskWidgets.askNote(owner(), kit.messages(), kit.t("task.action.complete"), kit.t("task.complete.prompt"),
                            false).ifPresent(model::complete));
            complete.getStyleClass().add("success");
            bar.getChildren().add(complete);
            bar.getChildren().add(button("task-action-reschedule", "task.action.reschedule", Feather.CALENDAR, () ->
                    TaskWidgets.askDate(owner(), kit.messages(), kit.t("task.action.reschedule"),
                            kit.t("task.reschedule.prompt"), task.dueOn() == null ? model.today() : task.dueOn())
                            .ifPresent(model::reschedule)));
        } else {
            bar.getChildren().add(button("task-action-reopen", "task.action.reopen", Feather.ROTATE_CCW, model::reopen));
        }
        bar.getChildren().add(button("task-action-edit", "task.action.edit", Feather.EDIT_2, () ->
                TaskEditorDialog.edit(kit, model.service(), task, saved -> model.show(saved.id()))));
        MenuButton more = new MenuButton(null, new FontIcon(Feather.MORE_HORIZONTAL));
        more.setId("task-action-more");
        more.getStyleClass().addAll("flat", "small");
        if (task.isOpen()) {
            MenuItem cancel = new MenuItem(kit.t("task.action.cancel"));
            cancel.setId("task-action-cancel");
            cancel.setOnAction(e -> TaskWidgets.askNote(owner(), kit.messages(), kit.t("task.action.cancel"),
                    kit.t("task.cancel.prompt"), true).ifPresent(model::cancel));
            more.getItems().add(cancel);
        }
        MenuItem delete = new MenuItem(kit.t("task.action.delete"));
        delete.setId("task-action-delete");
        delete.setOnAction(e -> {
            if (kit.dialogs().confirm(kit.t("task.delete.confirm", task.title()))) {
                model.delete();
            }
        });
        more.getItems().add(delete);
        bar.getChildren().add(more);
        return bar;
    }

    private Button button(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(kit.t(key), new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("small");
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox supervision(Task task, SupervisionStatus status) {
        VBox box = new VBox(8);
        box.setId("task-detail-supervision");
        Label header = new Label(kit.t("task.supervision.title"));
        header.getStyleClass().add("task-detail-section");
        String cycle = task.reportEveryDays() == null ? kit.t("task.supervision.noCycle")
                : kit.t("task.supervision.cycle", task.reportEveryDays());
        String next = status.nextReportOn() == null ? "" : "  ·  " + kit.t("task.supervision.next",
                texts.relative(status.nextReportOn(), model.today()));
        Label summary = new Label(cycle + next);
        summary.setWrapText(true);
        FlowPane dates = new FlowPane(4, 4);
        dates.setId("task-detail-report-dates");
        var all = status.dates();
        for (ReportDate d : all.subList(Math.max(0, all.size() - 12), all.size())) {
            Label chip = TaskWidgets.chip(texts.shortDate(d.date()) + " " + kit.messages().label(d.mark()),
                    TaskWidgets.markVariant(d.mark()));
            dates.getChildren().add(chip);
        }
        Button addDate = new Button(kit.t("task.supervision.addDate"), new FontIcon(Feather.PLUS));
        addDate.setId("task-add-report-date");
        addDate.getStyleClass().add("flat");
        addDate.setOnAction(e -> TaskWidgets.askDate(owner(), kit.messages(), kit.t("task.supervision.addDate"),
                kit.t("task.supervision.addDatePrompt"), model.today().plusDays(7)).ifPresent(model::addReportDate));
        box.getChildren().addAll(header, summary, dates, addDate);
        if (task.isOpen()) {
            box.getChildren().add(progressForm);
        }
        Label log = new Label(kit.t("task.supervision.reports", model.progressReports().size()));
        log.getStyleClass().add("task-detail-section");
        box.getChildren().add(log);
        if (model.progressReports().isEmpty()) {
            Label none = new Label(kit.t("task.supervision.noReports"));
            none.getStyleClass().add("task-muted");
            box.getChildren().add(none);
        }
        for (TaskReport r : model.progressReports()) {
            Label when = new Label(texts.longDate(r.reportedOn()) + (r.reportedBy() == null ? "" : " · " + r.reportedBy()));
            when.getStyleClass().add("task-muted");
            box.getChildren().add(new VBox(2, when, wrapped(r.progress())));
        }
        return box;
    }

    private VBox progressForm() {
        TextArea text = new TextArea();
        text.setId("task-progress-text");
        text.setPromptText(kit.t("task.supervision.progressPrompt"));
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.progressTextProperty());
        DatePicker date = TaskWidgets.datePicker("task-progress-date");
        date.valueProperty().bindBidirectional(model.progressDateProperty());
        date.setPrefWidth(150);
        Button submit = new Button(kit.t("task.supervision.submit"), new FontIcon(Feather.SEND));
        submit.setId("task-progress-submit");
        submit.getStyleClass().add("accent");
        submit.setOnAction(e -> model.addProgress());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.progressErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        HBox row = new HBox(8, date, submit);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, text, error, row);
    }

    private Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
