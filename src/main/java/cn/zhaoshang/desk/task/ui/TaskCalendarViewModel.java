package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.task.CalendarData;
import cn.zhaoshang.desk.task.CalendarEntry;
import cn.zhaoshang.desk.task.CalendarScope;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskListService;
import cn.zhaoshang.desk.task.TaskService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The calendar of tasks (by due day) and planned visits (visits' next steps by due day), by month
 * or by week. Dropping a task on another day reschedules it; dropping a planned visit makes it a
 * task due that day (a visit itself is never changed: visits are append-only).
 */
final class TaskCalendarViewModel {
    enum Mode { MONTH, WEEK }

    /** One day of the grid: its entries (the first few), how many it holds, and whether it is in the shown period. */
    record Day(LocalDate date, boolean inPeriod, boolean today, List<CalendarEntry> entries, int total) { }

    static final int MONTH_PER_DAY = 4;
    static final int WEEK_PER_DAY = 40;

    private final TaskService tasks;
    private final TaskListService lists;
    private final TaskRunner runner;
    private final TaskTexts texts;
    private final Consumer<Throwable> errors;
    private final Consumer<String> notices;
    private long generation;

    // Properties
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.MONTH);
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>();
    private final ObjectProperty<CalendarScope> scope = new SimpleObjectProperty<>(CalendarScope.MINE);
    private final BooleanProperty withClosed = new SimpleBooleanProperty();
    private final ObservableList<Day> days = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();

    TaskCalendarViewModel(TaskService tasks, TaskListService lists, TaskRunner runner, TaskTexts texts,
                          Consumer<Throwable> errors, Consumer<String> notices) {
        this.tasks = tasks;
        this.lists = lists;
        this.runner = runner;
        this.texts = texts;
        this.errors = errors;
        this.notices = notices;
        anchor.set(lists.today());
        if (tasks.myPersonId() == null) {
            scope.set(CalendarScope.ALL);   // nobody to call "mine": start with everyone's
        }
        mode.addListener((obs, old, now) -> refresh());
        scope.addListener((obs, old, now) -> refresh());
        withClosed.addListener((obs, old, now) -> refresh());
    }

    ObjectProperty<Mode> modeProperty() { return mode; }
    ObjectProperty<LocalDate> anchorProperty() { return anchor; }
    ObjectProperty<CalendarScope> scopeProperty() { return scope; }
    BooleanProperty withClosedProperty() { return withClosed; }
    ObservableList<Day> days() { return days; }
    StringProperty titleProperty() { return title; }
    BooleanProperty loadingProperty() { return loading; }
    LocalDate today() { return lists.today(); }

    /** First and last day of the grid: six whole weeks around the month, or the week (Monday first). */
    LocalDate[] range() {
        LocalDate a = anchor.get();
        if (mode.get() == Mode.WEEK) {
            LocalDate monday = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new LocalDate[] {monday, monday.plusDays(6)};
        }
        LocalDate first = a.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new LocalDate[] {first, first.plusDays(41)};
    }

    // Commands

    void previous() {
        move(-1);
    }

    void next() {
        move(1);
    }

    void goToday() {
        anchor.set(lists.today());
        refresh();
    }

    /** Shows the week of a day (from "+N more" in the month). */
    void showWeekOf(LocalDate day) {
        anchor.set(day);
        if (mode.get() == Mode.WEEK) {
            refresh();
        } else {
            mode.set(Mode.WEEK);
        }
    }

    private void move(int step) {
        anchor.set(mode.get() == Mode.WEEK ? anchor.get().plusWeeks(step) : anchor.get().plusMonths(step).withDayOfMonth(1));
        refresh();
    }

    void refresh() {
        LocalDate[] range = range();
        title.set(mode.get() == Mode.WEEK
                ? texts.t("task.calendar.weekTitle", texts.shortDate(range[0]), texts.shortDate(range[1]))
                : texts.month(anchor.get()));
        long mine = ++generation;
        int perDay = mode.get() == Mode.WEEK ? WEEK_PER_DAY : MONTH_PER_DAY;
        CalendarScope s = scope.get();
        boolean closed = withClosed.get();
        loading.set(true);
        runner.run(texts.t("task.job.loading"), p -> lists.calendar(s, range[0], range[1], closed, perDay), data -> {
            if (mine == generation) {
                loading.set(false);
                apply(data);
            }
        }, error -> {
            loading.set(false);
            errors.accept(error);
        });
    }

    private void apply(CalendarData data) {
        LocalDate today = lists.today();
        int month = anchor.get().getMonthValue();
        List<Day> grid = new ArrayList<>();
        for (LocalDate d = data.from(); !d.isAfter(data.to()); d = d.plusDays(1)) {
            boolean inPeriod = mode.get() == Mode.WEEK || d.getMonthValue() == month;
            grid.add(new Day(d, inPeriod, d.equals(today), data.on(d), data.totalOn(d)));
        }
        days.setAll(grid);
    }

    /** An entry was dropped on a day: a task moves there; a planned visit becomes a task due there. */
    void drop(CalendarEntry entry, LocalDate day) {
        if (entry.date().equals(day) || !(entry.isTask() || entry.isPlannedVisit())) {
            return;
        }
        if (entry.isTask()) {
            runner.run(texts.t("task.job.saving"), p -> tasks.reschedule(entry.id(), entry.version(), day), (Task moved) -> {
                notices.accept(texts.t("task.calendar.moved", moved.title(), texts.shortDate(day)));
                refresh();
            }, error -> {
                errors.accept(error);
                refresh();
            });
        } else {
            makeTask(entry, day);
        }
    }

    /** Makes a task of a planned visit, due on the given day. */
    void makeTask(CalendarEntry visit, LocalDate day) {
        Messages language = texts.messages(); // the task's texts are stored as worded on this screen
        runner.run(texts.t("task.job.saving"), p -> tasks.createFromVisit(visit.id(), day, language), (Task made) -> {
            notices.accept(texts.t("task.calendar.made", made.title(), texts.shortDate(made.dueOn())));
            refresh();
        }, errors);
    }
}
