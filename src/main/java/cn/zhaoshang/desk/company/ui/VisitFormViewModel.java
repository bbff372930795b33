package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.company.CompanyInput;
import cn.zhaoshang.desk.company.CompanyRules;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.FieldProblem;
import cn.zhaoshang.desk.company.Interaction;
import cn.zhaoshang.desk.company.InteractionKind;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * A new entry of the visit log, or a correction of one (the log is append-only: a correction is
 * a new entry, prefilled from the one it corrects).
 */
public final class VisitFormViewModel {
    // Properties
    public final ObjectProperty<LocalDate> occurredOn = new SimpleObjectProperty<>();
    public final ObjectProperty<InteractionKind> kind = new SimpleObjectProperty<>(InteractionKind.VISIT_OUT);
    public final StringProperty ourParticipants = new SimpleStringProperty("");
    public final StringProperty theirParticipants = new SimpleStringProperty("");
    public final StringProperty summary = new SimpleStringProperty("");
    public final StringProperty nextStep = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> nextStepDueOn = new SimpleObjectProperty<>();
    public final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    private final CompanyService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private UUID companyId;
    private UUID corrects;

    public VisitFormViewModel(CompanyService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** A new entry for today, with the signed-in person among our participants. */
    public void startNew(UUID forCompany, String me) {
        companyId = forCompany;
        corrects = null;
        occurredOn.set(service.today());
        kind.set(InteractionKind.VISIT_OUT);
        ourParticipants.set(me == null ? "" : me);
        theirParticipants.set("");
        summary.set("");
        nextStep.set("");
        nextStepDueOn.set(null);
        errors.clear();
    }

    /** A correction of {@code original}, starting from what it says. */
    public void startCorrection(Interaction original) {
        companyId = original.companyId();
        corrects = original.id();
        occurredOn.set(original.occurredOn());
        kind.set(original.kind());
        ourParticipants.set(nz(original.ourParticipants()));
        theirParticipants.set(nz(original.theirParticipants()));
        summary.set(nz(original.summary()));
        nextStep.set(nz(original.nextStep()));
        nextStepDueOn.set(original.nextStepDueOn());
        errors.clear();
    }

    public boolean isCorrection() {
        return corrects != null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Interaction.Draft toDraft() {
        return new Interaction.Draft(occurredOn.get(), kind.get(), ourParticipants.get(), theirParticipants.get(),
                summary.get(), nextStep.get(), nextStepDueOn.get());
    }

    public boolean validate() {
        errors.clear();
        for (FieldProblem p : CompanyRules.check(CompanyInput.clean(toDraft()), service.today())) {
            errors.putIfAbsent(p.field(), messages.get(p.key(), p.args()));
        }
        return errors.isEmpty();
    }

    public void save(Consumer<Interaction> onSaved, Consumer<Throwable> onFailure) {
        if (!validate()) {
            return;
        }
        Interaction.Draft draft = toDraft();
        UUID company = companyId;
        UUID corrected = corrects;
        tasks.run(messages.get("company.task.saving"), p -> corrected == null ? service.visits().record(company, draft)
                : service.visits().correct(corrected, draft), onSaved, onFailure);
    }
}
