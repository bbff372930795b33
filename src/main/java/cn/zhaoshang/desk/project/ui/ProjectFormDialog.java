package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.project.CompanyChoice;
import cn.zhaoshang.desk.project.IndustryChoice;
import cn.zhaoshang.desk.project.Project;
import cn.zhaoshang.desk.project.ProjectDraft;
import cn.zhaoshang.desk.project.ProjectStage;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.CheckComboBox;

/** The project form (新建 / 编辑项目) as a dialog that stays open until the project is saved. */
final class ProjectFormDialog {
    private final ProjectFormViewModel model;
    private final Messages m;

    ProjectFormDialog(ProjectFormViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
    }

    Optional<Project> showAndWait(Window owner) {
        Dialog<Project> dialog = new Dialog<>();
        dialog.setTitle(m.get(model.isNew() ? "project.form.newTitle" : "project.form.editTitle"));
        dialog.setHeaderText(null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType save = new ButtonType(m.get("project.action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        dialog.getDialogPane().setId("project-form");
        ProjectUi.prepare(dialog.getDialogPane(), form(), 860);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("project-form-save");
        saveButton.disableProperty().bind(model.readyProperty().not());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            ProjectDraft draft = model.validate();
            if (draft != null) {
                model.save(draft, saved -> {
                    dialog.setResult(saved);
                    dialog.close();
                });
            }
        });
        dialog.setResultConverter(button -> null);
        model.load();
        return dialog.showAndWait();
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints field = new ColumnConstraints(220, 260, Double.MAX_VALUE, Priority.ALWAYS, null, true);
        grid.getColumnConstraints().addAll(label, field, label, field);

        TextField name = text("project-form-name", model.nameProperty());
        name.setDisable(model.nameLocked());
        TextField codeName = text("project-form-code-name", model.codeNameProperty());
        codeName.setPromptText(m.get("project.form.codeNamePrompt"));
        codeName.setDisable(model.nameLocked());
        int row = 0;
        grid.addRow(row++, label("project.form.name", name), withError(name, model.nameErrorProperty()),
                label("project.form.codeName", codeName), codeName);
        grid.add(label("project.form.company", null), 0, row);
        grid.add(companyPicker(), 1, row++, 3, 1);

        ComboBox<IndustryChoice> industry = new ComboBox<>(model.industries());
        industry.setId("project-form-industry");
        industry.valueProperty().bindBidirectional(model.industryProperty());
        industry.setMaxWidth(Double.MAX_VALUE);
        CheckComboBox<Choice> nodes = new CheckComboBox<>(model.nodes());
        nodes.setId("project-form-chain");
        nodes.setMaxWidth(Double.MAX_VALUE);
        nodes.setTitle(m.get("project.form.chainNone"));
        model.readyProperty().addListener((o, a, ready) -> {
            if (ready) {
                model.selectedNodes().forEach(n -> nodes.getCheckModel().check(n));
                nodes.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) c ->
                        model.selectedNodes().setAll(nodes.getCheckModel().getCheckedItems()));
            }
        });
        nodes.titleProperty().bind(Bindings.createStringBinding(() -> model.selectedNodes().isEmpty()
                ? m.get("project.form.chainNone")
                : String.join("、", model.selectedNodes().stream().map(Choice::name).toList()), model.selectedNodes()));
        grid.addRow(row++, label("project.form.industry", industry), industry, label("project.form.chain", nodes), nodes);

        TextField planned = text("project-form-planned", model.plannedProperty());
        planned.setPromptText(m.get("project.form.amountPrompt"));
        TextField contract = text("project-form-contract", model.contractProperty());
        contract.setDisable(!model.contractEditable());
        contract.setPromptText(m.get(model.contractEditable() ? "project.form.amountPrompt" : "project.form.contractAtSigning"));
        grid.addRow(row++, label("project.form.planned", planned), withError(planned, model.plannedErrorProperty()),
                label("project.form.contract", contract), withError(contract, model.contractErrorProperty()));

        ComboBox<Choice> carrier = choice("project-form-carrier", model.carriers(), model.carrierProperty());
        ComboBox<Choice> unit = choice("project-form-unit", model.units(), model.unitProperty());
        grid.addRow(row++, label("project.form.carrier", carrier), carrier, label("project.form.unit", unit), unit);
        TextField leader = text("project-form-leader", model.leaderProperty());
        ComboBox<Choice> team = choice("project-form-team", model.teams(), model.teamProperty());
        grid.addRow(row++, label("project.form.leader", leader), leader, label("project.form.team", team), team);
        CheckBox major = new CheckBox(m.get("project.form.major"));
        major.setId("project-form-major");
        major.selectedProperty().bindBidirectional(model.majorProperty());
        grid.add(major, 1, row++);

        if (model.isNew()) {
            ComboBox<ProjectStage> stage = new ComboBox<>();
            stage.getItems().setAll(ProjectStage.startingStages());
            stage.setId("project-form-stage");
            stage.valueProperty().bindBidirectional(model.startStageProperty());
            ProjectUi.show(stage, m::label, "");
            stage.setCellFactory(list -> new ListCell<>() {
                @Override protected void updateItem(ProjectStage item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : m.label(item));
                }
            });
            DatePicker since = ProjectUi.datePicker();
            since.setId("project-form-since");
            since.valueProperty().bindBidirectional(model.startDateProperty());
            grid.addRow(row++, label("project.form.stage", stage), stage, label("project.form.since", since), since);
        }
        TextArea notes = new TextArea();
        notes.setId("project-form-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());
        grid.add(label("project.form.notes", notes), 0, row);
        grid.add(notes, 1, row++, 3, 1);
        Label general = new Label();
        general.setId("project-form-error");
        general.getStyleClass().add("field-error");
        general.setWrapText(true);
        general.textProperty().bind(model.generalErrorProperty());
        grid.add(general, 0, row, 4, 1);
        return grid;
    }

    private VBox companyPicker() {
        Label chosen = new Label();
        chosen.setId("project-form-company");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> describe(model.companyProperty().get()),
                model.companyProperty()));
        Button clear = new Button(m.get("project.form.companyClear"));
        clear.getStyleClass().addAll("flat", "small");
        clear.visibleProperty().bind(model.companyProperty().isNotNull());
        clear.setOnAction(e -> model.companyProperty().set(null));
        TextField query = text("project-form-company-search", model.companyQueryProperty());
        query.setPromptText(m.get("project.form.companyPrompt"));
        PauseTransition pause = new PauseTransition(Duration.millis(400));
        pause.setOnFinished(e -> model.searchCompanies());
        query.textProperty().addListener((o, a, b) -> pause.playFromStart());
        query.setOnAction(e -> model.searchCompanies());
        ListView<CompanyChoice> hits = new ListView<>(model.companyHits());
        hits.setId("project-form-company-hits");
        hits.setPrefHeight(96);
        hits.setPlaceholder(new Label(m.get("project.form.companyHitsEmpty")));
        hits.setCellFactory(list -> new ListCell<>() {
            @Override protected void updateItem(CompanyChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        hits.setOnMouseClicked(e -> {
            if (hits.getSelectionModel().getSelectedItem() != null) {
                model.chooseCompany(hits.getSelectionModel().getSelectedItem());
            }
        });
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && hits.getSelectionModel().getSelectedItem() != null) {
                model.chooseCompany(hits.getSelectionModel().getSelectedItem());
            }
        });
        HBox line = new HBox(8, chosen, clear);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, line, query, hits);
    }

    private String describe(CompanyChoice company) {
        if (company == null) {
            return m.get("project.form.companyNone");
        }
        return company.uscc() == null ? company.name() : company.name() + "（" + company.uscc() + "）";
    }

    private Label label(String key, Node target) {
        Label label = new Label(m.get(key));
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private ComboBox<Choice> choice(String id, ObservableList<Choice> items,
                                    ObjectProperty<Choice> value) {
        ComboBox<Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        String none = m.get("project.form.none");
        ProjectUi.show(box, Choice::name, none);
        box.setCellFactory(list -> new ListCell<>() {
            @Override protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : item.name());
            }
        });
        return box;
    }

    private static VBox withError(Node field, StringProperty error) {
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.textProperty().bind(error);
        message.managedProperty().bind(error.isNotEmpty());
        message.visibleProperty().bind(error.isNotEmpty());
        return new VBox(2, field, message);
    }
}
