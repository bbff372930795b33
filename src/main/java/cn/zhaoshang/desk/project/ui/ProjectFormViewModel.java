package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.project.CompanyChoice;
import cn.zhaoshang.desk.project.IndustryChoice;
import cn.zhaoshang.desk.project.Project;
import cn.zhaoshang.desk.project.ProjectDraft;
import cn.zhaoshang.desk.project.ProjectService;
import cn.zhaoshang.desk.project.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project form: every field of a project except its stage data, the investor company picked
 * by name or credit code, and messages beside the fields that are wrong. A new project also gets
 * its starting stage (线索, 接洽 or 洽谈) and the date it entered it.
 */
public final class ProjectFormViewModel {
    private static final int COMPANY_HITS = 20;

    private final ProjectService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private final Project editing;
    // Properties
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty codeName = new SimpleStringProperty("");
    private final ObjectProperty<CompanyChoice> company = new SimpleObjectProperty<>();
    private final StringProperty companyQuery = new SimpleStringProperty("");
    private final ObservableList<CompanyChoice> companyHits = FXCollections.observableArrayList();
    private final ObjectProperty<IndustryChoice> industry = new SimpleObjectProperty<>();
    private final ObservableList<Choice> selectedNodes = FXCollections.observableArrayList();
    private final StringProperty planned = new SimpleStringProperty("");
    private final StringProperty contract = new SimpleStringProperty("");
    private final ObjectProperty<Choice> carrier = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> team = new SimpleObjectProperty<>();
    private final StringProperty leader = new SimpleStringProperty("");
    private final BooleanProperty major = new SimpleBooleanProperty();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<ProjectStage> startStage = new SimpleObjectProperty<>(ProjectStage.LEAD);
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty plannedError = new SimpleStringProperty("");
    private final StringProperty contractError = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final ObservableList<IndustryChoice> industries = FXCollections.observableArrayList();
    private final ObservableList<Choice> nodes = FXCollections.observableArrayList();
    private final ObservableList<Choice> carriers = FXCollections.observableArrayList();
    private final ObservableList<Choice> units = FXCollections.observableArrayList();
    private final ObservableList<Choice> teams = FXCollections.observableArrayList();

    /** {@code editing} null for a new project. */
    public ProjectFormViewModel(ProjectService service, TaskRunner tasks, Messages messages, Consumer<Throwable> onError,
                                Project editing) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        this.editing = editing;
        startDate.set(service.today());
    }

    public boolean isNew() {
        return editing == null;
    }

    /** The real name is hidden from this user: the name field is locked. */
    public boolean nameLocked() {
        return editing != null && editing.nameHidden();
    }

    /** The contract amount is entered at signing; the form edits it only once signed. */
    public boolean contractEditable() {
        return editing != null && editing.signedOn() != null;
    }

    private record Lists(List<IndustryChoice> industries, List<Choice> nodes, List<Choice> carriers, List<Choice> units,
                         List<Choice> teams, CompanyChoice company) { }

    /** Loads the choices, then fills the fields from the project being edited. */
    public void load() {
        UUID companyId = editing == null ? null : editing.companyId();
        tasks.run(messages.get("project.form.loading"), p -> new Lists(service.industries(), service.chainNodes(),
                service.carriers(), service.units(), service.teams(), companyId == null ? null : service.company(companyId)),
                lists -> {
                    industries.setAll(lists.industries());
                    nodes.setAll(lists.nodes());
                    carriers.setAll(withNone(lists.carriers()));
                    units.setAll(withNone(lists.units()));
                    teams.setAll(withNone(lists.teams()));
                    if (editing != null) {
                        fill(editing, lists.company());
                    }
                    ready.set(true);
                }, onError);
    }

    private static List<Choice> withNone(List<Choice> items) {
        ArrayList<Choice> all = new ArrayList<>();
        all.add(null);
        all.addAll(items);
        return all;
    }

    private void fill(Project p, CompanyChoice investor) {
        name.set(p.nameHidden() ? messages.get("project.form.nameHidden") : p.name());
        codeName.set(p.codeName() == null ? "" : p.codeName());
        company.set(investor);
        industry.set(industries.stream().filter(i -> i.code().equals(p.industryCode())).findFirst().orElse(null));
        selectedNodes.setAll(nodes.stream().filter(n -> p.chainNodeIds().contains(n.id())).toList());
        planned.set(p.plannedInvestment() == null ? "" : plain(p.plannedInvestment()));
        contract.set(p.contractAmount() == null ? "" : plain(p.contractAmount()));
        carrier.set(find(carriers, p.carrierId()));
        unit.set(find(units, p.unitId()));
        team.set(find(teams, p.teamId()));
        leader.set(p.leaderInCharge() == null ? "" : p.leaderInCharge());
        major.set(p.major());
        notes.set(p.notes() == null ? "" : p.notes());
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static Choice find(List<Choice> items, UUID id) {
        return id == null ? null : items.stream().filter(c -> c != null && c.id().equals(id)).findFirst().orElse(null);
    }

    // Commands

    /** Looks up investor companies for what is typed (name part or credit code start). */
    public void searchCompanies() {
        String query = companyQuery.get() == null ? "" : companyQuery.get().strip();
        if (query.isEmpty()) {
            companyHits.clear();
            return;
        }
        tasks.run(messages.get("project.form.searchingCompanies"), p -> service.findCompanies(query, COMPANY_HITS), hits -> {
            if (query.equals(companyQuery.get().strip())) {
                companyHits.setAll(hits);
            }
        }, onError);
    }

    public void chooseCompany(CompanyChoice choice) {
        company.set(choice);
        companyHits.clear();
        companyQuery.set("");
    }

    /** The draft as entered, or null (with messages beside the fields) when something is wrong. */
    public ProjectDraft validate() {
        nameError.set("");
        plannedError.set("");
        contractError.set("");
        generalError.set("");
        boolean ok = true;
        if (!nameLocked() && name.get().isBlank()) {
            nameError.set(messages.get("project.error.nameRequired"));
            ok = false;
        }
        BigDecimal plannedAmount = amount(planned, plannedError);
        BigDecimal contractAmount = contractEditable() ? amount(contract, contractError) : null;
        ok &= plannedError.get().isEmpty() && contractError.get().isEmpty();
        if (contractEditable() && contractError.get().isEmpty() && contractAmount == null) {
            contractError.set(messages.get("project.error.contractRequired"));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        return new ProjectDraft(nameLocked() ? null : name.get(), codeName.get(), company.get() == null ? null : company.get().id(),
                industry.get() == null ? null : industry.get().code(), selectedNodes.stream().map(Choice::id).toList(),
                plannedAmount, contractAmount, id(carrier), id(unit), leader.get(), id(team), major.get(), notes.get());
    }

    private BigDecimal amount(StringProperty text, StringProperty error) {
        try {
            BigDecimal value = Money.parse(text.get());
            if (value != null && value.signum() < 0) {
                error.set(messages.get("project.error.amountNegative"));
            }
            return value;
        } catch (DeskException e) {
            error.set(messages.describe(e));
            return null;
        }
    }

    private static UUID id(ObjectProperty<Choice> choice) {
        return choice.get() == null ? null : choice.get().id();
    }

    /** Saves in the background; refusals (stale, missing company …) appear as the form's message. */
    public void save(ProjectDraft draft, Consumer<Project> onSaved) {
        tasks.run(messages.get("project.form.saving"), p -> editing == null
                ? service.create(draft, startStage.get(), startDate.get())
                : service.update(editing.id(), editing.version(), draft), onSaved, error -> {
                    if (error instanceof DeskException desk) {
                        generalError.set(messages.describe(desk));
                    } else {
                        onError.accept(error);
                    }
                });
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty codeNameProperty() { return codeName; }
    public ObjectProperty<CompanyChoice> companyProperty() { return company; }
    public StringProperty companyQueryProperty() { return companyQuery; }
    public ObservableList<CompanyChoice> companyHits() { return companyHits; }
    public ObjectProperty<IndustryChoice> industryProperty() { return industry; }
    public ObservableList<Choice> selectedNodes() { return selectedNodes; }
    public StringProperty plannedProperty() { return planned; }
    public StringProperty contractProperty() { return contract; }
    public ObjectProperty<Choice> carrierProperty() { return carrier; }
    public ObjectProperty<Choice> unitProperty() { return unit; }
    public ObjectProperty<Choice> teamProperty() { return team; }
    public StringProperty leaderProperty() { return leader; }
    public BooleanProperty majorProperty() { return major; }
    public StringProperty notesProperty() { return notes; }
    public ObjectProperty<ProjectStage> startStageProperty() { return startStage; }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public StringProperty nameErrorProperty() { return nameError; }
    public StringProperty plannedErrorProperty() { return plannedError; }
    public StringProperty contractErrorProperty() { return contractError; }
    public StringProperty generalErrorProperty() { return generalError; }
    public BooleanProperty readyProperty() { return ready; }
    public ObservableList<IndustryChoice> industries() { return industries; }
    public ObservableList<Choice> nodes() { return nodes; }
    public ObservableList<Choice> carriers() { return carriers; }
    public ObservableList<Choice> units() { return units; }
    public ObservableList<Choice> teams() { return teams; }
}
