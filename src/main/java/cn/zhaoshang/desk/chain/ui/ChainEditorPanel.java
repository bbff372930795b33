package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.ChainMap;
import cn.zhaoshang.desk.chain.ChainNode;
import cn.zhaoshang.desk.chain.ChainTree;
import cn.zhaoshang.desk.chain.NodeFigures;
import cn.zhaoshang.desk.chain.Segment;
import cn.zhaoshang.desk.common.ui.UiKit;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The node-editing panel beside the map: the chain as a tree (segments, then nodes) and the actions
 * on the selected entry — add, add below, edit, up, down, move, merge, delete — as buttons, a context
 * menu and keys (Insert, F2, Delete, Alt+Up/Down). Selecting a node opens it on the map as well.
 */
final class ChainEditorPanel extends VBox {
    /** A row of the tree: a segment, or a node of it. */
    record Entry(Segment segment, ChainNode node, String label) { }

    private final UiKit kit;
    private final ChainMapViewModel model;
    private final ChainEditorViewModel editor;
    private final Supplier<Window> owner;
    private final TreeView<Entry> tree = new TreeView<>();
    private boolean rebuilding;

    ChainEditorPanel(UiKit kit, ChainMapViewModel model, ChainEditorViewModel editor, Supplier<Window> owner) {
        this.kit = kit;
        this.model = model;
        this.editor = editor;
        this.owner = owner;
        setId("chain-editor");
        setPadding(new Insets(10));
        setSpacing(8);
        setPrefWidth(300);
        setMinWidth(240);
        Label title = new Label(kit.t("chain.editor.title"));
        title.getStyleClass().add("title-4");
        tree.setId("chain-editor-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.label());
                setStyle(entry != null && entry.node() == null ? "-fx-font-weight: bold;" : "");
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!rebuilding && now != null && now.getValue().node() != null) {
                model.openNode(now.getValue().node().id());
            }
        });
        tree.setContextMenu(contextMenu());
        tree.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case INSERT -> add(false);
                case F2 -> edit();
                case DELETE -> delete();
                case UP, DOWN -> {
                    if (e.isAltDown()) {
                        reorder(e.getCode() == KeyCode.UP ? -1 : 1);
                        e.consume();
                    }
                }
                default -> { }
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        FlowPane actions = new FlowPane(4, 4,
                button("chain-node-add", Feather.PLUS, "chain.editor.add", () -> add(false)),
                button("chain-node-add-child", Feather.CORNER_DOWN_RIGHT, "chain.editor.addChild", () -> add(true)),
                button("chain-node-edit", Feather.EDIT_2, "chain.editor.edit", this::edit),
                button("chain-node-up", Feather.ARROW_UP, "chain.editor.up", () -> reorder(-1)),
                button("chain-node-down", Feather.ARROW_DOWN, "chain.editor.down", () -> reorder(1)),
                button("chain-node-move", Feather.MOVE, "chain.editor.move", this::move),
                button("chain-node-merge", Feather.GIT_MERGE, "chain.editor.merge", this::merge),
                button("chain-node-delete", Feather.TRASH_2, "chain.editor.delete", this::delete));
        Button rules = new Button(kit.t("chain.editor.rules"), new FontIcon(Feather.ZAP));
        rules.setId("chain-apply-rules");
        rules.setTooltip(new Tooltip(kit.t("chain.editor.rulesTip")));
        rules.setMaxWidth(Double.MAX_VALUE);
        rules.setOnAction(e -> applyRules());
        getChildren().addAll(title, tree, actions, rules);
        model.mapProperty().addListener((obs, old, now) -> rebuild(now));
        model.nodeProperty().addListener((obs, old, now) -> select(now));
        rebuild(model.mapProperty().get());
    }

    private Button button(String id, Ikon icon, String tipKey, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(kit.t(tipKey)));
        b.setAccessibleText(kit.t(tipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    private ContextMenu contextMenu() {
        MenuItem add = new MenuItem(kit.t("chain.editor.add"));
        add.setOnAction(e -> add(false));
        MenuItem child = new MenuItem(kit.t("chain.editor.addChild"));
        child.setOnAction(e -> add(true));
        MenuItem edit = new MenuItem(kit.t("chain.editor.edit"));
        edit.setOnAction(e -> edit());
        MenuItem move = new MenuItem(kit.t("chain.editor.move"));
        move.setOnAction(e -> move());
        MenuItem merge = new MenuItem(kit.t("chain.editor.merge"));
        merge.setOnAction(e -> merge());
        MenuItem delete = new MenuItem(kit.t("chain.editor.delete"));
        delete.setOnAction(e -> delete());
        return new ContextMenu(add, child, edit, move, merge, delete);
    }

    private void rebuild(ChainMap map) {
        rebuilding = true;
        try {
            TreeItem<Entry> root = new TreeItem<>();
            if (map != null) {
                ChainTree t = map.tree();
                for (Segment s : Segment.values()) {
                    TreeItem<Entry> segment = new TreeItem<>(new Entry(s, null, kit.messages().label(s)));
                    segment.setExpanded(true);
                    t.roots(s).forEach(n -> segment.getChildren().add(item(t, n)));
                    root.getChildren().add(segment);
                }
            }
            tree.setRoot(root);
            select(model.nodeProperty().get());
        } finally {
            rebuilding = false;
        }
    }

    private TreeItem<Entry> item(ChainTree t, ChainNode node) {
        TreeItem<Entry> item = new TreeItem<>(new Entry(node.segment(), node, node.name()));
        item.setExpanded(true);
        t.children(node.id()).forEach(c -> item.getChildren().add(item(t, c)));
        return item;
    }

    private void select(NodeFigures open) {
        if (open == null || tree.getRoot() == null) {
            return;
        }
        TreeItem<Entry> found = find(tree.getRoot(), open.node().id());
        if (found != null && tree.getSelectionModel().getSelectedItem() != found) {
            boolean was = rebuilding;
            rebuilding = true;
            tree.getSelectionModel().select(found);
            rebuilding = was;
        }
    }

    private static TreeItem<Entry> find(TreeItem<Entry> item, UUID id) {
        if (item.getValue() != null && item.getValue().node() != null && item.getValue().node().id().equals(id)) {
            return item;
        }
        for (TreeItem<Entry> child : item.getChildren()) {
            TreeItem<Entry> found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Entry selected() {
        TreeItem<Entry> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private ChainNode selectedNode() {
        Entry entry = selected();
        if (entry == null || entry.node() == null) {
            kit.dialogs().notify(kit.t("chain.editor.pickNode"));
            return null;
        }
        return entry.node();
    }

    private NodeDialogs dialogs() {
        return new NodeDialogs(kit, owner.get());
    }

    /** Adds a node: below the selected node ({@code asChild}), else beside it at the top of its segment. */
    private void add(boolean asChild) {
        if (model.chainProperty().get() == null) {
            return;
        }
        Entry entry = selected();
        Segment segment = entry == null ? Segment.UPSTREAM : entry.segment();
        ChainNode parent = null;
        if (asChild) {
            parent = selectedNode();
            if (parent == null) {
                return;
            }
        } else if (entry != null && entry.node() != null && entry.node().parentId() != null) {
            parent = model.mapProperty().get().tree().node(entry.node().parentId()).orElse(null);
        }
        ChainNode under = parent;
        String title = under == null ? kit.t("chain.editor.addTitle", kit.messages().label(segment))
                : kit.t("chain.editor.addChildTitle", under.name());
        dialogs().nodeForm(title, "", "", (name, codes, saved, refused) ->
                editor.createNode(segment, under, name, codes, saved, refused));
    }

    private void edit() {
        ChainNode node = selectedNode();
        if (node != null) {
            dialogs().nodeForm(kit.t("chain.editor.editTitle", node.name()), node.name(), node.industryCodesText(),
                    (name, codes, saved, refused) -> editor.updateNode(node, name, codes, saved, refused));
        }
    }

    private void reorder(int delta) {
        ChainNode node = selectedNode();
        if (node != null) {
            editor.reorderNode(node, delta);
        }
    }

    private void move() {
        ChainNode node = selectedNode();
        if (node != null) {
            dialogs().choosePlace(model.mapProperty().get().tree(), node)
                    .ifPresent(place -> editor.moveNode(node, place.parent(), place.segment()));
        }
    }

    private void merge() {
        ChainNode node = selectedNode();
        if (node != null) {
            editor.usage(node, usage -> dialogs().chooseSurvivor(model.mapProperty().get().tree(), node, usage)
                    .ifPresent(survivor -> editor.mergeNodes(survivor, node)));
        }
    }

    private void delete() {
        ChainNode node = selectedNode();
        if (node != null) {
            editor.usage(node, usage -> dialogs().chooseDisposal(model.mapProperty().get().tree(), node, usage)
                    .ifPresent(disposal -> editor.deleteNode(node, disposal)));
        }
    }

    private void applyRules() {
        if (model.chainProperty().get() != null
                && kit.dialogs().confirm(kit.t("chain.editor.rulesConfirm", model.chainProperty().get().name()))) {
            editor.applyRules(run -> kit.dialogs().showInfo(kit.t("chain.editor.rulesDone", run.companies(),
                    run.projects())));
        }
    }
}
