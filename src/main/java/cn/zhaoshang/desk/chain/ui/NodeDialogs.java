package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.chain.ChainNode;
import cn.zhaoshang.desk.chain.ChainTree;
import cn.zhaoshang.desk.chain.NodeUsage;
import cn.zhaoshang.desk.chain.Segment;
import cn.zhaoshang.desk.chain.TagDisposal;
import cn.zhaoshang.desk.common.ui.UiKit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The small dialogs of the node-editing panel. Forms save in the background and stay open on a
 * refusal, showing the reason beside the fields; the choosers return what the user picked.
 */
final class NodeDialogs {
    /** A place to move a node to: the top of a segment, or under a node. */
    record Place(Segment segment, ChainNode parent) { }

    /** What a form hands to its save action: the texts, and where to report a refusal. */
    interface Save {
        void save(String first, String second, Runnable onSaved, Consumer<Throwable> onRefused);
    }

    private final UiKit kit;
    private final Window owner;

    NodeDialogs(UiKit kit, Window owner) {
        this.kit = kit;
        this.owner = owner;
    }

    /** Name and industry codes of a node (new or existing). */
    void nodeForm(String title, String name, String codes, Save save) {
        TextField nameField = new TextField(name);
        nameField.setId("chain-form-name");
        TextField codesField = new TextField(codes);
        codesField.setId("chain-form-codes");
        codesField.setPromptText(kit.t("chain.form.codesPrompt"));
        Label hint = new Label(kit.t("chain.form.codesHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        form(title, save, nameField, codesField, kit.t("chain.form.name"), kit.t("chain.form.codes"), hint);
    }

    /** Name and description of a chain. */
    void chainForm(String title, String name, String description, Save save) {
        TextField nameField = new TextField(name);
        nameField.setId("chain-form-name");
        TextArea descriptionField = new TextArea(description);
        descriptionField.setId("chain-form-description");
        descriptionField.setPrefRowCount(3);
        descriptionField.setWrapText(true);
        form(title, save, nameField, descriptionField, kit.t("chain.form.chainName"), kit.t("chain.form.description"), null);
    }

    private void form(String title, Save save, TextField first, TextInputControl second,
                      String firstLabel, String secondLabel, Label hint) {
        Dialog<ButtonType> dialog = dialog(title);
        Label error = new Label();
        error.setId("chain-form-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(360);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(firstLabel), first);
        grid.addRow(1, new Label(secondLabel), second);
        first.setPrefColumnCount(24);
        int row = 2;
        if (hint != null) {
            grid.add(hint, 1, row++);
        }
        grid.add(error, 1, row);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("chain-form-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            ok.setDisable(true);
            error.setText("");
            save.save(first.getText(), second.getText(), () -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
            }, failure -> {
                ok.setDisable(false);
                error.setText(kit.messages().describe(failure));
            });
        });
        Platform.runLater(first::requestFocus);
        dialog.showAndWait();
    }

    /** Where to move a node: any segment's top or any node outside its own subtree. */
    Optional<Place> choosePlace(ChainTree tree, ChainNode node) {
        List<Place> places = new ArrayList<>();
        for (Segment s : Segment.values()) {
            places.add(new Place(s, null));
        }
        tree.inOrder().stream().filter(n -> !tree.isInSubtree(n.id(), node.id()))
                .forEach(n -> places.add(new Place(n.segment(), n)));
        ComboBox<Place> combo = placeCombo(tree, places);
        combo.setId("chain-move-target");
        combo.setValue(places.getFirst());
        return choose(kit.t("chain.move.title"), kit.t("chain.move.header", node.name()), combo)
                .map(ok -> combo.getValue());
    }

    /** Which node to merge {@code node} into. */
    Optional<ChainNode> chooseSurvivor(ChainTree tree, ChainNode node, NodeUsage usage) {
        List<Place> places = tree.inOrder().stream().filter(n -> !n.id().equals(node.id()))
                .map(n -> new Place(n.segment(), n)).toList();
        if (places.isEmpty()) {
            return Optional.empty();
        }
        ComboBox<Place> combo = placeCombo(tree, places);
        combo.setId("chain-merge-target");
        combo.setValue(places.getFirst());
        return choose(kit.t("chain.merge.title"), kit.t("chain.merge.header", node.name(), usage.companies(),
                usage.projects(), usage.children()), combo).map(ok -> combo.getValue().parent());
    }

    /** How to delete a node: a plain confirmation, or, when it has tags, where they go. */
    Optional<TagDisposal> chooseDisposal(ChainTree tree, ChainNode node, NodeUsage usage) {
        String children = usage.children() > 0 ? kit.t("chain.delete.children", usage.children()) : "";
        if (!usage.hasTags()) {
            return kit.dialogs().confirm(kit.t("chain.delete.confirm", node.name()) + children)
                    ? Optional.of(TagDisposal.UNTAG) : Optional.empty();
        }
        ToggleGroup group = new ToggleGroup();
        RadioButton move = new RadioButton(kit.t("chain.delete.moveTo"));
        move.setId("chain-delete-move");
        move.setToggleGroup(group);
        RadioButton untag = new RadioButton(kit.t("chain.delete.untag"));
        untag.setId("chain-delete-untag");
        untag.setToggleGroup(group);
        List<Place> places = tree.inOrder().stream().filter(n -> !n.id().equals(node.id()))
                .map(n -> new Place(n.segment(), n)).toList();
        ComboBox<Place> target = placeCombo(tree, places);
        target.setId("chain-delete-target");
        target.disableProperty().bind(move.selectedProperty().not());
        if (node.parentId() != null) {
            places.stream().filter(p -> p.parent().id().equals(node.parentId())).findFirst().ifPresent(target::setValue);
        }
        if (target.getValue() == null && !places.isEmpty()) {
            target.setValue(places.getFirst());
        }
        (places.isEmpty() ? untag : move).setSelected(true);
        move.setDisable(places.isEmpty());
        VBox box = new VBox(8, move, target, untag);
        box.setPadding(new Insets(0, 0, 0, 4));
        return choose(kit.t("chain.delete.title"), kit.t("chain.delete.header", node.name(), usage.companies(),
                usage.projects()) + children, box)
                .map(ok -> move.isSelected() && target.getValue() != null
                        ? TagDisposal.moveTo(target.getValue().parent().id()) : TagDisposal.UNTAG);
    }

    private ComboBox<Place> placeCombo(ChainTree tree, List<Place> places) {
        ComboBox<Place> combo = new ComboBox<>();
        combo.getItems().setAll(places);
        combo.setPrefWidth(360);
        combo.setVisibleRowCount(16);
        combo.setConverter(new StringConverter<>() {
            @Override public String toString(Place p) {
                if (p == null) {
                    return "";
                }
                return p.parent() == null ? kit.t("chain.place.top", kit.messages().label(p.segment()))
                        : kit.messages().label(p.segment()) + " · " + tree.path(p.parent().id());
            }
            @Override public Place fromString(String s) { return null; }
        });
        return combo;
    }

    private Optional<ButtonType> choose(String title, String header, Node content) {
        Dialog<ButtonType> dialog = dialog(title);
        Label text = new Label(header);
        text.setWrapText(true);
        text.setMaxWidth(420);
        VBox box = new VBox(12, text, content);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("chain-choose-ok");
        return dialog.showAndWait().filter(b -> b == ButtonType.OK);
    }

    private Dialog<ButtonType> dialog(String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }
}
