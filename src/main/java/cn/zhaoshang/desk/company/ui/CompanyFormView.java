package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.company.Choice;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyRow;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.LadderTier;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.company.SourceChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The company form, grouped: basics, place and industry, pursuit, ladder and marks, tags, notes.
 * Every control is bound to {@link CompanyFormViewModel}; messages show under the fields.
 */
final class CompanyFormView {
    private final CompanyFormViewModel vm;
    private final Messages m;
    private final VBox root = new VBox(14);
    private final CodePicker division;
    private final CodePicker industry;
    private final ComboBox<Choice> team;
    private final ComboBox<Choice> person;
    private final CheckComboBox<Choice> chainNodes = new CheckComboBox<>();
    private final VBox ladderRows = new VBox(6);
    private final FlowPane tagChips = new FlowPane(6, 6);
    private final List<String> tagSuggestions = new ArrayList<>();
    private boolean syncingNodes;

    CompanyFormView(CompanyFormViewModel vm, CompanyService service, Messages m) {
        this.vm = vm;
        this.m = m;
        root.setId("company-form");
        root.setPadding(new Insets(12, 16, 16, 16));
        var errors = vm.errors;

        TextField name = text("company-name", vm.name);
        name.setPromptText(m.get("company.form.namePrompt"));
        TextField uscc = text("company-uscc", vm.uscc);
        uscc.setPromptText(m.get("company.form.usccPrompt"));
        uscc.setTooltip(new Tooltip(m.get("company.form.usccTip")));
        TextField capital = text("company-capital", vm.capital);
        capital.setPromptText(m.get("company.form.capitalPrompt"));
        var founded = FormKit.datePicker("company-founded");
        founded.valueProperty().bindBidirectional(vm.foundedOn);
        section("company.section.basic", FormKit.grid(2,
                FormKit.wide(FormKit.field(m.get("company.field.name") + " *", name, errors, "name")),
                FormKit.field(m.get("company.field.uscc"), uscc, errors, "uscc"),
                FormKit.field(m.get("company.field.shortName"), text("company-short-name", vm.shortName), errors, "shortName"),
                FormKit.field(m.get("company.field.legalRep"), text("company-legal-rep", vm.legalRep), errors, "legalRep"),
                FormKit.field(m.get("company.field.registeredCapital"), capital, errors, "registeredCapital"),
                FormKit.field(m.get("company.field.foundedOn"), founded, errors, "foundedOn"),
                FormKit.field(m.get("company.field.website"), text("company-website", vm.website), errors, "website")));

        division = new CodePicker("company-division", m, 3, false, "company.choice.none");
        division.value.bindBidirectional(vm.divisionCode);
        industry = new CodePicker("company-industry", m, 2, true, "company.choice.none");
        industry.value.bindBidirectional(vm.industryCode);
        chainNodes.setId("company-chain-nodes");
        chainNodes.setTitle(m.get("company.form.chainNodesPrompt"));
        chainNodes.setMaxWidth(Double.MAX_VALUE);
        CheckBox located = check("company-located", "company.field.locatedInDistrict", vm.locatedInDistrict);
        section("company.section.place", FormKit.grid(1,
                FormKit.field(m.get("company.field.divisionCode"), division, errors, "divisionCode"),
                FormKit.field(m.get("company.field.address"), text("company-address", vm.address), errors, "address"),
                FormKit.field(m.get("company.field.industryCode"), industry, errors, "industryCode"),
                FormKit.field(m.get("company.field.chainNodeIds"), chainNodes, errors, "chainNodeIds"), located));

        ComboBox<PursuitStatus> status = FormKit.enumCombo("company-status", m, PursuitStatus.values(), false);
        status.valueProperty().bindBidirectional(vm.status);
        ComboBox<SourceChannel> channel = FormKit.enumCombo("company-channel", m, SourceChannel.values(), true);
        channel.valueProperty().bindBidirectional(vm.sourceChannel);
        TextField referrer = referrerField(service);
        VBox referrerField = FormKit.field(m.get("company.field.referrerCompanyId"), referrer, errors, "referrerCompanyId");
        referrerField.visibleProperty().bind(vm.sourceChannel.isEqualTo(SourceChannel.REFERRAL));
        referrerField.managedProperty().bind(referrerField.visibleProperty());
        VBox fundField = FormKit.field(m.get("company.field.fundName"), text("company-fund", vm.fundName), errors, "fundName");
        fundField.visibleProperty().bind(vm.sourceChannel.isEqualTo(SourceChannel.FUND));
        fundField.managedProperty().bind(fundField.visibleProperty());
        team = FormKit.choiceCombo("company-owner-team", m, vm.ownerTeam);
        person = FormKit.choiceCombo("company-owner-person", m, vm.ownerPerson);
        TextField score = text("company-score", vm.score);
        score.setPromptText("0–100");
        section("company.section.pursuit", FormKit.grid(2,
                FormKit.field(m.get("company.field.pursuitStatus"), status, errors, "pursuitStatus"),
                FormKit.field(m.get("company.field.sourceChannel"), channel, errors, "sourceChannel"),
                FormKit.wide(referrerField), FormKit.wide(fundField),
                FormKit.field(m.get("company.field.ownerTeamId"), team, errors, "ownerTeamId"),
                FormKit.field(m.get("company.field.ownerPersonId"), person, errors, "ownerPersonId"),
                FormKit.field(m.get("company.field.score"), score, errors, "score")));

        HBox marks = new HBox(16, check("company-specialized", "company.field.specialized", vm.specialized),
                check("company-listed", "company.field.listed", vm.listed),
                check("company-fortune500", "company.field.fortune500", vm.fortune500));
        Button addRung = new Button(m.get("company.form.addLadder"), new FontIcon(Feather.PLUS));
        addRung.setId("company-ladder-add");
        addRung.getStyleClass().add("flat");
        addRung.setOnAction(e -> vm.ladder.add(new LadderRow(null, null, null)));
        ladderRows.setId("company-ladder");
        vm.ladder.addListener((ListChangeListener<LadderRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    showLadder();
                }
            }
        });
        section("company.section.ladder", new VBox(8, marks, ladderRows,
                FormKit.errorLine(errors, "ladder", "company-ladder-error"), addRung));

        TextField tagInput = new TextField();
        tagInput.setId("company-tag-input");
        tagInput.setPromptText(m.get("company.form.tagPrompt"));
        tagInput.setOnAction(e -> {
            String tag = tagInput.getText() == null ? "" : tagInput.getText().strip();
            if (!tag.isEmpty() && !vm.tags.contains(tag)) {
                vm.tags.add(tag);
            }
            tagInput.clear();
        });
        TextFields.bindAutoCompletion(tagInput, request -> tagSuggestions.stream()
                .filter(t -> t.contains(request.getUserText().strip()) && !vm.tags.contains(t)).limit(10).toList());
        tagChips.setId("company-tags");
        vm.tags.addListener((ListChangeListener<String>) c -> showTags());
        section("company.section.tags", new VBox(8, tagChips, FormKit.field("", tagInput, errors, "tags")));

        TextArea notes = new TextArea();
        notes.setId("company-notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notes);
        section("company.section.notes", FormKit.field("", notes, errors, "notes"));
        syncChainNodes();
    }

    Node root() {
        return root;
    }

    void setChoices(CompanyChoices choices) {
        division.setCodes(choices.divisions());
        industry.setCodes(choices.industries());
        FormKit.setChoices(team, choices.teams());
        FormKit.setChoices(person, choices.people());
        syncingNodes = true;
        chainNodes.getItems().setAll(choices.chainNodes());
        syncingNodes = false;
        showChainNodes();
        tagSuggestions.clear();
        tagSuggestions.addAll(choices.tags());
    }

    private void section(String titleKey, Node content) {
        Label title = new Label(m.get(titleKey));
        title.getStyleClass().add("company-section-title");
        root.getChildren().addAll(title, content);
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private CheckBox check(String id, String key, BooleanProperty property) {
        CheckBox box = new CheckBox(m.get(key));
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    /** Referrer: type part of a name, pick from the search's suggestions. */
    private TextField referrerField(CompanyService service) {
        TextField field = new TextField();
        field.setId("company-referrer");
        field.setPromptText(m.get("company.form.referrerPrompt"));
        field.textProperty().bindBidirectional(vm.referrerName);
        var binding = TextFields.bindAutoCompletion(field, request -> request.getUserText().strip().length() < 2 ? List.of()
                : service.search(request.getUserText(), CompanyFilter.NONE, 8));
        binding.setOnAutoCompleted(e -> {
            CompanyRow row = e.getCompletion();
            vm.referrerId.set(row.id());
            vm.referrerName.set(row.name());
        });
        vm.referrerName.addListener((obs, old, now) -> {
            if (now == null || now.isBlank()) {
                vm.referrerId.set(null);
            }
        });
        return field;
    }

    private void syncChainNodes() {
        chainNodes.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) c -> {
            if (!syncingNodes) {
                syncingNodes = true;
                vm.chainNodes.setAll(chainNodes.getCheckModel().getCheckedItems().stream().map(Choice::id).toList());
                syncingNodes = false;
            }
        });
        vm.chainNodes.addListener((ListChangeListener<UUID>) c -> showChainNodes());
    }

    private void showChainNodes() {
        if (syncingNodes) {
            return;
        }
        syncingNodes = true;
        chainNodes.getCheckModel().clearChecks();
        for (Choice node : chainNodes.getItems()) {
            if (vm.chainNodes.contains(node.id())) {
                chainNodes.getCheckModel().check(node);
            }
        }
        syncingNodes = false;
    }

    private void showTags() {
        tagChips.getChildren().clear();
        for (String tag : vm.tags) {
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll("flat", "company-chip-remove");
            remove.setOnAction(e -> vm.tags.remove(tag));
            Label chip = new Label(tag, remove);
            chip.setContentDisplay(ContentDisplay.RIGHT);
            chip.getStyleClass().add("company-chip");
            tagChips.getChildren().add(chip);
        }
    }

    private void showLadder() {
        ladderRows.getChildren().clear();
        for (LadderRow row : vm.ladder) {
            ComboBox<LadderTier> tier = FormKit.enumCombo("company-ladder-tier", m, LadderTier.values(), false);
            tier.valueProperty().bindBidirectional(row.tier);
            tier.setPromptText(m.get("company.form.ladderTier"));
            var certified = FormKit.datePicker("company-ladder-certified");
            certified.setPromptText(m.get("company.form.certifiedOn"));
            certified.valueProperty().bindBidirectional(row.certifiedOn);
            var expires = FormKit.datePicker("company-ladder-expires");
            expires.setPromptText(m.get("company.form.expiresOn"));
            expires.valueProperty().bindBidirectional(row.expiresOn);
            Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
            remove.getStyleClass().addAll("flat", "button-icon");
            remove.setTooltip(new Tooltip(m.get("company.form.removeLadder")));
            remove.setOnAction(e -> vm.ladder.remove(row));
            HBox.setHgrow(tier, Priority.ALWAYS);
            tier.setMaxWidth(Double.MAX_VALUE);
            certified.setPrefWidth(130);
            expires.setPrefWidth(130);
            HBox line = new HBox(6, tier, certified, expires, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            ladderRows.getChildren().add(line);
        }
    }
}
