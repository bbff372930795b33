package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.project.ProjectCard;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Picks projects for a tour: major projects by default, searchable; several at once, in the order picked. */
final class ProjectPickerDialog {
    private ProjectPickerDialog() {
    }

    static Optional<List<UUID>> show(Window owner, Messages m, TourViewModel model) {
        Dialog<List<UUID>> dialog = new Dialog<>();
        dialog.setTitle(m.get("project.tour.addProjects"));
        dialog.setHeaderText(m.get("project.tour.pickHeader"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType add = new ButtonType(m.get("project.tour.addSelected"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add,
                new ButtonType(m.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        TextField query = new TextField();
        query.setId("tour-pick-query");
        query.setPromptText(m.get("project.filter.textPrompt"));
        query.textProperty().bindBidirectional(model.candidateQueryProperty());
        query.setOnAction(e -> model.searchCandidates());
        CheckBox major = new CheckBox(m.get("project.filter.major"));
        major.selectedProperty().bindBidirectional(model.majorOnlyProperty());
        major.setOnAction(e -> model.searchCandidates());
        ListView<ProjectCard> list = new ListView<>(model.candidates());
        list.setId("tour-pick-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPrefSize(560, 360);
        list.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(ProjectCard card, boolean empty) {
                super.updateItem(card, empty);
                setText(empty || card == null ? null : m.get("project.tour.pickItem", card.name(),
                        card.companyName() == null ? "—" : card.companyName(), m.label(card.stage()),
                        Money.format(card.amount(), m)));
            }
        });
        HBox top = new HBox(8, query, major);
        top.setAlignment(Pos.CENTER_LEFT);
        ProjectUi.prepare(dialog.getDialogPane(), new VBox(8, top, list), 640);
        dialog.setResultConverter(b -> b == add
                ? list.getSelectionModel().getSelectedItems().stream().map(ProjectCard::id).toList() : null);
        model.searchCandidates();
        return dialog.showAndWait();
    }
}
