package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.task.DueBucket;
import cn.zhaoshang.desk.task.MyTasks;
import cn.zhaoshang.desk.task.NextStep;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskListService;
import cn.zhaoshang.desk.task.TaskRow;
import cn.zhaoshang.desk.task.TaskService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 我的任务, the first screen of a recruiter's morning: open tasks in the sections 已逾期 / 今天 /
 * 本周 / 以后, then the visits' next steps that still wait to become tasks (one click each).
 */
final class MyTasksViewModel {
    /** A line of the list: a section header, a task, a "more in the full list" line, or a next step. */
    sealed interface Item permits Header, TaskItem, More, StepHeader, StepItem { }

    record Header(DueBucket bucket, int count) implements Item { }

    record TaskItem(TaskRow row) implements Item { }

    record More(DueBucket bucket, int hidden) implements Item { }

    record StepHeader(int count) implements Item { }

    record StepItem(NextStep step) implements Item { }

    private final TaskService tasks;
    private final TaskListService lists;
    private final TaskRunner runner;
    private final TaskTexts texts;
    private final Consumer<Throwable> errors;
    private long generation;

    // Properties
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<MyTasks> current = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<UUID> toSelect = new SimpleObjectProperty<>();

    MyTasksViewModel(TaskService tasks, TaskListService lists, TaskRunner runner, TaskTexts texts, Consumer<Throwable> errors) {
        this.tasks = tasks;
        this.lists = lists;
        this.runner = runner;
        this.texts = texts;
        this.errors = errors;
    }

    ObservableList<Item> items() { return items; }
    ObjectProperty<MyTasks> currentProperty() { return current; }
    BooleanProperty loadingProperty() { return loading; }
    /** The task the list should select after a reload (e.g. the one just made from a next step). */
    ObjectProperty<UUID> toSelectProperty() { return toSelect; }
    LocalDate today() { return lists.today(); }

    // Commands

    void refresh() {
        long mine = ++generation;
        loading.set(true);
        runner.run(texts.t("task.job.loading"), p -> lists.myTasks(), found -> {
            if (mine == generation) {
                loading.set(false);
                apply(found);
            }
        }, error -> {
            loading.set(false);
            errors.accept(error);
        });
    }

    /** Turns a visit's next step into a task (one click) and shows it in its section. */
    void makeTask(NextStep step) {
        UUID visit = step.interactionId();
        Messages language = texts.messages(); // the task's texts are stored as worded on this screen
        runner.run(texts.t("task.job.saving"), p -> tasks.createFromVisit(visit, language), (Task made) -> {
            toSelect.set(made.id());
            refresh();
        }, errors);
    }

    private void apply(MyTasks found) {
        List<Item> lines = new ArrayList<>();
        if (found.linked()) {
            for (DueBucket bucket : DueBucket.values()) {
                List<TaskRow> rows = found.rows().getOrDefault(bucket, List.of());
                int count = found.count(bucket);
                if (count == 0) {
                    continue;
                }
                lines.add(new Header(bucket, count));
                rows.forEach(r -> lines.add(new TaskItem(r)));
                if (count > rows.size()) {
                    lines.add(new More(bucket, count - rows.size()));
                }
            }
            if (!found.nextSteps().isEmpty()) {
                lines.add(new StepHeader(found.nextSteps().size()));
                found.nextSteps().forEach(s -> lines.add(new StepItem(s)));
            }
        }
        items.setAll(lines);
        current.set(found);
    }

    /** Index of the task in the list, or -1. */
    int indexOf(UUID taskId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof TaskItem t && t.row().task().id().equals(taskId)) {
                return i;
            }
        }
        return -1;
    }
}
