package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.company.Choice;
import cn.zhaoshang.desk.company.ClaimState;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.CompanyFlag;
import cn.zhaoshang.desk.company.LadderTier;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.company.SourceChannel;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The filter panel beside the list. Every change builds a new {@link CompanyFilter} and hands it
 * over at once; amounts apply on Enter or when the field is left. {@link #show} puts a saved
 * view's filter back into the controls.
 */
final class FilterPane {
    private final Messages m;
    private final Consumer<CompanyFilter> onChange;
    private final VBox box = new VBox(10);
    private final ScrollPane root = new ScrollPane(box);
    private final CodePicker industry;
    private final CodePicker division;
    private final ObjectProperty<UUID> chainNode = new SimpleObjectProperty<>();
    private final ComboBox<Choice> chainNodeBox;
    private final ObjectProperty<UUID> team = new SimpleObjectProperty<>();
    private final ComboBox<Choice> teamBox;
    private final ObjectProperty<UUID> person = new SimpleObjectProperty<>();
    private final ComboBox<Choice> personBox;
    private final CheckComboBox<PursuitStatus> statuses = new CheckComboBox<>();
    private final CheckComboBox<SourceChannel> channels = new CheckComboBox<>();
    private final CheckComboBox<LadderTier> tiers = new CheckComboBox<>();
    private final CheckComboBox<String> tags = new CheckComboBox<>();
    private final Map<CompanyFlag, CheckBox> flags = new EnumMap<>(CompanyFlag.class);
    private final ComboBox<ClaimState> claim;
    private final TextField capitalMin = new TextField();
    private final TextField capitalMax = new TextField();
    private final DatePicker foundedFrom = FormKit.datePicker("filter-founded-from");
    private final DatePicker foundedTo = FormKit.datePicker("filter-founded-to");
    private boolean showing;

    FilterPane(Messages m, Consumer<CompanyFilter> onChange) {
        this.m = m;
        this.onChange = onChange;
        root.setId("company-filters");
        root.setFitToWidth(true);
        root.setMinWidth(250);
        root.setPrefWidth(270);
        box.setPadding(new Insets(12));
        Label title = new Label(m.get("company.filter.title"));
        title.getStyleClass().add("company-section-title");
        box.getChildren().add(title);

        industry = new CodePicker("filter-industry", m, 2, true, "company.choice.any");
        industry.stacked();
        industry.value.addListener(o -> changed());
        add("company.field.industryCode", industry);
        chainNodeBox = FormKit.choiceCombo("filter-chain-node", m, chainNode, "company.choice.any");
        chainNode.addListener(o -> changed());
        add("company.field.chainNodeIds", chainNodeBox);
        division = new CodePicker("filter-division", m, 3, false, "company.choice.any");
        division.stacked();
        division.value.addListener(o -> changed());
        add("company.field.divisionCode", division);
        add("company.field.pursuitStatus", checks(statuses, "filter-status", PursuitStatus.values()));
        add("company.field.sourceChannel", checks(channels, "filter-channel", SourceChannel.values()));
        add("company.field.ladder", checks(tiers, "filter-ladder", LadderTier.values()));
        VBox flagBoxes = new VBox(4);
        for (CompanyFlag flag : CompanyFlag.values()) {
            CheckBox check = new CheckBox(m.label(flag));
            check.setId("filter-flag-" + flag.name().toLowerCase());
            check.selectedProperty().addListener(o -> changed());
            flags.put(flag, check);
            flagBoxes.getChildren().add(check);
        }
        add("company.filter.flags", flagBoxes);
        teamBox = FormKit.choiceCombo("filter-team", m, team, "company.choice.any");
        team.addListener(o -> changed());
        add("company.field.ownerTeamId", teamBox);
        personBox = FormKit.choiceCombo("filter-person", m, person, "company.choice.any");
        person.addListener(o -> changed());
        add("company.field.ownerPersonId", personBox);
        claim = FormKit.enumCombo("filter-claim", m, ClaimState.values(), true, "company.choice.any");
        claim.valueProperty().addListener(o -> changed());
        add("company.field.claim", claim);
        tags.setId("filter-tags");
        tags.setTitle(m.get("company.choice.any"));
        tags.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> changed());
        add("company.field.tags", tags);
        add("company.filter.capital", range(amount(capitalMin, "filter-capital-min", "company.filter.from"),
                amount(capitalMax, "filter-capital-max", "company.filter.to")));
        foundedFrom.setPromptText(m.get("company.filter.from"));
        foundedTo.setPromptText(m.get("company.filter.to"));
        foundedFrom.valueProperty().addListener(o -> changed());
        foundedTo.valueProperty().addListener(o -> changed());
        add("company.filter.founded", new VBox(4, foundedFrom, foundedTo));
        Button clear = new Button(m.get("company.filter.clear"));
        clear.setId("filter-clear");
        clear.setOnAction(e -> {
            show(CompanyFilter.NONE);
            onChange.accept(CompanyFilter.NONE);
        });
        box.getChildren().add(clear);
    }

    Node root() {
        return root;
    }

    void setChoices(CompanyChoices choices) {
        showing = true;
        industry.setCodes(choices.industries());
        division.setCodes(choices.divisions());
        FormKit.setChoices(chainNodeBox, choices.chainNodes());
        FormKit.setChoices(teamBox, choices.teams());
        FormKit.setChoices(personBox, choices.people());
        tags.getItems().setAll(choices.tags());
        showing = false;
    }

    private void add(String labelKey, Node control) {
        box.getChildren().add(FormKit.field(m.get(labelKey), control, null, null));
    }

    private <E extends Enum<E>> CheckComboBox<E> checks(CheckComboBox<E> combo, String id, E[] values) {
        combo.setId(id);
        combo.getItems().setAll(values);
        combo.setTitle(m.get("company.choice.any"));
        combo.setConverter(new StringConverter<>() {
            @Override public String toString(E e) {
                return e == null ? "" : m.label(e);
            }
            @Override public E fromString(String s) {
                return null;
            }
        });
        combo.getCheckModel().getCheckedItems().addListener((ListChangeListener<E>) c -> changed());
        return combo;
    }

    private TextField amount(TextField field, String id, String promptKey) {
        field.setId(id);
        field.setPromptText(m.get(promptKey));
        field.setOnAction(e -> changed());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                changed();
            }
        });
        return field;
    }

    private static HBox range(Node from, Node to) {
        HBox row = new HBox(6, from, new Label("–"), to);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void changed() {
        if (!showing) {
            onChange.accept(current());
        }
    }

    CompanyFilter current() {
        Set<CompanyFlag> checked = new HashSet<>();
        flags.forEach((flag, box) -> {
            if (box.isSelected()) {
                checked.add(flag);
            }
        });
        return CompanyFilter.NONE.toBuilder()
                .industryCodes(industry.value.get() == null ? Set.of() : Set.of(industry.value.get()))
                .chainNodeIds(chainNode.get() == null ? Set.of() : Set.of(chainNode.get()))
                .divisionCode(division.value.get())
                .statuses(Set.copyOf(statuses.getCheckModel().getCheckedItems()))
                .channels(Set.copyOf(channels.getCheckModel().getCheckedItems()))
                .ladderTiers(Set.copyOf(tiers.getCheckModel().getCheckedItems())).flags(checked)
                .ownerTeamId(team.get()).ownerPersonId(person.get()).claimState(claim.getValue())
                .tags(Set.copyOf(tags.getCheckModel().getCheckedItems()))
                .capital(CompanyFormViewModel.parseAmount(capitalMin.getText()),
                        CompanyFormViewModel.parseAmount(capitalMax.getText()))
                .founded(foundedFrom.getValue(), foundedTo.getValue()).build();
    }

    /** Puts a filter into the controls without reporting it back as a change. */
    void show(CompanyFilter f) {
        showing = true;
        try {
            industry.value.set(f.industryCodes().stream().findFirst().orElse(null));
            chainNode.set(f.chainNodeIds().stream().findFirst().orElse(null));
            division.value.set(f.divisionCode());
            checkOnly(statuses, f.statuses());
            checkOnly(channels, f.channels());
            checkOnly(tiers, f.ladderTiers());
            checkOnly(tags, f.tags());
            flags.forEach((flag, box) -> box.setSelected(f.flags().contains(flag)));
            team.set(f.ownerTeamId());
            person.set(f.ownerPersonId());
            claim.setValue(f.claimState());
            capitalMin.setText(f.capitalMin() == null ? "" : f.capitalMin().toPlainString());
            capitalMax.setText(f.capitalMax() == null ? "" : f.capitalMax().toPlainString());
            foundedFrom.setValue(f.foundedFrom());
            foundedTo.setValue(f.foundedTo());
        } finally {
            showing = false;
        }
    }

    private static <T> void checkOnly(CheckComboBox<T> combo, Set<T> wanted) {
        combo.getCheckModel().clearChecks();
        wanted.forEach(v -> {
            if (!combo.getItems().contains(v)) {
                combo.getItems().add(v);
            }
            combo.getCheckModel().check(v);
        });
    }
}
