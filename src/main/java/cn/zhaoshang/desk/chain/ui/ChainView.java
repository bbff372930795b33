package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.Chain;
import cn.zhaoshang.desk.chain.ChainMap;
import cn.zhaoshang.desk.chain.ChainMapService;
import cn.zhaoshang.desk.chain.ChainService;
import cn.zhaoshang.desk.common.ui.DialogService.FileType;
import cn.zhaoshang.desk.common.ui.EmptyState;
import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.search.SearchService;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The chain-map area (产业链图谱): a chain picker and tools above; the node-editing panel (on demand),
 * the map, and the opened node's lists side by side. Keys: Ctrl+= / Ctrl+- zoom, F5 refresh, Esc
 * closes the node.
 */
public final class ChainView {
    private final UiKit kit;
    private final SearchService search;
    private final ChainMapViewModel model;
    private final ChainEditorViewModel editor;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final StackPane mapArea = new StackPane();
    private final MapViewport viewport;
    private final NodeDetailPanel detail;
    private ChainEditorPanel editorPanel;
    private final Node emptyState;
    private final ToggleButton editToggle = new ToggleButton();

    public ChainView(UiKit kit, ChainService chains, ChainMapService maps, SearchService search) {
        this.kit = kit;
        this.search = search;
        this.model = new ChainMapViewModel(chains, maps, kit.tasks(), kit.messages(), kit.settings(),
                kit.dialogs());
        this.editor = new ChainEditorViewModel(model);
        this.viewport = new MapViewport(model, kit.messages(), model::openNode);
        this.detail = new NodeDetailPanel(kit, model, this::addCompanies);
        root.setId("chain-view");
        root.getStylesheets().add(ChainView.class.getResource(MapSurface.STYLESHEET).toExternalForm());
        root.setTop(toolbar());
        emptyState = emptyState();
        mapArea.getChildren().addAll(viewport, emptyState);
        split.setId("chain-split");
        split.getItems().add(mapArea);
        root.setCenter(split);

        model.mapProperty().addListener((obs, old, map) -> showMap(map));
        model.chains().addListener((ListChangeListener<Chain>) c -> showMap(model.mapProperty().get()));
        model.nodeProperty().addListener((obs, old, now) -> {
            NodeHighlight.apply(viewport.surface(), now);
            if (now != null && !split.getItems().contains(detail)) {
                split.getItems().add(detail);
                split.setDividerPosition(split.getItems().size() - 2, 0.6);
            } else if (now == null) {
                split.getItems().remove(detail);
            }
            if (now != null) {
                Platform.runLater(() -> viewport.reveal(now.node().id()));
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        showMap(null);
        model.load();
    }

    public Node root() {
        return root;
    }

    ChainMapViewModel model() {
        return model;
    }

    private HBox toolbar() {
        ComboBox<Chain> picker = new ComboBox<>(model.chains());
        picker.setId("chain-picker");
        picker.setPrefWidth(200);
        picker.setConverter(new StringConverter<>() {
            @Override public String toString(Chain c) { return c == null ? "" : c.name(); }
            @Override public Chain fromString(String s) { return null; }
        });
        picker.setPromptText(kit.t("chain.toolbar.pick"));
        model.chainProperty().addListener((obs, old, now) -> picker.setValue(now));
        picker.setOnAction(e -> {
            if (picker.getValue() != null && picker.getValue() != model.chainProperty().get()) {
                model.show(picker.getValue());
            }
        });

        MenuItem newChain = new MenuItem(kit.t("chain.toolbar.newChain"));
        newChain.setId("chain-new");
        newChain.setOnAction(e -> dialogs().chainForm(kit.t("chain.toolbar.newChain"), "", "",
                (name, description, saved, refused) -> editor.createChain(name, description, saved, refused)));
        MenuItem editChain = new MenuItem(kit.t("chain.toolbar.editChain"));
        editChain.setId("chain-edit");
        editChain.setOnAction(e -> {
            Chain chain = model.chainProperty().get();
            dialogs().chainForm(kit.t("chain.toolbar.editChain"), chain.name(),
                    chain.description() == null ? "" : chain.description(),
                    (name, description, saved, refused) -> editor.updateChain(chain, name, description, saved, refused));
        });
        MenuItem deleteChain = new MenuItem(kit.t("chain.toolbar.deleteChain"));
        deleteChain.setId("chain-delete");
        deleteChain.setOnAction(e -> {
            Chain chain = model.chainProperty().get();
            if (kit.dialogs().confirm(kit.t("chain.toolbar.deleteConfirm", chain.name()))) {
                editor.deleteChain(chain);
            }
        });
        editChain.disableProperty().bind(model.chainProperty().isNull());
        deleteChain.disableProperty().bind(model.chainProperty().isNull());
        MenuButton chainMenu = new MenuButton(kit.t("chain.toolbar.chainMenu"), new FontIcon(Feather.LIST),
                newChain, editChain, deleteChain);
        chainMenu.setId("chain-menu");

        editToggle.setText(kit.t("chain.toolbar.edit"));
        editToggle.setGraphic(new FontIcon(Feather.EDIT));
        editToggle.setId("chain-edit-toggle");
        editToggle.setTooltip(new Tooltip(kit.t("chain.toolbar.editTip")));
        editToggle.selectedProperty().addListener((obs, old, on) -> toggleEditor(on));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("chain-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label zoom = new Label();
        zoom.setId("chain-zoom-label");
        zoom.setMinWidth(44);
        zoom.setAlignment(Pos.CENTER);
        zoom.textProperty().bind(model.zoomProperty().multiply(100).asString("%.0f%%"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, picker, chainMenu, editToggle, spacer, busy,
                tool("chain-zoom-out", Feather.ZOOM_OUT, "chain.toolbar.zoomOut", model::zoomOut), zoom,
                tool("chain-zoom-in", Feather.ZOOM_IN, "chain.toolbar.zoomIn", model::zoomIn),
                tool("chain-zoom-reset", Feather.MAXIMIZE, "chain.toolbar.zoomReset", () -> model.zoomTo(1)),
                tool("chain-zoom-fit", Feather.MINIMIZE_2, "chain.toolbar.zoomFit", () -> model.zoomTo(viewport.fitZoom())),
                new Separator(Orientation.VERTICAL),
                tool("chain-refresh", Feather.REFRESH_CW, "chain.toolbar.refresh", model::refresh),
                labelled("chain-export-png", Feather.IMAGE, "chain.toolbar.exportPng", this::exportPng),
                labelled("chain-export-gaps", Feather.DOWNLOAD, "chain.toolbar.exportGaps", model::exportGaps));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("desk-top-bar");
        return bar;
    }

    private Button tool(String id, Feather icon, String tipKey, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(kit.t(tipKey)));
        b.setAccessibleText(kit.t(tipKey));
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(model.mapProperty().isNull());
        return b;
    }

    private Button labelled(String id, Feather icon, String key, Runnable action) {
        Button b = tool(id, icon, key, action);
        b.setText(kit.t(key));
        return b;
    }

    private Node emptyState() {
        var box = EmptyState.create(Feather.SHARE_2, kit.t("chain.empty.title"), kit.t("chain.empty.hint"));
        Button create = new Button(kit.t("chain.toolbar.newChain"), new FontIcon(Feather.PLUS));
        create.setId("chain-empty-new");
        create.setOnAction(e -> dialogs().chainForm(kit.t("chain.toolbar.newChain"), "", "",
                (name, description, saved, refused) -> editor.createChain(name, description, saved, refused)));
        box.getChildren().add(create);
        StackPane.setAlignment(box, Pos.CENTER);
        return box;
    }

    private void showMap(ChainMap map) {
        boolean none = map == null && model.chains().isEmpty() && !model.busyProperty().get();
        emptyState.setVisible(none);
        viewport.setVisible(map != null);
        viewport.show(map);
    }

    private void toggleEditor(boolean on) {
        if (on) {
            if (editorPanel == null) {
                editorPanel = new ChainEditorPanel(kit, model, editor, this::window);
            }
            split.getItems().addFirst(editorPanel);
            split.setDividerPosition(0, 0.24);
        } else if (editorPanel != null) {
            split.getItems().remove(editorPanel);
        }
    }

    private void keys(KeyEvent e) {
        if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS
                || e.getCode() == KeyCode.ADD)) {
            model.zoomIn();
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            model.zoomOut();
            e.consume();
        } else if (e.getCode() == KeyCode.F5) {
            model.refresh();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && model.nodeProperty().get() != null) {
            model.closeNode();
            e.consume();
        }
    }

    private void addCompanies() {
        var open = model.nodeProperty().get();
        if (open != null) {
            CompanyPicker.pick(kit, search, window(), open.node().name()).ifPresent(model::tagCompanies);
        }
    }

    private void exportPng() {
        ChainMap map = model.mapProperty().get();
        Optional<Path> file = kit.dialogs().chooseFileToSave(null, kit.t("chain.export.pngName", map.chain().name()),
                new FileType(kit.t("chain.export.pngFilter"), "png"));
        if (file.isEmpty()) {
            return;
        }
        WritableImage image = MapPng.render(map, kit.messages(), 2);
        Path target = file.get();
        kit.tasks().run(kit.t("chain.task.exportPng"), p -> {
            MapPng.write(image, target);
            return target;
        }, done -> kit.dialogs().notify(kit.t("chain.export.done", done)), kit.dialogs()::showError);
    }

    private NodeDialogs dialogs() {
        return new NodeDialogs(kit, window());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
