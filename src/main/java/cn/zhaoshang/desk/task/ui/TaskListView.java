package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.ui.KeepPlace;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.task.LinkedRecord;
import cn.zhaoshang.desk.task.SupervisionFilter;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskRow;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Team tasks, all tasks and supervised items: filters on top, the paged table, the selected task beside it. */
final class TaskListView {
    private final UiKit kit;
    private final TaskTexts texts;
    private final TaskListViewModel model;
    private final TaskDetailViewModel detail;
    private final BorderPane root = new BorderPane();
    private final TableView<TaskRow> table = new TableView<>();
    private final String prefix;

    TaskListView(UiKit kit, TaskTexts texts, TaskListViewModel model, TaskDetailViewModel detail) {
        this.kit = kit;
        this.texts = texts;
        this.model = model;
        this.detail = detail;
        this.prefix = "task-list-" + model.preset().name().toLowerCase(Locale.ROOT);
        root.setId(prefix);
        root.setTop(filters());
        table.setId(prefix + "-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(kit.t("task.list.empty")));
        columns();
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TaskRow item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && getIndex() == model.rows().size() - 1 && model.hasMoreProperty().get()) {
                    model.loadMore();   // the last row came into view: read the next page
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                detail.show(now.task().id());
            }
        });
        BorderPane left = new BorderPane(table);
        left.setBottom(footer());
        SplitPane split = new SplitPane(left, new TaskDetailView(kit, texts, detail).root());
        split.setDividerPositions(0.74);
        root.setCenter(split);
        detail.setOnChanged(t -> model.refresh());
    }

    BorderPane root() {
        return root;
    }

    /** Others changed tasks: rows read again, the selected task and the scroll position kept. */
    void refreshInPlace() {
        model.refreshLoaded(KeepPlace.of(table, (TaskRow r) -> r.task().id()));
    }

    private Node filters() {
        ComboBox<Choice> assignee = choices(prefix + "-assignee", model.people(), model.assigneeProperty(), "task.filter.anyAssignee");
        ComboBox<Choice> team = choices(prefix + "-team", model.teams(), model.teamProperty(), "task.filter.anyTeam");
        CheckComboBox<TaskStatus> status = new CheckComboBox<>(FXCollections.observableArrayList(TaskStatus.values()));
        status.setId(prefix + "-status");
        status.setConverter(converter(s -> kit.messages().label(s)));
        status.setTitle(kit.t("task.filter.status"));
        model.statuses().forEach(s -> status.getCheckModel().check(s));
        status.getCheckModel().getCheckedItems().addListener((ListChangeListener<TaskStatus>) c -> {
            Set<TaskStatus> checked = EnumSet.noneOf(TaskStatus.class);
            checked.addAll(status.getCheckModel().getCheckedItems());
            if (!checked.equals(model.statuses())) {
                model.applyFilters(() -> {
                    model.statuses().retainAll(checked);
                    model.statuses().addAll(checked);
                });
            }
        });
        model.statuses().addListener((SetChangeListener<TaskStatus>) c -> {
            if (c.wasAdded() && !status.getCheckModel().isChecked(c.getElementAdded())) {
                status.getCheckModel().check(c.getElementAdded());
            }
            if (c.wasRemoved() && status.getCheckModel().isChecked(c.getElementRemoved())) {
                status.getCheckModel().clearCheck(c.getElementRemoved());
            }
        });
        CheckBox overdue = new CheckBox(kit.t("task.filter.overdueOnly"));
        overdue.setId(prefix + "-overdue");
        overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        DatePicker from = date(prefix + "-due-from", model.dueFromProperty(), "task.filter.dueFrom");
        DatePicker to = date(prefix + "-due-to", model.dueToProperty(), "task.filter.dueTo");
        ComboBox<SupervisionFilter> supervision = new ComboBox<>(FXCollections.observableArrayList(SupervisionFilter.values()));
        supervision.setId(prefix + "-supervision");
        supervision.setConverter(converter(s -> kit.messages().label(s)));
        supervision.valueProperty().bindBidirectional(model.supervisionProperty());
        Button clear = new Button(kit.t("task.filter.clear"), new FontIcon(Feather.X_CIRCLE));
        clear.setId(prefix + "-clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> model.clearFilters());
        FlowPane bar = new FlowPane(8, 6, assignee, team, status, overdue, from, to, supervision, linkFilter(), clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("task-filter-bar");
        return bar;
    }

    private Node linkFilter() {
        LinkPicker picker = new LinkPicker(kit, model.service(), prefix + "-link");
        picker.field().setPrefWidth(200);
        picker.setOnPick(model.linkedProperty()::set);
        HBox box = new HBox(4, picker.field());
        box.setAlignment(Pos.CENTER_LEFT);
        model.linkedProperty().addListener((obs, old, now) -> {
            box.getChildren().setAll(picker.field());
            if (now != null) {
                Label chip = TaskWidgets.chip(now.name(), now.kind() == LinkedRecord.Kind.COMPANY ? "accent" : "success");
                chip.setId(prefix + "-link-chip");
                Button remove = new Button(null, new FontIcon(Feather.X));
                remove.getStyleClass().addAll("flat", "button-icon");
                remove.setOnAction(e -> model.linkedProperty().set(null));
                box.getChildren().addAll(chip, remove);
            }
        });
        return box;
    }

    private ComboBox<Choice> choices(String id, ObservableList<Choice> source, ObjectProperty<Choice> property, String anyKey) {
        Choice any = new Choice(null, kit.t(anyKey));
        ObservableList<Choice> items = FXCollections.observableArrayList(any);
        source.addListener((ListChangeListener<Choice>) c -> {
            Choice keep = property.get();
            items.setAll(any);
            items.addAll(source);
            property.set(keep);
        });
        ComboBox<Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(any.name());
        box.setValue(property.get() == null ? any : property.get());
        box.valueProperty().addListener((obs, old, now) -> property.set(now == null || now.id() == null ? null : now));
        property.addListener((obs, old, now) -> box.setValue(now == null ? any : now));
        box.setPrefWidth(150);
        return box;
    }

    private DatePicker date(String id, ObjectProperty<LocalDate> property, String promptKey) {
        DatePicker picker = TaskWidgets.datePicker(id);
        picker.setPromptText(kit.t(promptKey));
        picker.setPrefWidth(130);
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T value) { return value == null ? "" : text.apply(value); }
            @Override public T fromString(String s) { return null; }
        };
    }

    private void columns() {
        TableColumn<TaskRow, TaskRow> title = column("task.column.title", 290, row -> {
            Task t = row.task();
            Label label = new Label(t.title());
            if (TaskWidgets.titleStyle(t) != null) {
                label.getStyleClass().add(TaskWidgets.titleStyle(t));
            }
            String linked = texts.links(t);
            Label links = new Label(linked.isEmpty() ? kit.messages().label(t.source()) : linked);
            links.getStyleClass().add("task-muted");
            VBox lines = new VBox(1, label, links);
            lines.setMinWidth(0);
            HBox box = new HBox(6, TaskWidgets.priorityDot(t.priority()), lines);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        });
        TableColumn<TaskRow, TaskRow> due = column("task.column.due", 112, row -> {
            Label label = new Label(texts.due(row.task(), model.today()));
            if (row.task().isOverdue(model.today())) {
                label.getStyleClass().add("task-due-overdue");
            }
            return label;
        });
        TableColumn<TaskRow, TaskRow> status = column("task.column.status", 76,
                row -> TaskWidgets.statusChip(kit.messages(), row.task(), model.today()));
        TableColumn<TaskRow, TaskRow> assignee = column("task.column.assignee", 70, row -> text(row.task().assigneeName()));
        TableColumn<TaskRow, TaskRow> team = column("task.column.team", 130, row -> text(row.task().teamName()));
        TableColumn<TaskRow, TaskRow> supervision = column("task.column.supervision", 150, row -> {
            if (row.supervision() == null) {
                return null;
            }
            HBox box = new HBox(4, TaskWidgets.chip(kit.messages().label(row.task().supervisionLevel()), null),
                    TaskWidgets.supervisionChip(kit.messages(), row.supervision().state()));
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        });
        table.getColumns().setAll(List.of(title, due, status, assignee, team, supervision));
    }

    private static Label text(String s) {
        return new Label(s == null ? "" : s);
    }

    private TableColumn<TaskRow, TaskRow> column(String key, double width, Function<TaskRow, Node> render) {
        TableColumn<TaskRow, TaskRow> column = new TableColumn<>(kit.t(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TaskRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : render.apply(item));
            }
        });
        return column;
    }

    private HBox footer() {
        Label count = new Label();
        count.setId(prefix + "-count");
        Runnable update = () -> {
            int total = model.totalProperty().get();
            count.setText(total < 0 ? kit.t("task.list.counting", model.rows().size())
                    : kit.t("task.list.count", total, model.rows().size()));
        };
        model.totalProperty().addListener((obs, old, now) -> update.run());
        model.rows().addListener((ListChangeListener<TaskRow>) c -> update.run());
        Button more = new Button(kit.t("task.list.more"));
        more.setId(prefix + "-more");
        more.getStyleClass().addAll("flat", "small");
        more.visibleProperty().bind(model.hasMoreProperty());
        more.setOnAction(e -> model.loadMore());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, count, spacer, more);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(4, 12, 4, 12));
        return footer;
    }
}
