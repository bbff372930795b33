package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.task.SupervisionStatus;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskReport;
import cn.zhaoshang.desk.task.TaskService;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One task on the side of a list: what it is, where its supervision stands, its progress reports,
 * and what can be done to it (start, complete, cancel, reopen, reschedule, delete, report). A save
 * refused as stale is shown and the task is read again, so the user sees what the other side saved.
 */
final class TaskDetailViewModel {
    /** What is shown for one task. */
    record Loaded(Task task, SupervisionStatus supervision, List<TaskReport> reports) { }

    private final TaskService tasks;
    private final TaskRunner runner;
    private final TaskTexts texts;
    private final Consumer<Throwable> errors;
    private Consumer<Task> onChanged = t -> { };
    private long generation;

    // Properties
    private final ReadOnlyObjectWrapper<Task> task = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SupervisionStatus> supervision = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TaskReport> progressReports = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> progressDate = new SimpleObjectProperty<>();
    private final StringProperty progressError = new SimpleStringProperty("");

    TaskDetailViewModel(TaskService tasks, TaskRunner runner, TaskTexts texts, Consumer<Throwable> errors) {
        this.tasks = tasks;
        this.runner = runner;
        this.texts = texts;
        this.errors = errors;
    }

    ReadOnlyObjectProperty<Task> taskProperty() { return task.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<SupervisionStatus> supervisionProperty() { return supervision.getReadOnlyProperty(); }
    /** Everything shown, set last: a view redraws once per load, with task, status and reports all current. */
    ReadOnlyObjectProperty<Loaded> loadedProperty() { return loaded.getReadOnlyProperty(); }
    ObservableList<TaskReport> progressReports() { return progressReports; }
    BooleanProperty busyProperty() { return busy; }
    StringProperty progressTextProperty() { return progressText; }
    ObjectProperty<LocalDate> progressDateProperty() { return progressDate; }
    StringProperty progressErrorProperty() { return progressError; }
    LocalDate today() { return tasks.today(); }
    TaskService service() { return tasks; }

    /** Called after every change made here with the task as saved (null when it was deleted). */
    void setOnChanged(Consumer<Task> listener) {
        this.onChanged = listener;
    }

    // Commands

    void show(UUID id) {
        if (id == null) {
            clear();
            return;
        }
        long mine = ++generation;
        runner.run(texts.t("task.job.loading"), p -> load(id), loaded -> {
            if (mine == generation) {
                apply(loaded);
            }
        }, errors);
    }

    void clear() {
        generation++;
        task.set(null);
        supervision.set(null);
        progressReports.clear();
        loaded.set(null);
    }

    void start() {
        change(() -> tasks.start(current().id(), current().version()));
    }

    void complete(String note) {
        change(() -> tasks.complete(current().id(), current().version(), note));
    }

    void cancel(String reason) {
        change(() -> tasks.cancel(current().id(), current().version(), reason));
    }

    void reopen() {
        change(() -> tasks.reopen(current().id(), current().version()));
    }

    void reschedule(LocalDate day) {
        change(() -> tasks.reschedule(current().id(), current().version(), day));
    }

    void delete() {
        Task gone = current();
        busy.set(true);
        runner.run(texts.t("task.job.saving"), p -> {
            tasks.delete(gone.id(), gone.version());
            return gone;
        }, deleted -> {
            busy.set(false);
            clear();
            onChanged.accept(null);
        }, this::failed);
    }

    /** Files the progress report typed in (text and date); the text is required. */
    void addProgress() {
        Task current = current();
        String text = progressText.get();
        if (text == null || text.isBlank()) {
            progressError.set(texts.t("task.error.noteRequired"));
            return;
        }
        progressError.set("");
        LocalDate day = progressDate.get();
        change(() -> {
            tasks.addProgress(current.id(), day, text);
            return tasks.get(current.id());
        }, () -> progressText.set(""), error -> {
            if (error instanceof DeskException desk && !(error instanceof StaleRecordException)) {
                busy.set(false);
                progressError.set(texts.messages().describe(desk));
            } else {
                failed(error);
            }
        });
    }

    void addReportDate(LocalDate day) {
        Task current = current();
        change(() -> {
            tasks.addReportDate(current.id(), day);
            return tasks.get(current.id());
        });
    }

    private Task current() {
        Task t = task.get();
        if (t == null) {
            throw new IllegalStateException("No task shown");
        }
        return t;
    }

    private void change(Supplier<Task> write) {
        change(write, () -> { }, this::failed);
    }

    private void change(Supplier<Task> write, Runnable then, Consumer<Throwable> onError) {
        busy.set(true);
        long mine = ++generation;
        runner.run(texts.t("task.job.saving"), p -> load(write.get()), loaded -> {
            busy.set(false);
            if (mine == generation) {
                apply(loaded);
            }
            then.run();
            onChanged.accept(loaded.task());
        }, onError);
    }

    private void failed(Throwable error) {
        busy.set(false);
        errors.accept(error);
        Task shown = task.get();
        if (error instanceof StaleRecordException && shown != null) {
            show(shown.id());
        }
    }

    private Loaded load(UUID id) {
        return load(tasks.get(id));
    }

    private Loaded load(Task t) {
        List<TaskReport> reports = t.isSupervised() ? tasks.reports(t.id()) : List.of();
        return new Loaded(t, SupervisionStatus.evaluate(t, reports, tasks.today()), reports);
    }

    private void apply(Loaded shown) {
        progressError.set("");
        if (progressDate.get() == null) {
            progressDate.set(tasks.today());
        }
        progressReports.setAll(shown.reports().stream().filter(TaskReport::isProgress)
                .sorted(Comparator.comparing(TaskReport::reportedOn).reversed()).toList());
        supervision.set(shown.task().isSupervised() ? shown.supervision() : null);
        task.set(shown.task());
        loaded.set(shown);
    }
}
