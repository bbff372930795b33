package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.project.Fund;
import cn.zhaoshang.desk.project.FundSummary;
import cn.zhaoshang.desk.project.Incentive;
import cn.zhaoshang.desk.project.IncentiveDraft;
import cn.zhaoshang.desk.project.ProjectFinanceService;
import cn.zhaoshang.desk.project.ProjectService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A project's funds in place (dated amounts, total and rate against the contract) and its
 * incentives (promised and delivered), with the small forms that add and correct them.
 */
public final class FinanceViewModel {
    private final ProjectFinanceService finance;
    private final ProjectService projects;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private final UUID projectId;
    // Properties
    private final ObservableList<Fund> funds = FXCollections.observableArrayList();
    private final ObjectProperty<FundSummary> summary = new SimpleObjectProperty<>();
    private final ObservableList<Incentive> incentives = FXCollections.observableArrayList();
    private final ObservableList<Choice> policies = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> fundDate = new SimpleObjectProperty<>();
    private final StringProperty fundAmount = new SimpleStringProperty("");
    private final StringProperty fundNote = new SimpleStringProperty("");
    private final StringProperty fundError = new SimpleStringProperty("");
    private final ObjectProperty<Incentive> editing = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> policy = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> promisedOn = new SimpleObjectProperty<>();
    private final StringProperty promisedAmount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> deliveredOn = new SimpleObjectProperty<>();
    private final StringProperty deliveredAmount = new SimpleStringProperty("");
    private final StringProperty incentiveError = new SimpleStringProperty("");

    public FinanceViewModel(ProjectFinanceService finance, ProjectService projects, TaskRunner tasks, Messages messages,
                            Consumer<Throwable> onError, UUID projectId) {
        this.finance = finance;
        this.projects = projects;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        this.projectId = projectId;
        fundDate.set(projects.today());
    }

    private record Loaded(List<Fund> funds, FundSummary summary, List<Incentive> incentives, List<Choice> policies) { }

    public void load() {
        tasks.run(messages.get("project.detail.loading"), p -> new Loaded(finance.funds(projectId),
                finance.fundSummary(projectId), finance.incentives(projectId), projects.policies()), loaded -> {
                    funds.setAll(loaded.funds());
                    summary.set(loaded.summary());
                    incentives.setAll(loaded.incentives());
                    ArrayList<Choice> withNone = new ArrayList<>();
                    withNone.add(null);
                    withNone.addAll(loaded.policies());
                    policies.setAll(withNone);
                }, onError);
    }

    /** "合计 5,500 万元 · 到位率 27.5%" */
    public String summaryText() {
        FundSummary s = summary.get();
        if (s == null) {
            return "";
        }
        String total = Money.format(s.total(), messages);
        return s.ratePercent() == null ? messages.get("project.fund.summaryNoContract", total, s.count())
                : messages.get("project.fund.summary", total, Money.format(s.contractAmount(), messages),
                        s.ratePercent().toPlainString(), s.count());
    }

    // Commands

    public void addFund() {
        fundError.set("");
        BigDecimal amount;
        try {
            amount = Money.parse(fundAmount.get());
        } catch (DeskException e) {
            fundError.set(messages.describe(e));
            return;
        }
        LocalDate date = fundDate.get();
        String note = fundNote.get();
        run(() -> finance.addFund(projectId, date, amount, note), fundError, () -> {
            fundAmount.set("");
            fundNote.set("");
        });
    }

    public void deleteFund(Fund fund) {
        run(() -> finance.deleteFund(fund.id(), fund.version()), fundError, () -> { });
    }

    public void edit(Incentive incentive) {
        editing.set(incentive);
        incentiveError.set("");
        policy.set(incentive == null || incentive.policyId() == null ? null
                : policies.stream().filter(c -> c != null && c.id().equals(incentive.policyId())).findFirst().orElse(null));
        description.set(incentive == null || incentive.description() == null ? "" : incentive.description());
        promisedOn.set(incentive == null ? null : incentive.promisedOn());
        promisedAmount.set(incentive == null || incentive.promisedAmount() == null ? "" : plain(incentive.promisedAmount()));
        deliveredOn.set(incentive == null ? null : incentive.deliveredOn());
        deliveredAmount.set(incentive == null || incentive.deliveredAmount() == null ? "" : plain(incentive.deliveredAmount()));
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** Adds the incentive in the form, or saves the one being edited. */
    public void saveIncentive() {
        incentiveError.set("");
        IncentiveDraft draft;
        try {
            draft = new IncentiveDraft(policy.get() == null ? null : policy.get().id(), description.get(), promisedOn.get(),
                    Money.parse(promisedAmount.get()), deliveredOn.get(), Money.parse(deliveredAmount.get()));
        } catch (DeskException e) {
            incentiveError.set(messages.describe(e));
            return;
        }
        Incentive current = editing.get();
        run(() -> {
            if (current == null) {
                finance.addIncentive(projectId, draft);
            } else {
                finance.updateIncentive(current.id(), current.version(), draft);
            }
        }, incentiveError, () -> edit(null));
    }

    public void deleteIncentive(Incentive incentive) {
        run(() -> finance.deleteIncentive(incentive.id(), incentive.version()), incentiveError, () -> edit(null));
    }

    /** Runs a change in the background; a refusal is shown in {@code error}, success reloads. */
    private void run(Runnable change, StringProperty error, Runnable after) {
        tasks.run(messages.get("project.detail.saving"), p -> {
            change.run();
            return Boolean.TRUE;
        }, ok -> {
            after.run();
            load();
        }, failure -> {
            if (failure instanceof DeskException desk) {
                error.set(messages.describe(desk));
            } else {
                onError.accept(failure);
            }
        });
    }

    public ObservableList<Fund> funds() { return funds; }
    public ObjectProperty<FundSummary> summaryProperty() { return summary; }
    public ObservableList<Incentive> incentives() { return incentives; }
    public ObservableList<Choice> policies() { return policies; }
    public ObjectProperty<LocalDate> fundDateProperty() { return fundDate; }
    public StringProperty fundAmountProperty() { return fundAmount; }
    public StringProperty fundNoteProperty() { return fundNote; }
    public StringProperty fundErrorProperty() { return fundError; }
    public ObjectProperty<Incentive> editingProperty() { return editing; }
    public ObjectProperty<Choice> policyProperty() { return policy; }
    public StringProperty descriptionProperty() { return description; }
    public ObjectProperty<LocalDate> promisedOnProperty() { return promisedOn; }
    public StringProperty promisedAmountProperty() { return promisedAmount; }
    public ObjectProperty<LocalDate> deliveredOnProperty() { return deliveredOn; }
    public StringProperty deliveredAmountProperty() { return deliveredAmount; }
    public StringProperty incentiveErrorProperty() { return incentiveError; }
}
