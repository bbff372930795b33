package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.task.DueBucket;
import cn.zhaoshang.desk.task.MyTasks;
import cn.zhaoshang.desk.task.NextStep;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskRow;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** 我的任务: a summary line, the sectioned list, and the selected task beside it. */
final class MyTasksView {
    private final UiKit kit;
    private final TaskTexts texts;
    private final MyTasksViewModel model;
    private final TaskDetailViewModel detail;
    private final BorderPane root = new BorderPane();
    private final ListView<MyTasksViewModel.Item> list = new ListView<>();
    private final HBox summary = new HBox(10);
    private final StackPane center = new StackPane();
    private final Consumer<DueBucket> onShowAll;
    private final String who;

    MyTasksView(UiKit kit, TaskTexts texts, MyTasksViewModel model, TaskDetailViewModel detail, Session session,
                Consumer<DueBucket> onShowAll) {
        this.kit = kit;
        this.texts = texts;
        this.model = model;
        this.detail = detail;
        this.onShowAll = onShowAll;
        this.who = session.displayName();
        root.setId("task-mine");
        list.setId("task-mine-list");
        list.setItems(model.items());
        list.getStyleClass().add("task-list");
        list.setCellFactory(v -> new ItemCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now instanceof MyTasksViewModel.TaskItem item) {
                detail.show(item.row().task().id());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() instanceof MyTasksViewModel.StepItem s) {
                model.makeTask(s.step());
            }
        });
        summary.setPadding(new Insets(12, 16, 8, 16));
        summary.setAlignment(Pos.CENTER_LEFT);
        root.setTop(summary);
        SplitPane split = new SplitPane(center, new TaskDetailView(kit, texts, detail).root());
        split.setDividerPositions(0.6);
        root.setCenter(split);
        model.currentProperty().addListener((obs, old, now) -> render(now));
        detail.setOnChanged(t -> model.refresh());
        center.getChildren().setAll(list);
    }

    BorderPane root() {
        return root;
    }

    private void render(MyTasks mine) {
        summary.getChildren().clear();
        Label hello = new Label(kit.t("task.mine.hello", who, texts.fullDate(mine.today())));
        hello.getStyleClass().add("title-4");
        hello.setId("task-mine-hello");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        summary.getChildren().addAll(hello, spacer);
        if (!mine.linked()) {
            center.getChildren().setAll(EmptyState.create(Feather.USER_X, kit.t("task.mine.unlinkedTitle"),
                    kit.t("task.mine.unlinkedHint")));
            return;
        }
        for (DueBucket bucket : DueBucket.values()) {
            summary.getChildren().add(card("task-mine-count-" + bucket.name(), kit.messages().label(bucket), mine.count(bucket),
                    "task-section-" + bucket.name()));
        }
        summary.getChildren().add(card("task-mine-count-steps", kit.t("task.mine.steps"), mine.nextSteps().size(),
                "task-section-NEXT_STEPS"));
        if (model.items().isEmpty()) {
            center.getChildren().setAll(EmptyState.create(Feather.SUN, kit.t("task.mine.emptyTitle"), kit.t("task.mine.emptyHint")));
        } else {
            center.getChildren().setAll(list);
            reselect();
        }
    }

    private VBox card(String id, String name, int count, String style) {
        Label number = new Label(String.valueOf(count));
        number.getStyleClass().addAll("task-summary-number", style);
        number.setId(id);
        Label caption = new Label(name);
        caption.getStyleClass().add("task-muted");
        VBox card = new VBox(0, number, caption);
        card.getStyleClass().add("task-summary-card");
        card.setAlignment(Pos.CENTER);
        card.setMinWidth(76);
        return card;
    }

    /** After a reload, keep (or move to) the task the user is looking at. */
    private void reselect() {
        UUID wanted = model.toSelectProperty().get();
        if (wanted == null && detail.taskProperty().get() != null) {
            wanted = detail.taskProperty().get().id();
        }
        int index = wanted == null ? -1 : model.indexOf(wanted);
        if (index >= 0) {
            list.getSelectionModel().select(index);
            list.scrollTo(Math.max(0, index - 3));
            detail.show(wanted);
        } else if (wanted != null) {
            detail.clear();
        } else {
            selectFirstTask();
        }
        model.toSelectProperty().set(null);
    }

    /** With nothing chosen yet, the most pressing task is shown beside the list. */
    private void selectFirstTask() {
        for (int i = 0; i < model.items().size(); i++) {
            if (model.items().get(i) instanceof MyTasksViewModel.TaskItem) {
                list.getSelectionModel().select(i);
                return;
            }
        }
    }

    private final class ItemCell extends ListCell<MyTasksViewModel.Item> {
        ItemCell() {
            setPrefWidth(0);   // the list's width decides, long titles are cut with an ellipsis
        }

        @Override
        protected void updateItem(MyTasksViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setId(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            setGraphic(switch (item) {
                case MyTasksViewModel.Header h -> header(kit.messages().label(h.bucket()) + "  " + h.count(),
                        "task-section-" + h.bucket().name());
                case MyTasksViewModel.TaskItem t -> taskLine(t.row());
                case MyTasksViewModel.More m -> more(m);
                case MyTasksViewModel.StepHeader s -> header(kit.t("task.mine.stepsHeader", s.count()), "task-section-NEXT_STEPS");
                case MyTasksViewModel.StepItem s -> stepLine(s.step());
            });
        }

        private Label header(String text, String style) {
            Label label = new Label(text);
            label.getStyleClass().addAll("task-section-header", style);
            return label;
        }

        private Node taskLine(TaskRow row) {
            Task task = row.task();
            setId("task-mine-item-" + task.id());
            Label title = new Label(task.title());
            if (TaskWidgets.titleStyle(task) != null) {
                title.getStyleClass().add(TaskWidgets.titleStyle(task));
            }
            String links = texts.links(task);
            Label meta = new Label(links.isEmpty() ? kit.messages().label(task.source()) : links);
            meta.getStyleClass().add("task-muted");
            VBox text = new VBox(2, title, meta);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            HBox line = new HBox(8, TaskWidgets.priorityDot(task.priority()), text);
            line.setAlignment(Pos.CENTER_LEFT);
            if (row.supervision() != null) {
                line.getChildren().add(TaskWidgets.supervisionChip(kit.messages(), row.supervision().state()));
            }
            Label due = new Label(texts.due(task, model.today()));
            due.setMinWidth(Region.USE_PREF_SIZE);
            if (task.isOverdue(model.today())) {
                due.getStyleClass().add("task-due-overdue");
            } else if (task.dueOn() != null && task.dueOn().equals(model.today())) {
                due.getStyleClass().add("task-due-today");
            }
            line.getChildren().add(due);
            return line;
        }

        private Node more(MyTasksViewModel.More m) {
            Button all = new Button(kit.t("task.mine.more", m.hidden()));
            all.getStyleClass().addAll("flat", "small");
            all.setOnAction(e -> onShowAll.accept(m.bucket()));
            return all;
        }

        private Node stepLine(NextStep step) {
            Label what = new Label(step.nextStep());
            what.setWrapText(false);
            Label meta = new Label(kit.t("task.mine.stepMeta", step.companyName(), texts.shortDate(step.occurredOn()),
                    kit.t("task.visitKind." + step.kind())));
            meta.getStyleClass().add("task-muted");
            VBox text = new VBox(2, what, meta);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Label due = new Label(step.dueOn() == null ? "" : texts.relative(step.dueOn(), model.today()));
            due.setMinWidth(Region.USE_PREF_SIZE);
            if (step.dueOn() != null && step.dueOn().isBefore(model.today())) {
                due.getStyleClass().add("task-due-overdue");
            }
            Button make = new Button(kit.t("task.mine.makeTask"), new FontIcon(Feather.PLUS_SQUARE));
            make.setId("make-task-" + step.interactionId());
            make.getStyleClass().addAll("small", "accent");
            make.setMinWidth(Region.USE_PREF_SIZE);
            make.setOnAction(e -> model.makeTask(step));
            HBox line = new HBox(8, new FontIcon(Feather.MAP_PIN), text, due, make);
            line.setAlignment(Pos.CENTER_LEFT);
            return line;
        }
    }
}
