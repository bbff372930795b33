package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.project.ProjectService;
import cn.zhaoshang.desk.project.ProjectSnapshot;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.StageField;
import cn.zhaoshang.desk.project.TransitionPlan;
import cn.zhaoshang.desk.project.TransitionProblem;
import cn.zhaoshang.desk.project.TransitionRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The stage-change dialog's state: the fields the transition asks for (from the stage machine's
 * plan), their values, and a message beside each field the rules refuse. Checking needs no
 * database, so it runs as the user confirms.
 */
public final class TransitionViewModel {
    private final ProjectService service;
    private final ProjectSnapshot project;
    private final String projectName;
    private final TransitionPlan plan;
    private final Messages messages;
    // Properties
    private final Map<StageField, ObjectProperty<LocalDate>> dates = new EnumMap<>(StageField.class);
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty uscc = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final Map<StageField, StringProperty> errors = new EnumMap<>(StageField.class);
    private final StringProperty generalError = new SimpleStringProperty("");

    public TransitionViewModel(ProjectService service, ProjectSnapshot project, String projectName, ProjectStage target,
                               Messages messages) {
        this.service = service;
        this.project = project;
        this.projectName = projectName;
        this.plan = service.plan(project, target);
        this.messages = messages;
        LocalDate today = service.today();
        for (StageField field : StageField.values()) {
            errors.put(field, new SimpleStringProperty(""));
            if (field.isDate()) {
                dates.put(field, new SimpleObjectProperty<>(today));
            }
        }
        if (project.contractAmount() != null) {
            amount.set(Money.number(project.contractAmount()).replace(",", ""));
        }
    }

    public TransitionPlan plan() {
        return plan;
    }

    public List<StageField> fields() {
        return plan.fields();
    }

    /** "签约：洽谈 → 签约" style title of the dialog. */
    public String title() {
        return messages.get("project.transition.title", messages.label(plan.kind()), messages.label(plan.from()),
                messages.label(plan.target()));
    }

    public String projectName() {
        return projectName;
    }

    /** What a move back will clear, e.g. "注册日期 2026-03-01、开工日期 2026-04-02"; empty when nothing. */
    public String clearedText() {
        return plan.clearedMilestones().stream()
                .map(s -> messages.label(StageField.dateOf(s)) + " " + project.milestoneDate(s))
                .collect(Collectors.joining(messages.get("project.list.separator")));
    }

    public ObjectProperty<LocalDate> date(StageField field) {
        return dates.get(field);
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty usccProperty() {
        return uscc;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty error(StageField field) {
        return errors.get(field);
    }

    public StringProperty generalErrorProperty() {
        return generalError;
    }

    // Commands

    /** Checks the values against the rules; shows each problem beside its field. True when all is well. */
    public boolean validate() {
        errors.values().forEach(e -> e.set(""));
        generalError.set("");
        TransitionRequest request;
        try {
            request = request();
        } catch (DeskException badAmount) {
            errors.get(StageField.CONTRACT_AMOUNT).set(messages.describe(badAmount));
            return false;
        }
        List<TransitionProblem> problems = service.check(project, request);
        for (TransitionProblem problem : problems) {
            StringProperty target = problem.field() == null ? generalError : errors.get(problem.field());
            if (target.get().isEmpty()) {
                target.set(problem.message(messages));
            }
        }
        return problems.isEmpty();
    }

    /** The request as entered (only the fields the plan asks for). */
    public TransitionRequest request() {
        TransitionRequest request = TransitionRequest.to(plan.target());
        for (StageField field : plan.fields()) {
            switch (field) {
                case CONTRACT_AMOUNT -> {
                    BigDecimal parsed = Money.parse(amount.get());
                    request.with(field, parsed);
                }
                case LOCAL_USCC -> request.with(field, uscc.get());
                case REASON -> request.with(field, reason.get());
                default -> request.with(field, dates.get(field).get());
            }
        }
        return request;
    }

    public ProjectSnapshot project() {
        return project;
    }
}
