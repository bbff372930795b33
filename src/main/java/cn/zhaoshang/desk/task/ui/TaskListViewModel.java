package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.task.LinkedRecord;
import cn.zhaoshang.desk.task.SupervisionFilter;
import cn.zhaoshang.desk.task.TaskCursor;
import cn.zhaoshang.desk.task.TaskListService;
import cn.zhaoshang.desk.task.TaskPage;
import cn.zhaoshang.desk.task.TaskQuery;
import cn.zhaoshang.desk.task.TaskRow;
import cn.zhaoshang.desk.task.TaskService;
import cn.zhaoshang.desk.task.TaskStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * A filtered task list read page by page (keyset; never the whole table): team tasks, all tasks
 * and supervised items are this list with different starting filters. Any filter change reads the
 * first page and the count again; answers to an older filter are dropped.
 */
final class TaskListViewModel {
    static final int PAGE = 200;

    /** The starting filters of the three list tabs. */
    enum Preset { TEAM, ALL, SUPERVISION }

    private final TaskService tasks;
    private final TaskListService lists;
    private final TaskRunner runner;
    private final TaskTexts texts;
    private final Consumer<Throwable> errors;
    private final Preset preset;
    private long generation;
    private TaskCursor next;
    private boolean applying;

    // Properties: filters
    private final ObjectProperty<Choice> assignee = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> team = new SimpleObjectProperty<>();
    private final ObservableSet<TaskStatus> statuses = FXCollections.observableSet(EnumSet.noneOf(TaskStatus.class));
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> dueFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> dueTo = new SimpleObjectProperty<>();
    private final ObjectProperty<LinkedRecord> linked = new SimpleObjectProperty<>();
    private final ObjectProperty<SupervisionFilter> supervision = new SimpleObjectProperty<>(SupervisionFilter.ANY);
    // Properties: results
    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty(-1);
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObservableList<Choice> people = FXCollections.observableArrayList();
    private final ObservableList<Choice> teams = FXCollections.observableArrayList();

    TaskListViewModel(TaskService tasks, TaskListService lists, TaskRunner runner, TaskTexts texts,
                      Consumer<Throwable> errors, Preset preset) {
        this.tasks = tasks;
        this.lists = lists;
        this.runner = runner;
        this.texts = texts;
        this.errors = errors;
        this.preset = preset;
        statuses.addAll(EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS));
        if (preset == Preset.SUPERVISION) {
            supervision.set(SupervisionFilter.SUPERVISED);
        }
        Runnable changed = () -> {
            if (!applying) {
                refresh();
            }
        };
        for (var p : List.of(assignee, team, overdueOnly, dueFrom, dueTo, linked, supervision)) {
            p.addListener((obs, old, now) -> changed.run());
        }
        statuses.addListener((SetChangeListener<TaskStatus>) c -> changed.run());
    }

    ObjectProperty<Choice> assigneeProperty() { return assignee; }
    ObjectProperty<Choice> teamProperty() { return team; }
    ObservableSet<TaskStatus> statuses() { return statuses; }
    BooleanProperty overdueOnlyProperty() { return overdueOnly; }
    ObjectProperty<LocalDate> dueFromProperty() { return dueFrom; }
    ObjectProperty<LocalDate> dueToProperty() { return dueTo; }
    ObjectProperty<LinkedRecord> linkedProperty() { return linked; }
    ObjectProperty<SupervisionFilter> supervisionProperty() { return supervision; }
    ObservableList<TaskRow> rows() { return rows; }
    IntegerProperty totalProperty() { return total; }
    BooleanProperty hasMoreProperty() { return hasMore; }
    BooleanProperty loadingProperty() { return loading; }
    ObservableList<Choice> people() { return people; }
    ObservableList<Choice> teams() { return teams; }
    Preset preset() { return preset; }
    LocalDate today() { return lists.today(); }
    TaskService service() { return tasks; }

    /** The filters as a query. */
    TaskQuery query() {
        LinkedRecord link = linked.get();
        return new TaskQuery(id(assignee.get()), id(team.get()), statuses, overdueOnly.get(), dueFrom.get(), dueTo.get(),
                link != null && link.kind() == LinkedRecord.Kind.COMPANY ? link.id() : null,
                link != null && link.kind() == LinkedRecord.Kind.PROJECT ? link.id() : null, supervision.get());
    }

    private static UUID id(Choice c) {
        return c == null ? null : c.id();
    }

    // Commands

    /** Reads the choices, sets the preset's filters (the team list starts on my team) and the first page. */
    void start() {
        runner.run(texts.t("task.job.loading"), p -> new Object[] {tasks.people(), tasks.teams(), tasks.myTeams()}, found -> {
            @SuppressWarnings("unchecked") List<Choice> ps = (List<Choice>) found[0];
            @SuppressWarnings("unchecked") List<Choice> ts = (List<Choice>) found[1];
            @SuppressWarnings("unchecked") List<UUID> mine = (List<UUID>) found[2];
            people.setAll(ps);
            teams.setAll(ts);
            if (preset == Preset.TEAM && !mine.isEmpty() && team.get() == null) {
                applying = true;
                team.set(ts.stream().filter(t -> t.id().equals(mine.get(0))).findFirst().orElse(null));
                applying = false;
            }
            refresh();
        }, errors);
    }

    /** Sets several filters at once (e.g. "show all my overdue tasks") with a single reload. */
    void applyFilters(Runnable change) {
        applying = true;
        try {
            change.run();
        } finally {
            applying = false;
        }
        refresh();
    }

    void clearFilters() {
        applyFilters(() -> {
            assignee.set(null);
            if (preset != Preset.TEAM) {
                team.set(null);
            }
            statuses.clear();
            statuses.addAll(EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS));
            overdueOnly.set(false);
            dueFrom.set(null);
            dueTo.set(null);
            linked.set(null);
            supervision.set(preset == Preset.SUPERVISION ? SupervisionFilter.SUPERVISED : SupervisionFilter.ANY);
        });
    }

    /** The first page and the count for the current filters. */
    void refresh() {
        long mine = ++generation;
        TaskQuery query = query();
        loading.set(true);
        total.set(-1);
        runner.run(texts.t("task.job.loading"), p -> lists.page(query, null, PAGE), page -> {
            if (mine == generation) {
                rows.setAll(page.rows());
                accept(page);
            }
        }, this::failed);
        runner.run(texts.t("task.job.counting"), p -> lists.count(query), count -> {
            if (mine == generation) {
                total.set(count);
            }
        }, this::failed);
    }

    /**
     * Others changed tasks: the rows already loaded are read again (as many as are shown) with the
     * count; {@code place} applies them so that the view keeps its selection and scroll position.
     */
    void refreshLoaded(Consumer<Runnable> place) {
        if (loading.get()) {
            return;
        }
        long mine = generation;
        TaskQuery query = query();
        int size = Math.max(PAGE, rows.size());
        runner.run(texts.t("task.job.loading"), p -> lists.page(query, null, size), page -> {
            if (mine == generation) {
                place.accept(() -> rows.setAll(page.rows()));
                next = page.next();
                hasMore.set(next != null);
            }
        }, this::failed);
        runner.run(texts.t("task.job.counting"), p -> lists.count(query), count -> {
            if (mine == generation) {
                total.set(count);
            }
        }, this::failed);
    }

    /** The next page, appended. */
    void loadMore() {
        if (next == null || loading.get()) {
            return;
        }
        long mine = generation;
        TaskQuery query = query();
        TaskCursor after = next;
        loading.set(true);
        runner.run(texts.t("task.job.loading"), p -> lists.page(query, after, PAGE), page -> {
            if (mine == generation) {
                rows.addAll(page.rows());
                accept(page);
            }
        }, this::failed);
    }

    private void accept(TaskPage page) {
        next = page.next();
        hasMore.set(next != null);
        loading.set(false);
    }

    private void failed(Throwable error) {
        loading.set(false);
        errors.accept(error);
    }
}
