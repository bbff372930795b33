package cn.zhaoshang.desk.talent.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.ui.FieldErrors;
import cn.zhaoshang.desk.talent.CompanyRef;
import cn.zhaoshang.desk.talent.Talent;
import cn.zhaoshang.desk.talent.TalentLevel;
import cn.zhaoshang.desk.talent.TalentRules;
import cn.zhaoshang.desk.talent.TalentService;
import java.time.LocalDate;
import java.util.List;
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
 * A person of the inventory, new or edited: the fields, a company picker fed by the company search,
 * the message beside each field, and save (refused when someone else saved first).
 */
final class TalentFormViewModel {
    static final List<String> FIELDS = List.of("name", "unit", "field", "title", "honours", "arrivedOn", "mobile", "email");

    // Properties
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<CompanyRef> company = new SimpleObjectProperty<>();
    final StringProperty companySearch = new SimpleStringProperty("");
    final ObservableList<CompanyRef> companyResults = FXCollections.observableArrayList();
    final ObjectProperty<Choice> unit = new SimpleObjectProperty<>();
    final StringProperty field = new SimpleStringProperty("");
    final ObjectProperty<TalentLevel> level = new SimpleObjectProperty<>();
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty honours = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> arrivedOn = new SimpleObjectProperty<>();
    final StringProperty mobile = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final BooleanProperty saving = new SimpleBooleanProperty();
    final FieldErrors errors;

    private final Talent original;
    private final TalentService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private int generation;

    TalentFormViewModel(Talent original, List<Choice> units, TalentService service, TaskRunner tasks, Messages messages) {
        this.original = original;
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new FieldErrors(messages, FIELDS);
        name.set(original.name());
        if (original.companyId() != null) {
            company.set(new CompanyRef(original.companyId(), original.companyName()));
        }
        unit.set(units.stream().filter(u -> u.id().equals(original.unitId())).findFirst().orElse(null));
        field.set(nz(original.field()));
        level.set(original.level());
        title.set(nz(original.title()));
        honours.set(nz(original.honours()));
        arrivedOn.set(original.arrivedOn());
        mobile.set(nz(original.mobile()));
        email.set(nz(original.email()));
        FieldErrors.recheckOn(this::validate, name, mobile, email, arrivedOn, unit);
        companySearch.addListener((o, a, text) -> findCompanies(text));
    }

    boolean isNew() {
        return original.isNew();
    }

    boolean validate() {
        return errors.check(() -> TalentRules.check(build(), service.today()));
    }

    private Talent build() {
        CompanyRef c = company.get();
        Choice u = unit.get();
        return new Talent(original.id(), original.version(), name.get(), c == null ? null : c.id(), c == null ? null : c.name(),
                u == null ? null : u.id(), u == null ? null : u.name(), field.get(), level.get(), title.get(), honours.get(),
                arrivedOn.get(), mobile.get(), email.get());
    }

    // Commands

    void findCompanies(String text) {
        int mine = ++generation;
        if (text == null || text.isBlank()) {
            companyResults.clear();
            return;
        }
        tasks.run(messages.get("talent.task.load"), p -> service.findCompanies(text.strip(), 8), found -> {
            if (mine == generation) {
                companyResults.setAll(found);
            }
        }, error -> companyResults.clear());
    }

    void chooseCompany(CompanyRef chosen) {
        company.set(chosen);
        companyResults.clear();
        companySearch.set("");
    }

    void save(Consumer<Talent> onSaved, Consumer<Throwable> onError) {
        if (!validate() || saving.get()) {
            return;
        }
        Talent t = build();
        saving.set(true);
        tasks.run(messages.get("talent.task.save"), p -> service.save(t), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, error -> {
            saving.set(false);
            errors.showOr(error, onError);
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
