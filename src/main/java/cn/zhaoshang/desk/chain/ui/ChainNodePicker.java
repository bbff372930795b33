package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.Chain;
import cn.zhaoshang.desk.chain.ChainNode;
import cn.zhaoshang.desk.chain.ChainService;
import cn.zhaoshang.desk.chain.ChainTree;
import cn.zhaoshang.desk.chain.NodeSuggestion;
import cn.zhaoshang.desk.chain.NodeTag;
import cn.zhaoshang.desk.chain.Segment;
import cn.zhaoshang.desk.common.ui.UiKit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Picks the chain nodes of a company or project, for the company and project forms (and the company
 * list's "tag to node" action): every chain's tree with check boxes, the nodes its industry code points
 * at offered first, and a chain-leader box for the company's own nodes. Loads in the background, then
 * hands the choice (node → chain leader) to {@code onPicked}; save it with
 * {@link ChainService#setCompanyNodes} or {@link ChainService#setProjectNodes}.
 */
public final class ChainNodePicker {
    /** What the picker shows: the chains with their trees, the current tags and the suggestions. */
    record Choices(List<Chain> chains, Map<UUID, ChainTree> trees, List<NodeTag> current,
                   List<NodeSuggestion> suggested) { }

    private ChainNodePicker() {
    }

    /**
     * Opens the picker for a company ({@code companyId}) or a new one (null), with its industry code for the
     * suggestions. {@code withLeader} shows the chain-leader box (companies, not projects).
     */
    public static void open(UiKit kit, ChainService service, Window owner, UUID companyId, String industryCode,
                            boolean withLeader, Consumer<Map<UUID, Boolean>> onPicked) {
        kit.tasks().run(kit.t("chain.task.load"), p -> load(service, companyId, industryCode),
                choices -> show(kit, owner, choices, withLeader).ifPresent(onPicked), kit.dialogs()::showError);
    }

    static Choices load(ChainService service, UUID companyId, String industryCode) {
        List<Chain> chains = service.chains();
        Map<UUID, ChainTree> trees = new HashMap<>();
        chains.forEach(c -> trees.put(c.id(), service.tree(c.id())));
        List<NodeTag> current = companyId == null ? List.of() : service.nodesOfCompany(companyId);
        return new Choices(chains, trees, current, service.suggestNodes(industryCode));
    }

    static Optional<Map<UUID, Boolean>> show(UiKit kit, Window owner, Choices choices, boolean withLeader) {
        Map<UUID, Boolean> picked = new LinkedHashMap<>();
        choices.current().forEach(t -> picked.put(t.nodeId(), t.chainLeader()));
        Map<UUID, CheckBoxTreeItem<Object>> items = new HashMap<>();
        TreeItem<Object> root = new TreeItem<>("");
        for (Chain chain : choices.chains()) {
            TreeItem<Object> chainItem = folder(chain.name());
            ChainTree tree = choices.trees().get(chain.id());
            for (Segment segment : Segment.values()) {
                TreeItem<Object> segmentItem = folder(kit.messages().label(segment));
                tree.roots(segment).forEach(n -> segmentItem.getChildren().add(item(tree, n, items, picked)));
                if (!segmentItem.getChildren().isEmpty()) {
                    chainItem.getChildren().add(segmentItem);
                }
            }
            chainItem.setExpanded(choices.current().stream().anyMatch(t -> t.chainId().equals(chain.id()))
                    || choices.suggested().stream().anyMatch(s -> s.chain().id().equals(chain.id())));
            root.getChildren().add(chainItem);
        }
        TreeView<Object> view = new TreeView<>(root);
        view.setId("chain-picker-tree");
        view.setShowRoot(false);
        view.setPrefSize(420, 380);
        view.setCellFactory(t -> new NodeCell());
        FlowPane suggestions = new FlowPane(6, 6);
        for (NodeSuggestion s : choices.suggested().stream().limit(8).toList()) {
            CheckBox box = new CheckBox(s.chain().name() + " · " + s.path());
            box.selectedProperty().bindBidirectional(items.get(s.node().id()).selectedProperty());
            suggestions.getChildren().add(box);
        }
        CheckBox leader = new CheckBox(kit.t("chain.nodePicker.leader"));
        leader.setId("chain-picker-leader");
        leader.setSelected(picked.values().stream().anyMatch(Boolean::booleanValue));
        VBox box = new VBox(8);
        if (!suggestions.getChildren().isEmpty()) {
            box.getChildren().addAll(new Label(kit.t("chain.nodePicker.suggested")), suggestions);
        }
        box.getChildren().add(view);
        if (withLeader) {
            box.getChildren().add(leader);
        }
        box.setPadding(new Insets(8, 0, 0, 0));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(kit.t("chain.nodePicker.title"));
        dialog.setHeaderText(kit.t("chain.nodePicker.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> {
            Map<UUID, Boolean> result = new LinkedHashMap<>();
            items.forEach((id, item) -> {
                if (item.isSelected()) {
                    result.put(id, withLeader && leader.isSelected());
                }
            });
            return result;
        });
    }

    /** A chain or a segment: a heading, not something to tick. */
    private static TreeItem<Object> folder(String name) {
        TreeItem<Object> item = new TreeItem<>(name);
        item.setExpanded(true);
        return item;
    }

    /** Check boxes on nodes only; chains and segments are plain headings. */
    private static final class NodeCell extends CheckBoxTreeCell<Object> {
        NodeCell() {
            super(item -> item instanceof CheckBoxTreeItem<Object> c ? c.selectedProperty() : null,
                    new StringConverter<>() {
                        @Override public String toString(TreeItem<Object> item) {
                            return item.getValue() instanceof ChainNode n ? n.name() : String.valueOf(item.getValue());
                        }
                        @Override public TreeItem<Object> fromString(String s) { return null; }
                    });
        }

        @Override
        public void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (!empty && !(item instanceof ChainNode)) {
                setGraphic(null);
                setStyle("-fx-font-weight: bold;");
            } else {
                setStyle("");
            }
        }
    }

    private static CheckBoxTreeItem<Object> item(ChainTree tree, ChainNode node, Map<UUID, CheckBoxTreeItem<Object>> items,
                                                 Map<UUID, Boolean> picked) {
        CheckBoxTreeItem<Object> item = new CheckBoxTreeItem<>(node);
        // Independent: ticking a parent node is a tag of its own, not a tick of all its sub-nodes.
        item.setIndependent(true);
        item.setSelected(picked.containsKey(node.id()));
        item.setExpanded(true);
        items.put(node.id(), item);
        tree.children(node.id()).forEach(c -> item.getChildren().add(item(tree, c, items, picked)));
        return item;
    }
}
