package cn.zhaoshang.desk.app.ui;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.ui.AreaSearch;
import cn.zhaoshang.desk.common.ui.NavigationEntry;
import cn.zhaoshang.desk.common.ui.RecordLinks;
import cn.zhaoshang.desk.common.ui.UiKit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: navigation on the left, a top bar with the global search, the current
 * area in the middle and the status bar below. Areas are built on first visit and kept.
 */
public final class DeskShell {
    private final UiKit kit;
    private final Services services;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, Node> built = new HashMap<>();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private final List<NavigationEntry> entries;
    private final TextField globalSearch = new TextField();
    private GlobalSearch search;
    private final StatusBarView statusBar;
    private String current;

    public DeskShell(Services services, UiKit kit, ShellActions actions) {
        this.kit = kit;
        this.services = services;
        this.entries = Navigation.entries(services, kit, actions);
        this.statusBar = new StatusBarView(services, kit);
        root.setId("shell");
        root.getStyleClass().add("desk-shell");
        root.setLeft(navigationBar());
        content.setId("content");
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setCenter(new VBox(topBar(), offlineBanner(), content));
        root.setBottom(statusBar.root());
        kit.links().setOpener(this::openRecord);
        String start = kit.settings().get("ui.lastArea").orElse(entries.get(0).id());
        show(buttons.containsKey(start) ? start : entries.get(0).id());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts();
            }
        });
    }

    public BorderPane root() {
        return root;
    }

    public String currentArea() {
        return current;
    }

    /** Shows an area by id, building it on first visit. */
    public void show(String id) {
        NavigationEntry entry = entries.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        Node view = built.computeIfAbsent(id, k -> entry.view().get());
        content.getChildren().setAll(view);
        buttons.get(id).setSelected(true);
        current = id;
        kit.settings().put("ui.lastArea", id);
    }

    /** A link to a record was followed: its area comes to the front and opens it. */
    public void openRecord(RecordLinks.Kind kind, UUID id) {
        show(kind.area());
        RecordLinks.openIn(built.get(kind.area()), kind, id);
    }

    private VBox navigationBar() {
        VBox bar = new VBox(2);
        bar.setId("navigation");
        bar.getStyleClass().add("desk-nav");
        bar.setPadding(new Insets(12, 8, 12, 8));
        Label brand = new Label(kit.t("shell.brand"));
        brand.getStyleClass().addAll("title-3", "desk-brand");
        brand.setPadding(new Insets(0, 8, 12, 8));
        brand.setWrapText(true); // "Zhaoshang Desk" wraps in the narrow bar instead of ending in "…"
        bar.getChildren().add(brand);
        int index = 1;
        for (NavigationEntry entry : entries) {
            ToggleButton button = new ToggleButton(kit.t(entry.titleKey()), new FontIcon(entry.icon()));
            button.setId("nav-" + entry.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().addAll("flat", "desk-nav-button");
            String shortcut = index <= 10 ? "Ctrl+" + (index % 10) : "";
            button.setTooltip(new Tooltip(kit.t(entry.titleKey()) + (shortcut.isEmpty() ? "" : "  (" + shortcut + ")")));
            button.setOnAction(e -> show(entry.id()));
            buttons.put(entry.id(), button);
            if (entry.id().equals("settings")) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                bar.getChildren().add(spacer);
            }
            bar.getChildren().add(button);
            index++;
        }
        // A selected toggle clicked again must stay selected: the content always shows an area.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        bar.setPrefWidth(168);
        return bar;
    }

    /** Shown while the team server does not answer: typed text stays, saving waits for the server. */
    private Label offlineBanner() {
        Label banner = new Label(kit.t("server.banner.offline"), new FontIcon(Feather.WIFI_OFF));
        banner.setId("offline-banner");
        banner.getStyleClass().add("desk-offline-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setPadding(new Insets(6, 16, 6, 16));
        banner.setVisible(false);
        banner.managedProperty().bind(banner.visibleProperty());
        services.changes().onReachability(ok -> Platform.runLater(() -> banner.setVisible(!ok)));
        return banner;
    }

    private HBox topBar() {
        globalSearch.setId("global-search");
        globalSearch.setPromptText(kit.t("shell.search.prompt"));
        globalSearch.setPrefWidth(420);
        globalSearch.setTooltip(new Tooltip(kit.t("shell.search.tip")));
        search = new GlobalSearch(services, kit, globalSearch, this::searchFor);
        FontIcon searchIcon = new FontIcon(Feather.SEARCH);
        Label user = new Label(kit.t("shell.user", services.session().displayName()), new FontIcon(Feather.USER));
        user.setId("current-user");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, searchIcon, globalSearch, spacer, user);
        bar.setId("top-bar");
        bar.getStyleClass().add("desk-top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        return bar;
    }

    /** The global search opens the company library with the query (its search lives there). */
    private void searchFor(String query) {
        if (query == null || query.isBlank()) {
            return;
        }
        show("company");
        AreaSearch.handTo(built.get("company"), query.strip());
    }

    private void installShortcuts() {
        var accelerators = root.getScene().getAccelerators();
        for (int i = 0; i < Math.min(10, entries.size()); i++) {
            String id = entries.get(i).id();
            KeyCode digit = KeyCode.valueOf("DIGIT" + ((i + 1) % 10));
            accelerators.put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> show(id));
        }
        accelerators.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), globalSearch::requestFocus);
        accelerators.put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), () -> show("settings"));
    }

    /** The search box's hits now (tests). */
    List<GlobalSearch.Hit> searchHits() {
        return search.hits();
    }

    public StatusBarView statusBar() {
        return statusBar;
    }
}
