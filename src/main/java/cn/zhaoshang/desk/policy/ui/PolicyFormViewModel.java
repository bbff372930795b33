package cn.zhaoshang.desk.policy.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.ui.FieldErrors;
import cn.zhaoshang.desk.policy.PolicyLadderTier;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.policy.PolicyDraft;
import cn.zhaoshang.desk.policy.PolicyRules;
import cn.zhaoshang.desk.policy.PolicyService;
import java.math.BigDecimal;
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
 * The policy form. For a new policy, save creates version 1; for an existing one, save adds the next
 * version and leaves the one the user started from readable (the service refuses when someone else
 * revised it first).
 */
final class PolicyFormViewModel {
    static final List<String> FIELDS = List.of("name", "issuer", "documentNo", "effectiveFrom", "effectiveTo",
            "ladderTiers", "minInvestment", "maxInvestment", "benefitSummary");

    // Properties
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty issuer = new SimpleStringProperty("");
    final StringProperty documentNo = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> effectiveFrom = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> effectiveTo = new SimpleObjectProperty<>();
    final ObservableList<String> industries = FXCollections.observableArrayList();
    final ObservableList<PolicyLadderTier> tiers = FXCollections.observableArrayList();
    final StringProperty minInvestment = new SimpleStringProperty("");
    final StringProperty maxInvestment = new SimpleStringProperty("");
    final StringProperty benefitSummary = new SimpleStringProperty("");
    final BooleanProperty saving = new SimpleBooleanProperty();
    final FieldErrors errors;

    private final Policy original;
    private final PolicyService service;
    private final TaskRunner tasks;
    private final Messages messages;

    /** @param original the version being revised, or null for a new policy */
    PolicyFormViewModel(Policy original, PolicyService service, TaskRunner tasks, Messages messages) {
        this.original = original;
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new FieldErrors(messages, FIELDS);
        if (original != null) {
            PolicyDraft d = original.content();
            name.set(d.name());
            issuer.set(nz(d.issuer()));
            documentNo.set(nz(d.documentNo()));
            effectiveFrom.set(d.effectiveFrom());
            effectiveTo.set(d.effectiveTo());
            industries.setAll(d.industryCodes());
            d.ladderTiers().forEach(t -> PolicyLadderTier.of(t).ifPresent(tiers::add));
            minInvestment.set(plain(d.minInvestment()));
            maxInvestment.set(plain(d.maxInvestment()));
            benefitSummary.set(nz(d.benefitSummary()));
        }
        FieldErrors.recheckOn(this::validate, name, minInvestment, maxInvestment, effectiveFrom, effectiveTo);
    }

    boolean isRevision() {
        return original != null;
    }

    Policy original() {
        return original;
    }

    boolean validate() {
        return errors.check(() -> PolicyRules.check(draft(amount("minInvestment", minInvestment),
                amount("maxInvestment", maxInvestment))));
    }

    private static BigDecimal amount(String field, StringProperty text) {
        return FieldErrors.read(field, "policy.form.notANumber", Money::parse, text.get());
    }

    private PolicyDraft draft(BigDecimal min, BigDecimal max) {
        return new PolicyDraft(name.get(), issuer.get(), documentNo.get(), effectiveFrom.get(), effectiveTo.get(),
                List.copyOf(industries), tiers.stream().map(Enum::name).toList(), min, max, benefitSummary.get());
    }

    // Commands

    void save(Consumer<Policy> onSaved, Consumer<Throwable> onError) {
        if (!validate() || saving.get()) {
            return;
        }
        PolicyDraft draft = draft(Money.parse(minInvestment.get()), Money.parse(maxInvestment.get()));
        saving.set(true);
        tasks.run(messages.get("policy.task.save"), p -> original == null ? service.create(draft)
                : service.revise(original.id(), original.version(), draft), saved -> {
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

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
