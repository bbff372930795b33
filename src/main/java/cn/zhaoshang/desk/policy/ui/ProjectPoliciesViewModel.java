package cn.zhaoshang.desk.policy.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.policy.Incentive;
import cn.zhaoshang.desk.policy.IncentiveService;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.policy.PolicyService;
import cn.zhaoshang.desk.policy.ProjectFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Policies and promises of one project (一企一策): which policies apply today, what was promised under
 * which version, what was delivered; and the two small forms that record a promise and a delivery.
 */
final class ProjectPoliciesViewModel {
    // Properties
    final ObjectProperty<ProjectFacts> project = new SimpleObjectProperty<>();
    final ObservableList<Policy> applicable = FXCollections.observableArrayList();
    final ObservableList<Incentive> incentives = FXCollections.observableArrayList();
    /** The policy to promise under; null for a bespoke promise. */
    final ObjectProperty<Policy> promisePolicy = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> promisedOn = new SimpleObjectProperty<>();
    final StringProperty promisedAmount = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final StringProperty promiseError = new SimpleStringProperty("");
    final ObjectProperty<Incentive> deliverFor = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> deliveredOn = new SimpleObjectProperty<>();
    final StringProperty deliveredAmount = new SimpleStringProperty("");
    final StringProperty deliverError = new SimpleStringProperty("");

    private final PolicyService policies;
    private final IncentiveService promises;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;

    ProjectPoliciesViewModel(PolicyService policies, IncentiveService promises, TaskRunner tasks, Messages messages,
                             Consumer<Throwable> onError) {
        this.policies = policies;
        this.promises = promises;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        deliverFor.addListener((o, a, b) -> {
            deliverError.set("");
            deliveredOn.set(policies.today());
            deliveredAmount.set(b == null || b.deliveredAmount() == null ? "" : b.deliveredAmount().stripTrailingZeros().toPlainString());
        });
    }

    BigDecimal promisedTotal() {
        return incentives.stream().map(Incentive::promisedAmount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal deliveredTotal() {
        return incentives.stream().map(Incentive::deliveredAmount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // Commands

    private record Loaded(ProjectFacts facts, List<Policy> applicable, List<Incentive> incentives) { }

    /** Reads the project's facts, the policies that apply today and its promises. */
    void load(UUID projectId, Runnable then) {
        LocalDate today = policies.today();
        tasks.run(messages.get("policy.task.load"), p -> new Loaded(policies.projectFacts(projectId, today),
                policies.applicableTo(projectId, today), promises.ofProject(projectId)), loaded -> {
            project.set(loaded.facts());
            applicable.setAll(loaded.applicable());
            incentives.setAll(loaded.incentives());
            promisedOn.set(today);
            promisePolicy.set(loaded.applicable().isEmpty() ? null : loaded.applicable().get(0));
            promisedAmount.set("");
            description.set("");
            promiseError.set("");
            deliverFor.set(null);
            then.run();
        }, onError);
    }

    /** Records a promise under the chosen policy (the version in force on the date) or a bespoke one. */
    void promise(Runnable then) {
        promiseError.set("");
        ProjectFacts facts = project.get();
        if (facts == null) {
            return;
        }
        BigDecimal amount;
        try {
            amount = Money.parse(promisedAmount.get());
        } catch (DeskException e) {
            promiseError.set(messages.get("policy.form.notANumber"));
            return;
        }
        UUID key = promisePolicy.get() == null ? null : promisePolicy.get().policyKey();
        LocalDate day = promisedOn.get();
        String text = description.get();
        tasks.run(messages.get("policy.task.save"), p -> promises.promise(facts.projectId(), key, day, amount, text),
                saved -> load(facts.projectId(), then), error -> fail(error, promiseError));
    }

    /** Records what has been delivered so far on the chosen promise. */
    void deliver(Runnable then) {
        deliverError.set("");
        Incentive chosen = deliverFor.get();
        if (chosen == null) {
            deliverError.set(messages.get("policy.incentive.chooseFirst"));
            return;
        }
        BigDecimal amount;
        try {
            amount = Money.parse(deliveredAmount.get());
        } catch (DeskException e) {
            deliverError.set(messages.get("policy.form.notANumber"));
            return;
        }
        LocalDate day = deliveredOn.get();
        tasks.run(messages.get("policy.task.save"), p -> promises.deliver(chosen.id(), chosen.version(), day, amount),
                saved -> load(chosen.projectId(), then), error -> fail(error, deliverError));
    }

    private void fail(Throwable error, StringProperty message) {
        // Refusals of this feature (a date out of range, an amount above the promise) belong beside the form.
        if (error instanceof FieldInputException || error instanceof DeskException refusal
                && Set.of("policy.error.notInForce", "policy.error.incentiveNotFound").contains(refusal.key())) {
            message.set(messages.describe(error));
        } else {
            onError.accept(error);
        }
    }
}
