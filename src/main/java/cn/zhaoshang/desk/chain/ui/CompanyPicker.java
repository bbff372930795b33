package cn.zhaoshang.desk.chain.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.search.SearchHit;
import cn.zhaoshang.desk.search.SearchService;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Finds companies by name, pinyin or credit code and picks some (Ctrl/Shift for several) to tag to a node. */
final class CompanyPicker {
    private CompanyPicker() {
    }

    static Optional<List<UUID>> pick(UiKit kit, SearchService search, Window owner, String nodeName) {
        Dialog<List<UUID>> dialog = new Dialog<>();
        dialog.setTitle(kit.t("chain.picker.title"));
        dialog.setHeaderText(kit.t("chain.picker.header", nodeName));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField query = new TextField();
        query.setId("chain-picker-query");
        query.setPromptText(kit.t("chain.picker.prompt"));
        ListView<SearchHit> hits = new ListView<>();
        hits.setId("chain-picker-hits");
        hits.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        hits.setPrefSize(460, 320);
        hits.setPlaceholder(new Label(kit.t("chain.picker.empty")));
        hits.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.name() + (hit.uscc() == null ? "" : "  " + hit.uscc()));
            }
        });
        query.setOnAction(e -> {
            String text = query.getText();
            kit.tasks().run(kit.t("chain.picker.searching"), p -> search.search(text, 100),
                    found -> hits.getItems().setAll(found), kit.dialogs()::showError);
        });
        VBox box = new VBox(8, query, hits, new Label(kit.t("chain.picker.hint")));
        box.setPadding(new Insets(8, 0, 0, 0));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(hits.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? hits.getSelectionModel().getSelectedItems().stream().map(SearchHit::companyId).toList() : null);
        Platform.runLater(query::requestFocus);
        return dialog.showAndWait();
    }
}
