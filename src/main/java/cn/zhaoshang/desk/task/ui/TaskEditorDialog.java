package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.task.LinkedRecord;
import cn.zhaoshang.desk.task.SupervisionLevel;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskDraft;
import cn.zhaoshang.desk.task.TaskPriority;
import cn.zhaoshang.desk.task.TaskService;
import cn.zhaoshang.desk.task.TaskSource;
import cn.zhaoshang.desk.task.TaskValidation;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The task editor, for a new task (blank or prefilled from a company, project or visit) or an
 * existing one. Problems show beside their fields; the dialog stays open until the save succeeds.
 * Other features open it with {@link #create(UiKit, TaskService, TaskDraft, Consumer)}.
 */
public final class TaskEditorDialog {
    private final UiKit kit;
    private final TaskEditorViewModel model;
    private final Dialog<Task> dialog = new Dialog<>();

    private TaskEditorDialog(UiKit kit, TaskEditorViewModel model) {
        this.kit = kit;
        this.model = model;
    }

    /** Opens the editor for a new task from a draft (e.g. {@code TaskService.draftForCompany}); calls back once saved. */
    public static void create(UiKit kit, TaskService tasks, TaskDraft draft, Consumer<Task> onSaved) {
        TaskTexts texts = new TaskTexts(kit.messages());
        new TaskEditorDialog(kit, TaskEditorViewModel.forNew(tasks, kit.tasks(), texts, kit.dialogs()::showError, draft))
                .show(onSaved);
    }

    static void edit(UiKit kit, TaskService tasks, Task task, Consumer<Task> onSaved) {
        TaskTexts texts = new TaskTexts(kit.messages());
        new TaskEditorDialog(kit, TaskEditorViewModel.forEdit(tasks, kit.tasks(), texts, kit.dialogs()::showError, task))
                .show(onSaved);
    }

    private void show(Consumer<Task> onSaved) {
        dialog.setTitle(kit.t(model.isNew() ? "task.editor.newTitle" : "task.editor.editTitle"));
        dialog.setHeaderText(null);
        dialog.initOwner(Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(null));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().setId("task-editor");
        TaskWidgets.style(dialog.getDialogPane());
        ButtonType save = new ButtonType(kit.t("task.action.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, TaskWidgets.cancel(kit.messages()));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("task-editor-save");
        saveButton.disableProperty().bind(model.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(saved -> {
                dialog.setResult(saved);
                dialog.close();
                onSaved.accept(saved);
            });
        });
        model.loadChoices();
        dialog.show();
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPrefWidth(620);
        grid.getColumnConstraints().addAll(new ColumnConstraints(80), grow(), new ColumnConstraints(70), grow());
        int row = 0;

        TextField title = new TextField();
        title.setId("task-editor-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        title.setPromptText(kit.t("task.editor.titlePrompt"));
        row = wide(grid, row, "task.field.title", title, "title");
        Platform.runLater(title::requestFocus);

        TextArea details = new TextArea();
        details.setId("task-editor-details");
        details.setPrefRowCount(3);
        details.setWrapText(true);
        details.textProperty().bindBidirectional(model.detailsProperty());
        row = wide(grid, row, "task.field.details", details, "details");

        DatePicker due = TaskWidgets.datePicker("task-editor-due");
        due.valueProperty().bindBidirectional(model.dueOnProperty());
        ComboBox<TaskPriority> priority = enumBox("task-editor-priority", TaskPriority.values(), model.priorityProperty());
        row = pair(grid, row, "task.field.dueOn", due, "task.field.priority", priority);

        ComboBox<Choice> assignee = choiceBox("task-editor-assignee", model.people(), model.assigneeProperty());
        ComboBox<Choice> team = choiceBox("task-editor-team", model.teams(), model.teamProperty());
        row = pair(grid, row, "task.field.assignee", assignee, "task.field.team", team);

        row = wide(grid, row, "task.field.links", links(), "links");

        ComboBox<TaskSource> source = enumBox("task-editor-source", TaskSource.values(), model.sourceProperty());
        TextField sourceNote = new TextField();
        sourceNote.setId("task-editor-source-note");
        sourceNote.setPromptText(kit.t("task.editor.sourceNotePrompt"));
        sourceNote.textProperty().bindBidirectional(model.sourceNoteProperty());
        row = pair(grid, row, "task.field.source", source, "task.field.sourceNote", sourceNote);
        grid.add(problem("sourceNote"), 3, row++);

        wide(grid, row, "task.field.supervision", supervision(), "reportEveryDays");
        return grid;
    }

    private Node links() {
        FlowPane chips = new FlowPane(6, 4);
        chips.setAlignment(Pos.CENTER_LEFT);
        Runnable render = () -> {
            chips.getChildren().clear();
            linkChip(chips, model.companyProperty(), "task-editor-company");
            linkChip(chips, model.projectProperty(), "task-editor-project");
        };
        model.companyProperty().addListener((obs, old, now) -> render.run());
        model.projectProperty().addListener((obs, old, now) -> render.run());
        render.run();
        LinkPicker picker = new LinkPicker(kit, model.service(), "task-editor-link");
        picker.setOnPick(model::link);
        picker.field().setPrefWidth(220);
        return new VBox(4, chips, picker.field());
    }

    private void linkChip(FlowPane chips, ObjectProperty<LinkedRecord> slot, String id) {
        LinkedRecord r = slot.get();
        if (r == null) {
            return;
        }
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll("flat", "button-icon");
        remove.setId(id + "-remove");
        remove.setOnAction(e -> slot.set(null));
        Label name = TaskWidgets.chip(r.name(), r.kind() == LinkedRecord.Kind.COMPANY ? "accent" : "success");
        name.setId(id);
        HBox chip = new HBox(2, name, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chips.getChildren().add(chip);
    }

    private Node supervision() {
        CheckBox supervised = new CheckBox(kit.t("task.editor.supervised"));
        supervised.setId("task-editor-supervised");
        supervised.selectedProperty().bindBidirectional(model.supervisedProperty());
        ComboBox<SupervisionLevel> level = enumBox("task-editor-level", SupervisionLevel.values(), model.levelProperty());
        Spinner<Integer> every = new Spinner<>(1, TaskValidation.REPORT_EVERY_MAX, valueOr(model.reportEveryDaysProperty().get()));
        every.setId("task-editor-report-every");
        every.setEditable(true);
        every.setPrefWidth(80);
        every.valueProperty().addListener((obs, old, now) -> model.reportEveryDaysProperty().set(now));
        model.reportEveryDaysProperty().set(every.getValue());
        DatePicker start = TaskWidgets.datePicker("task-editor-report-start");
        start.setPromptText(kit.t("task.editor.reportStartPrompt"));
        start.setPrefWidth(150);
        start.valueProperty().bindBidirectional(model.reportStartOnProperty());
        HBox cycle = new HBox(6, level, new Label(kit.t("task.editor.every")), every, new Label(kit.t("task.editor.daysFrom")),
                start);
        cycle.setAlignment(Pos.CENTER_LEFT);
        cycle.disableProperty().bind(supervised.selectedProperty().not());
        return new VBox(6, supervised, cycle, problem("reportStartOn"), problem("level"));
    }

    private static int valueOr(Integer value) {
        return value == null ? TaskEditorViewModel.DEFAULT_REPORT_EVERY : value;
    }

    private int wide(GridPane grid, int row, String key, Node control, String field) {
        grid.add(label(key), 0, row);
        grid.add(control, 1, row, 3, 1);
        grid.add(problem(field), 1, row + 1, 3, 1);
        return row + 2;
    }

    private int pair(GridPane grid, int row, String leftKey, Node left, String rightKey, Node right) {
        grid.addRow(row, label(leftKey), left, label(rightKey), right);
        if (left instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        if (right instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        return row + 1;
    }

    private Label label(String key) {
        Label label = new Label(kit.t(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** The problem line of a field: empty until validation finds something. */
    private Label problem(String field) {
        Label error = new Label();
        error.setId("task-editor-error-" + field);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        model.problems().addListener((MapChangeListener<String, String>) c ->
                error.setText(model.problems().getOrDefault(field, "")));
        return error;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private <E extends Enum<E>> ComboBox<E> enumBox(String id, E[] values, ObjectProperty<E> property) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(E e) { return e == null ? "" : kit.messages().label(e); }
            @Override public E fromString(String s) { return null; }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private ComboBox<Choice> choiceBox(String id, ObservableList<Choice> items, ObjectProperty<Choice> property) {
        ComboBox<Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(kit.t("task.editor.nobody"));
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}
