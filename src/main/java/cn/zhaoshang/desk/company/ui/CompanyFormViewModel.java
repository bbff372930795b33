package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.company.CompanyInput;
import cn.zhaoshang.desk.company.CompanyRules;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.DuplicateMatch;
import cn.zhaoshang.desk.company.FieldProblem;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.company.SourceChannel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The company form: every field as a property, validation with messages per field (shown once a
 * field was touched, or all of them after a save attempt), duplicate warnings, and saving in the
 * background. A save refused because someone else saved first fills {@link #staleChanges}; the
 * user then takes theirs or keeps their own edits on top.
 */
public final class CompanyFormViewModel {
    public enum Mode { EMPTY, NEW, EDIT }

    // Properties
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty shortName = new SimpleStringProperty("");
    public final StringProperty uscc = new SimpleStringProperty("");
    public final StringProperty legalRep = new SimpleStringProperty("");
    public final StringProperty capital = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> foundedOn = new SimpleObjectProperty<>();
    public final StringProperty website = new SimpleStringProperty("");
    public final ObjectProperty<String> divisionCode = new SimpleObjectProperty<>();
    public final StringProperty address = new SimpleStringProperty("");
    public final ObjectProperty<String> industryCode = new SimpleObjectProperty<>();
    public final BooleanProperty locatedInDistrict = new SimpleBooleanProperty();
    public final BooleanProperty specialized = new SimpleBooleanProperty();
    public final BooleanProperty listed = new SimpleBooleanProperty();
    public final BooleanProperty fortune500 = new SimpleBooleanProperty();
    public final ObjectProperty<SourceChannel> sourceChannel = new SimpleObjectProperty<>();
    public final ObjectProperty<UUID> referrerId = new SimpleObjectProperty<>();
    public final StringProperty referrerName = new SimpleStringProperty("");
    public final StringProperty fundName = new SimpleStringProperty("");
    public final ObjectProperty<PursuitStatus> status = new SimpleObjectProperty<>(PursuitStatus.NEW);
    public final ObjectProperty<UUID> ownerTeam = new SimpleObjectProperty<>();
    public final ObjectProperty<UUID> ownerPerson = new SimpleObjectProperty<>();
    public final StringProperty score = new SimpleStringProperty("");
    public final StringProperty notes = new SimpleStringProperty("");
    public final ObservableList<String> tags = FXCollections.observableArrayList();
    public final ObservableList<LadderRow> ladder = FXCollections.observableArrayList(LadderRow::observables);
    public final ObservableList<UUID> chainNodes = FXCollections.observableArrayList();

    /** Field name (as in {@link CompanyData}) → localised message, for the fields to show it beside. */
    public final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    public final ObservableList<DuplicateMatch> duplicates = FXCollections.observableArrayList();
    public final ObservableList<ChangedField> staleChanges = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.EMPTY);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Company> company = new ReadOnlyObjectWrapper<>();

    private final CompanyService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private CompanyChoices choices = CompanyChoices.EMPTY;
    private final Map<String, Observable> fields = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private Map<String, String> allErrors = Map.of();
    private List<Object> baseSnapshot = List.of();
    private boolean loading;
    private boolean showAllErrors;
    private Company theirs;

    public CompanyFormViewModel(CompanyService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        register("name", name); register("shortName", shortName); register("uscc", uscc);
        register("legalRep", legalRep); register("registeredCapital", capital); register("foundedOn", foundedOn);
        register("website", website); register("divisionCode", divisionCode); register("address", address);
        register("industryCode", industryCode); register("locatedInDistrict", locatedInDistrict);
        register("specialized", specialized); register("listed", listed); register("fortune500", fortune500);
        register("sourceChannel", sourceChannel); register("referrerCompanyId", referrerId);
        register("fundName", fundName); register("pursuitStatus", status); register("ownerTeamId", ownerTeam);
        register("ownerPersonId", ownerPerson); register("score", score); register("notes", notes);
        register("tags", tags); register("ladder", ladder); register("chainNodeIds", chainNodes);
    }

    private void register(String key, Observable property) {
        fields.put(key, property);
        property.addListener(o -> changed(key));
    }

    private void changed(String key) {
        if (loading) {
            return;
        }
        touched.add(key);
        validate();
        dirty.set(mode.get() != Mode.EMPTY && !snapshot().equals(baseSnapshot));
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() { return mode.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** The stored company the form shows (null for a new one). */
    public ReadOnlyObjectProperty<Company> companyProperty() { return company.getReadOnlyProperty(); }
    public boolean isDirty() { return dirty.get(); }

    public void setChoices(CompanyChoices choices) {
        this.choices = choices;
    }

    // Commands

    /** An empty form for a new company, owned by the signed-in person and their team. */
    public void startNew() {
        fill(CompanyData.named("").ownerTeamId(choices.myTeam()).ownerPersonId(choices.myPersonId())
                .sourceChannel(SourceChannel.RESIDENT_TEAM).build(), null);
        company.set(null);
        mode.set(Mode.NEW);
    }

    public void load(Company stored) {
        fill(stored.data(), service.companyName(stored.data().referrerCompanyId()));
        company.set(stored);
        mode.set(Mode.EDIT);
    }

    public void clear() {
        fill(CompanyData.named("").build(), null);
        company.set(null);
        mode.set(Mode.EMPTY);
    }

    private void fill(CompanyData d, String referrer) {
        setFields(d, referrer);
        baseSnapshot = snapshot();
        touched.clear();
        showAllErrors = false;
        errors.clear();
        duplicates.clear();
        staleChanges.clear();
        dirty.set(false);
        validate();
    }

    private void setFields(CompanyData d, String referrer) {
        loading = true;
        try {
            name.set(nz(d.name())); shortName.set(nz(d.shortName())); uscc.set(nz(d.uscc()));
            legalRep.set(nz(d.legalRep())); capital.set(CompanyTexts.amount(d.registeredCapital()).replace(",", ""));
            foundedOn.set(d.foundedOn()); website.set(nz(d.website())); divisionCode.set(d.divisionCode());
            address.set(nz(d.address())); industryCode.set(d.industryCode());
            locatedInDistrict.set(d.locatedInDistrict()); specialized.set(d.specialized()); listed.set(d.listed());
            fortune500.set(d.fortune500()); sourceChannel.set(d.sourceChannel()); referrerId.set(d.referrerCompanyId());
            referrerName.set(nz(referrer)); fundName.set(nz(d.fundName())); status.set(d.pursuitStatus());
            ownerTeam.set(d.ownerTeamId()); ownerPerson.set(d.ownerPersonId());
            score.set(d.score() == null ? "" : String.valueOf(d.score())); notes.set(nz(d.notes()));
            tags.setAll(d.tags()); ladder.setAll(d.ladder().stream().map(LadderRow::of).toList());
            chainNodes.setAll(d.chainNodeIds());
        } finally {
            loading = false;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private List<Object> snapshot() {
        List<Object> values = new ArrayList<>();
        for (Observable o : fields.values()) {
            values.add(o instanceof ObservableList<?> list ? List.copyOf(list.stream()
                    .map(v -> v instanceof LadderRow r ? r.toFlag() : v).toList())
                    : ((ObservableValue<?>) o).getValue());
        }
        return values;
    }

    /** The form as data; amounts and the score that do not parse come out as null (see {@link #validate}). */
    public CompanyData toData() {
        return CompanyData.named(name.get()).shortName(shortName.get()).uscc(uscc.get()).legalRep(legalRep.get())
                .registeredCapital(parseAmount(capital.get())).foundedOn(foundedOn.get()).website(website.get())
                .divisionCode(divisionCode.get()).address(address.get()).industryCode(industryCode.get())
                .locatedInDistrict(locatedInDistrict.get()).specialized(specialized.get()).listed(listed.get())
                .fortune500(fortune500.get()).sourceChannel(sourceChannel.get()).referrerCompanyId(referrerId.get())
                .fundName(sourceChannel.get() == SourceChannel.FUND ? fundName.get() : null)
                .pursuitStatus(status.get()).ownerTeamId(ownerTeam.get()).ownerPersonId(ownerPerson.get())
                .score(parseScore(score.get())).notes(notes.get()).tags(List.copyOf(tags))
                .ladder(ladder.stream().map(LadderRow::toFlag).toList()).chainNodeIds(List.copyOf(chainNodes)).build();
    }

    /** The typed capital in 万元 as {@link Money} reads it ("500", "1.2亿", "５００万元"); null when blank or unreadable. */
    static BigDecimal parseAmount(String text) {
        try {
            return Money.parse(text);
        } catch (DeskException e) {
            return null;
        }
    }

    private static Integer parseScore(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return t.isEmpty() ? null : Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Checks every field; returns true when the form may be saved. Messages appear per field. */
    public boolean validate() {
        Map<String, String> found = new LinkedHashMap<>();
        if (!TextNormalizer.isPlaceholder(capital.get()) && parseAmount(capital.get()) == null) {
            found.put("registeredCapital", messages.get("company.validation.notANumber"));
        }
        if (!score.get().isBlank() && parseScore(score.get()) == null) {
            found.put("score", messages.get("company.validation.notAnInteger"));
        }
        for (FieldProblem p : CompanyRules.check(CompanyInput.clean(toData()), service.today())) {
            found.putIfAbsent(p.field(), messages.get(p.key(), p.args()));
        }
        allErrors = found;
        errors.clear();
        found.forEach((field, text) -> {
            if (showAllErrors || touched.contains(field)) {
                errors.put(field, text);
            }
        });
        return found.isEmpty();
    }

    /** Looks for companies with the same credit code or normalised name, in the background. */
    public void checkDuplicates() {
        if (mode.get() == Mode.EMPTY || (name.get().isBlank() && uscc.get().isBlank())) {
            duplicates.clear();
            return;
        }
        UUID self = company.get() == null ? null : company.get().id();
        String code = uscc.get();
        String typed = name.get();
        tasks.run(messages.get("company.task.duplicates"), p -> service.duplicatesOf(self, code, typed), found -> {
            if (Objects.equals(code, uscc.get()) && Objects.equals(typed, name.get())) {
                duplicates.setAll(found);
            }
        }, error -> duplicates.clear());
    }

    /**
     * Saves in the background. When the name or code matches another company, {@code
     * confirmDuplicates} is asked first (a taken credit code is refused outright).
     */
    public void save(Predicate<List<DuplicateMatch>> confirmDuplicates, Consumer<Company> onSaved,
                     Consumer<Throwable> onFailure) {
        showAllErrors = true;
        if (mode.get() == Mode.EMPTY || busy.get() || !validate()) {
            return;
        }
        CompanyData data = toData();
        Company stored = company.get();
        busy.set(true);
        tasks.run(messages.get("company.task.saving"),
                p -> service.duplicatesOf(stored == null ? null : stored.id(), data.uscc(), data.name()), found -> {
                    duplicates.setAll(found);
                    boolean identityChanged = stored == null || !Objects.equals(stored.name(), CompanyInput.text(data.name()))
                            || !Objects.equals(stored.uscc(), Uscc.normalize(data.uscc()));
                    if (!found.isEmpty() && identityChanged && !confirmDuplicates.test(found)) {
                        busy.set(false);
                        return;
                    }
                    tasks.run(messages.get("company.task.saving"), p -> stored == null ? service.create(data)
                            : service.update(stored.id(), stored.version(), data), saved -> {
                        busy.set(false);
                        load(saved);
                        onSaved.accept(saved);
                    }, error -> {
                        busy.set(false);
                        if (error instanceof StaleRecordException && stored != null) {
                            showWhatTheyChanged(stored, data);
                        } else {
                            onFailure.accept(error);
                        }
                    });
                }, error -> {
                    busy.set(false);
                    onFailure.accept(error);
                });
    }

    private void showWhatTheyChanged(Company started, CompanyData mine) {
        tasks.run(messages.get("company.task.loading"), p -> service.get(started.id()), current -> {
            theirs = current;
            Map<String, String> before = CompanyTexts.describe(started.data(), messages, choices);
            Map<String, String> stored = CompanyTexts.describe(current.data(), messages, choices);
            Map<String, String> typed = CompanyTexts.describe(CompanyInput.clean(mine), messages, choices);
            List<ChangedField> changes = new ArrayList<>();
            stored.forEach((field, value) -> {
                if (!Objects.equals(before.get(field), value)) {
                    changes.add(new ChangedField(field, messages.get("company.field." + field), before.get(field), value,
                            typed.get(field)));
                }
            });
            staleChanges.setAll(changes);
        }, error -> staleChanges.clear());
    }

    /** After a refused save: drop the user's edits and show what is stored now. */
    public void takeTheirs() {
        if (theirs != null) {
            load(theirs);
        }
    }

    /** After a refused save: keep the user's edits over what is stored now; fields they left alone take the stored values. */
    public void keepMine() {
        if (theirs == null || company.get() == null) {
            return;
        }
        CompanyData merged = CompanyTexts.merge(company.get().data(), toData(), theirs.data());
        load(theirs);
        setFields(merged, service.companyName(merged.referrerCompanyId()));
        touched.addAll(fields.keySet());
        dirty.set(!snapshot().equals(baseSnapshot));
        validate();
    }

    /** Errors of all fields, shown or not yet (tests, and the save button's tooltip). */
    public Map<String, String> allErrors() {
        return allErrors;
    }
}
