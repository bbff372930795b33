package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.ui.RecordLinks;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.task.DueBucket;
import cn.zhaoshang.desk.task.TaskListService;
import cn.zhaoshang.desk.task.TaskService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The 任务清单 area: 我的任务, 团队任务, 全部任务, 督办事项 and 日历 as tabs (each built on first
 * visit and read again whenever it is shown), with "new task" (Ctrl+N) and "refresh" (F5).
 */
final class TaskAreaView {
    static final String LAST_TAB = "task.lastTab";
    private final UiKit kit;
    private final TaskService tasks;
    private final TaskListService lists;
    private final Session session;
    private final TaskTexts texts;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<String, Runnable> refreshers = new LinkedHashMap<>();
    /** What the shown tab does when others changed tasks: like a refresh, but keeping the place in a list. */
    private final Map<String, Runnable> inPlace = new LinkedHashMap<>();
    private MyTasksViewModel mine;
    private TaskListViewModel all;
    private TaskDetailViewModel allDetail;

    TaskAreaView(UiKit kit, TaskService tasks, TaskListService lists, Session session) {
        this.kit = kit;
        this.tasks = tasks;
        this.lists = lists;
        this.session = session;
        this.texts = new TaskTexts(kit.messages());
        root.setId("task-area");
        TaskWidgets.style(root);
        tabs.setId("task-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tab("mine", "task.tab.mine", Feather.SUN, this::buildMine);
        tab("team", "task.tab.team", Feather.USERS, () -> buildList(TaskListViewModel.Preset.TEAM));
        tab("all", "task.tab.all", Feather.LIST, () -> buildList(TaskListViewModel.Preset.ALL));
        tab("supervision", "task.tab.supervision", Feather.FLAG, () -> buildList(TaskListViewModel.Preset.SUPERVISION));
        tab("calendar", "task.tab.calendar", Feather.CALENDAR, this::buildCalendar);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> shown(now));
        root.setTop(toolbar());
        root.setCenter(tabs);
        String last = kit.settings().get(LAST_TAB).orElse("mine");
        tabs.getTabs().stream().filter(t -> t.getId().equals("task-tab-" + last)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        shown(tabs.getSelectionModel().getSelectedItem());
        RecordLinks.answer(root, RecordLinks.Kind.TASK, this::openTask);
        // Hidden tabs read again when shown; the shown one now.
        kit.live().watch(root, () -> inPlace.getOrDefault(selectedId(), () -> { }).run(), "task", "interaction");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newTask);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refresh);
            }
        });
    }

    BorderPane root() {
        return root;
    }

    private void tab(String id, String key, Feather icon, Supplier<Node> build) {
        Tab tab = new Tab(kit.t(key));
        tab.setId("task-tab-" + id);
        tab.setGraphic(new FontIcon(icon));
        tab.setUserData(build);
        tabs.getTabs().add(tab);
    }

    /** A tab is built on first visit, and read again on every later visit (others may have changed tasks). */
    private void shown(Tab tab) {
        if (tab == null) {
            return;
        }
        String id = tab.getId().substring("task-tab-".length());
        kit.settings().put(LAST_TAB, id);
        if (tab.getContent() == null) {
            @SuppressWarnings("unchecked") Supplier<Node> build = (Supplier<Node>) tab.getUserData();
            tab.setContent(build.get());
        } else {
            refreshers.getOrDefault(id, () -> { }).run();
        }
    }

    private HBox toolbar() {
        Label title = new Label(kit.t("shell.nav.task"));
        title.getStyleClass().add("title-3");
        Button create = new Button(kit.t("task.action.new"), new FontIcon(Feather.PLUS));
        create.setId("task-new");
        create.getStyleClass().add("accent");
        create.setTooltip(new Tooltip(kit.t("task.action.newTip")));
        create.setOnAction(e -> newTask());
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("task-refresh");
        refresh.setTooltip(new Tooltip(kit.t("task.action.refreshTip")));
        refresh.setOnAction(e -> refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, create, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 6, 16));
        return bar;
    }

    private String selectedId() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? "" : tab.getId().substring("task-tab-".length());
    }

    private void refresh() {
        refreshers.getOrDefault(selectedId(), () -> { }).run();
    }

    /** A new task of my own, prefilled in the background (my team), then the editor. */
    private void newTask() {
        kit.tasks().run(kit.t("task.job.loading"), p -> tasks.draftForMe(),
                draft -> TaskEditorDialog.create(kit, tasks, draft, saved -> refresh()), kit.dialogs()::showError);
    }

    private Node buildMine() {
        mine = new MyTasksViewModel(tasks, lists, kit.tasks(), texts, kit.dialogs()::showError);
        MyTasksView view = new MyTasksView(kit, texts, mine, detail(), session, this::showAllOfMine);
        refreshers.put("mine", mine::refresh);
        inPlace.put("mine", mine::refresh);   // it re-selects the task shown beside it
        mine.refresh();
        return view.root();
    }

    private Node buildList(TaskListViewModel.Preset preset) {
        TaskListViewModel model = new TaskListViewModel(tasks, lists, kit.tasks(), texts, kit.dialogs()::showError, preset);
        TaskDetailViewModel shown = detail();
        TaskListView view = new TaskListView(kit, texts, model, shown);
        if (preset == TaskListViewModel.Preset.ALL) {
            all = model;
            allDetail = shown;
        }
        String id = preset == TaskListViewModel.Preset.TEAM ? "team" : preset == TaskListViewModel.Preset.ALL ? "all"
                : "supervision";
        refreshers.put(id, model::refresh);
        inPlace.put(id, view::refreshInPlace);
        model.start();
        return view.root();
    }

    private Node buildCalendar() {
        TaskCalendarViewModel model = new TaskCalendarViewModel(tasks, lists, kit.tasks(), texts, kit.dialogs()::showError,
                kit.dialogs()::notify);
        TaskCalendarView view = new TaskCalendarView(kit, texts, model, detail());
        refreshers.put("calendar", model::refresh);
        inPlace.put("calendar", model::refresh);
        model.refresh();
        return view.root();
    }

    private TaskDetailViewModel detail() {
        return new TaskDetailViewModel(tasks, kit.tasks(), texts, kit.dialogs()::showError);
    }

    /** A link to a task (from its company): the list of all tasks, with that task shown beside it. */
    private void openTask(UUID id) {
        Tab allTab = tabs.getTabs().stream().filter(t -> t.getId().equals("task-tab-all")).findFirst().orElseThrow();
        if (allTab.getContent() == null) {
            allTab.setContent(buildList(TaskListViewModel.Preset.ALL));
        }
        tabs.getSelectionModel().select(allTab);
        allDetail.show(id);
    }

    /** "Show all N" under a section of my tasks: the full list, filtered to me and that section's dates. */
    private void showAllOfMine(DueBucket bucket) {
        Tab allTab = tabs.getTabs().stream().filter(t -> t.getId().equals("task-tab-all")).findFirst().orElseThrow();
        if (allTab.getContent() == null) {
            allTab.setContent(buildList(TaskListViewModel.Preset.ALL));
        }
        LocalDate today = lists.today();
        LocalDate weekEnd = DueBucket.endOfWeek(today);
        all.applyFilters(() -> {
            all.assigneeProperty().set(new Choice(tasks.myPersonId(), session.displayName()));
            all.overdueOnlyProperty().set(bucket == DueBucket.OVERDUE);
            all.dueFromProperty().set(switch (bucket) {
                case OVERDUE -> null;
                case TODAY -> today;
                case THIS_WEEK -> today.plusDays(1);
                case LATER -> weekEnd.plusDays(1);
            });
            all.dueToProperty().set(switch (bucket) {
                case OVERDUE -> null;
                case TODAY -> today;
                case THIS_WEEK -> weekEnd;
                case LATER -> null;
            });
        });
        tabs.getSelectionModel().select(allTab);
    }
}
