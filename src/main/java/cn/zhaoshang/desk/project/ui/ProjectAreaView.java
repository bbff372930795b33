package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.ui.RecordLinks;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.project.InspectionTourService;
import cn.zhaoshang.desk.project.LaggingList;
import cn.zhaoshang.desk.project.ProjectFinanceService;
import cn.zhaoshang.desk.project.ProjectService;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The project library area (招商项目库): the pipeline board, the list of the same filter and the
 * inspection tours, switched in the header; the "三未" lists one click away; new project (Ctrl+N)
 * and the stage clock's deadlines.
 */
public final class ProjectAreaView {
    /** The three views of the area. */
    public enum Mode { BOARD, LIST, TOURS }

    private final UiKit kit;
    private final ProjectService projects;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup modes = new ToggleGroup();
    private final Map<Mode, ToggleButton> modeButtons = new EnumMap<>(Mode.class);
    private final BoardViewModel board;
    private final ProjectListViewModel list;
    private final TourViewModel tours;
    private final ProjectFilterViewModel filter;
    private final ProjectActions actions;
    private final Node filterBar;
    private final Map<Mode, Node> views = new EnumMap<>(Mode.class);
    private boolean toursLoaded;

    public ProjectAreaView(UiKit kit, ProjectService projects, ProjectFinanceService finance, InspectionTourService tourService) {
        this.kit = kit;
        this.projects = projects;
        root.setId("project-area");
        ProjectUi.addStylesheet(root);
        actions = new ProjectActions(kit, projects, finance, this::window);
        filter = new ProjectFilterViewModel(projects, kit.tasks(), kit.messages(), kit.dialogs()::showError);
        board = new BoardViewModel(projects, kit.tasks(), kit.messages(), kit.dialogs()::showError);
        list = new ProjectListViewModel(projects, kit.tasks(), kit.messages(), kit.dialogs());
        tours = new TourViewModel(tourService, projects, kit.tasks(), kit.messages(), kit.dialogs());
        board.filterProperty().bind(filter.filterProperty());
        list.filterProperty().bind(filter.filterProperty());
        filter.filterProperty().addListener((o, a, f) -> reloadVisible());
        list.laggingProperty().addListener((o, a, b) -> list.reload());
        list.sortProperty().addListener((o, a, b) -> list.reload());
        actions.onChanged(this::reloadAll);

        views.put(Mode.BOARD, new BoardView(board, kit.messages(), actions).root());
        ProjectListView listView = new ProjectListView(list, kit.messages(), actions);
        views.put(Mode.LIST, listView.root());
        views.put(Mode.TOURS, new TourView(tours, kit.messages(), this::window, kit.dialogs()).root());
        filterBar = new ProjectFilterBar(filter, kit.messages()).root();
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setTop(new VBox(header(), filterBar));
        root.setCenter(content);
        installShortcuts();
        RecordLinks.answer(root, RecordLinks.Kind.PROJECT,
                id -> Platform.runLater(() -> actions.open(id)));
        filter.load();
        show(Mode.BOARD);
        board.reload();
        // Projects changed by others on the team server: the board and the list (if shown) read again in place.
        kit.live().watch(root, () -> {
            board.refreshLoaded();
            if (modes.getSelectedToggle() == modeButtons.get(Mode.LIST)) {
                list.refreshLoaded(listView.keepingPlace());
            }
        }, "project");
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private HBox header() {
        Label title = new Label(kit.t("project.title"));
        title.getStyleClass().add("title-3");
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox switcher = new HBox();
        switcher.getStyleClass().add("segmented-button");
        for (Mode mode : Mode.values()) {
            ToggleButton button = new ToggleButton(kit.t("project.mode." + mode.name()));
            button.setId("project-mode-" + mode.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(modes);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(e -> show(mode));
            modeButtons.put(mode, button);
            switcher.getChildren().add(button);
        }
        modeButtons.get(Mode.BOARD).getStyleClass().add("left-pill");
        modeButtons.get(Mode.LIST).getStyleClass().add("center-pill");
        modeButtons.get(Mode.TOURS).getStyleClass().add("right-pill");
        modes.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        HBox lagging = new HBox(6);
        lagging.setAlignment(Pos.CENTER_LEFT);
        for (LaggingList kind : LaggingList.values()) {
            Button button = new Button();
            button.setId("lagging-" + kind.name());
            button.getStyleClass().addAll("lagging-button", "small");
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setTooltip(new Tooltip(kit.t("project.lagging.tooltip", kit.messages().label(kind))));
            Runnable update = () -> {
                long n = board.lagging().getOrDefault(kind, 0L);
                button.setText(kit.t("project.lagging.button", kit.t("project.lagging.short." + kind.name()), n));
                button.getStyleClass().remove("danger");
                if (n > 0) {
                    button.getStyleClass().add("danger");
                }
            };
            board.lagging().addListener((MapChangeListener<LaggingList, Long>) c -> update.run());
            update.run();
            button.setOnAction(e -> showLagging(kind));
            lagging.getChildren().add(button);
        }
        Button deadlines = new Button(kit.t("project.deadline.button"), new FontIcon(Feather.CLOCK));
        deadlines.setId("project-deadlines");
        deadlines.setOnAction(e -> editDeadlines());
        deadlines.setMinWidth(Region.USE_PREF_SIZE);
        Button create = new Button(kit.t("project.action.new"), new FontIcon(Feather.PLUS));
        create.setId("project-new");
        create.getStyleClass().add("accent");
        create.setTooltip(new Tooltip(kit.t("project.action.newTip")));
        create.setOnAction(e -> actions.create());
        create.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, title, switcher, spacer, lagging, deadlines, create);
        bar.getStyleClass().add("project-header");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Shows one of the area's views; the filter bar belongs to the board and the list. */
    public void show(Mode mode) {
        modeButtons.get(mode).setSelected(true);
        content.getChildren().setAll(views.get(mode));
        filterBar.setVisible(mode != Mode.TOURS);
        filterBar.setManaged(mode != Mode.TOURS);
        if (mode == Mode.LIST) {
            list.reload();
        } else if (mode == Mode.TOURS && !toursLoaded) {
            toursLoaded = true;
            tours.load();
        }
    }

    /** Opens one of the "三未" lists: the list view of this stage's projects past their deadline. */
    public void showLagging(LaggingList kind) {
        list.laggingProperty().set(kind);
        show(Mode.LIST);
    }

    private void reloadVisible() {
        board.reload();
        if (modes.getSelectedToggle() == modeButtons.get(Mode.LIST)) {
            list.reload();
        }
    }

    private void reloadAll() {
        board.reload();
        if (modes.getSelectedToggle() == modeButtons.get(Mode.LIST)) {
            list.reload();
        }
        if (toursLoaded) {
            tours.load();
        }
    }

    private void editDeadlines() {
        DeadlinesViewModel model = new DeadlinesViewModel(projects, kit.tasks(), kit.messages(), kit.dialogs()::showError);
        if (new DeadlinesDialog(model, kit.messages()).showAndWait(window())) {
            reloadAll();
        }
    }

    /** Shortcuts of this area only (other areas may use the same keys): new project, reload. */
    private void installShortcuts() {
        KeyCombination newProject = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        KeyCombination reload = new KeyCodeCombination(KeyCode.F5);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (newProject.match(e)) {
                e.consume();
                actions.create();
            } else if (reload.match(e)) {
                e.consume();
                reloadAll();
            }
        });
    }

    public Node root() {
        return root;
    }

    /** For tests and the shell: the board's state. */
    BoardViewModel board() {
        return board;
    }
}
