package cn.zhaoshang.desk.project;

import cn.zhaoshang.desk.common.text.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The stage machine, in one place: which data a move from the current stage to a target needs,
 * what is refused, and what the project looks like afterwards. Pure: no database, no clock of its
 * own ("today" is passed in), so the dialogs use it to check as the user types and the service
 * uses it again before writing.
 *
 * <p>Rules: moving forward asks for the milestone data of every stage it reaches (signing: date and
 * contract amount; registration: local entity USCC and date; start, operation: date), so a skip
 * from 洽谈 to 注册 asks for the signing too. Moving back needs a reason and clears the milestones
 * after the target. Pausing (暂缓), dropping (终止) and reopening a dropped project need a reason.
 * No date may lie in the future, before the day the project entered its current stage, or before
 * the milestone that precedes it (registration before signing, start before registration …).
 */
public final class TransitionPolicy {

    /** What moving the project to {@code target} means and asks for. */
    public TransitionPlan plan(ProjectSnapshot project, ProjectStage target) {
        ProjectStage from = project.stage();
        if (target == from) {
            return new TransitionPlan(from, target, TransitionKind.NONE, List.of(), List.of());
        }
        if (target.isSide()) {
            TransitionKind kind = target == ProjectStage.ON_HOLD ? TransitionKind.PAUSE : TransitionKind.DROP;
            return new TransitionPlan(from, target, kind, List.of(StageField.CHANGED_ON, StageField.REASON), List.of());
        }
        ProjectStage reference = project.reference();
        boolean reopening = from == ProjectStage.DROPPED;
        List<StageField> fields = new ArrayList<>();
        List<ProjectStage> cleared = new ArrayList<>();
        TransitionKind kind;
        if (target.order() > reference.order()) {
            kind = reopening ? TransitionKind.REOPEN : TransitionKind.ADVANCE;
            ProjectStage.between(reference, target).forEach(s -> fields.addAll(StageField.recordedBy(s)));
            if (!target.hasMilestone()) {
                fields.add(StageField.CHANGED_ON);
            }
        } else if (target == reference) {
            kind = reopening ? TransitionKind.REOPEN : TransitionKind.RESUME;
            fields.add(StageField.CHANGED_ON);
        } else {
            kind = reopening ? TransitionKind.REOPEN : TransitionKind.MOVE_BACK;
            fields.add(StageField.CHANGED_ON);
            for (ProjectStage s : ProjectStage.mainStages()) {
                if (s.hasMilestone() && s.order() > target.order() && project.milestoneDate(s) != null) {
                    cleared.add(s);
                }
            }
        }
        if (kind == TransitionKind.MOVE_BACK || kind == TransitionKind.REOPEN) {
            fields.add(StageField.REASON);
        }
        return new TransitionPlan(from, target, kind, List.copyOf(fields), List.copyOf(cleared));
    }

    /** Every problem with the request; empty when the transition may go ahead. */
    public List<TransitionProblem> check(ProjectSnapshot project, TransitionRequest request, LocalDate today) {
        List<TransitionProblem> problems = new ArrayList<>();
        if (project.archived()) {
            problems.add(new TransitionProblem(null, "project.transition.error.archived"));
            return problems;
        }
        TransitionPlan plan = plan(project, request.target());
        if (plan.kind() == TransitionKind.NONE) {
            problems.add(new TransitionProblem(null, "project.transition.error.sameStage"));
            return problems;
        }
        for (StageField field : plan.fields()) {
            if (!request.has(field)) {
                problems.add(new TransitionProblem(field, "project.transition.error.required." + field.name()));
            }
        }
        checkValues(plan, request, problems);
        checkDates(project, plan, request, today, problems);
        return problems;
    }

    private static void checkValues(TransitionPlan plan, TransitionRequest request, List<TransitionProblem> problems) {
        if (plan.asks(StageField.CONTRACT_AMOUNT) && request.has(StageField.CONTRACT_AMOUNT)
                && request.amount(StageField.CONTRACT_AMOUNT).signum() <= 0) {
            problems.add(new TransitionProblem(StageField.CONTRACT_AMOUNT, "project.transition.error.amountPositive"));
        }
        if (plan.asks(StageField.LOCAL_USCC) && request.has(StageField.LOCAL_USCC)) {
            Uscc.check(Uscc.normalize(request.text(StageField.LOCAL_USCC))).ifPresent(problem -> problems.add(
                    new TransitionProblem(StageField.LOCAL_USCC, "project.transition.error.uscc." + problem.name())));
        }
    }

    private static void checkDates(ProjectSnapshot project, TransitionPlan plan, TransitionRequest request,
                                   LocalDate today, List<TransitionProblem> problems) {
        for (StageField field : plan.fields()) {
            if (field.isDate() && request.has(field) && request.date(field).isAfter(today)) {
                problems.add(new TransitionProblem(field, "project.transition.error.future", today));
            }
        }
        // Milestones in pipeline order never go backwards: registration not before signing, and so on.
        LocalDate previous = null;
        for (ProjectStage milestone : ProjectStage.mainStages()) {
            StageField dateField = StageField.dateOf(milestone);
            if (dateField == null || plan.clearedMilestones().contains(milestone)) {
                continue;
            }
            boolean entered = plan.asks(dateField);
            LocalDate date = entered ? request.date(dateField) : project.milestoneDate(milestone);
            if (date == null) {
                continue;
            }
            if (entered && previous != null && date.isBefore(previous) && !hasProblem(problems, dateField)) {
                problems.add(new TransitionProblem(dateField, "project.transition.error.order." + dateField.name(), previous));
            }
            previous = previous == null || date.isAfter(previous) ? date : previous;
        }
        // Nor does any date go back before the day the project entered the stage it is leaving.
        for (StageField field : plan.fields()) {
            if (field.isDate() && request.has(field) && project.stageEnteredOn() != null
                    && request.date(field).isBefore(project.stageEnteredOn()) && !hasProblem(problems, field)) {
                problems.add(new TransitionProblem(field, "project.transition.error.beforeCurrent", project.stageEnteredOn()));
            }
        }
    }

    private static boolean hasProblem(List<TransitionProblem> problems, StageField field) {
        return problems.stream().anyMatch(p -> p.field() == field);
    }

    /** The project after the transition; refuses with every problem when {@link #check} finds any. */
    public StageChange apply(ProjectSnapshot project, TransitionRequest request, LocalDate today) {
        List<TransitionProblem> problems = check(project, request, today);
        if (!problems.isEmpty()) {
            throw new TransitionRefusedException(problems);
        }
        TransitionPlan plan = plan(project, request.target());
        List<HistoryDetails.Entry> details = new ArrayList<>();
        LocalDate signedOn = project.signedOn();
        BigDecimal contract = project.contractAmount();
        LocalDate registeredOn = project.registeredOn();
        String localUscc = project.localUscc();
        LocalDate startedOn = project.startedOn();
        LocalDate operatingOn = project.operatingOn();
        for (ProjectStage s : plan.clearedMilestones()) {
            details.add(new HistoryDetails.Entry(StageField.dateOf(s), String.valueOf(project.milestoneDate(s)), true));
            switch (s) {
                case SIGNED -> signedOn = null;
                case REGISTERED -> {
                    if (localUscc != null) {
                        details.add(new HistoryDetails.Entry(StageField.LOCAL_USCC, localUscc, true));
                    }
                    registeredOn = null;
                    localUscc = null;
                }
                case STARTED -> startedOn = null;
                case OPERATING -> operatingOn = null;
                default -> { }
            }
        }
        for (StageField f : plan.fields()) {
            switch (f) {
                case SIGNED_ON -> signedOn = request.date(f);
                case CONTRACT_AMOUNT -> contract = request.amount(f);
                case REGISTERED_ON -> registeredOn = request.date(f);
                case LOCAL_USCC -> localUscc = Uscc.normalize(request.text(f));
                case STARTED_ON -> startedOn = request.date(f);
                case OPERATING_ON -> operatingOn = request.date(f);
                default -> { }
            }
            if (f != StageField.CHANGED_ON && f != StageField.REASON) {
                String value = f == StageField.LOCAL_USCC ? localUscc : valueText(request, f);
                details.add(new HistoryDetails.Entry(f, value, false));
            }
        }
        StageField dateField = StageField.dateOf(request.target());
        LocalDate enteredOn = dateField != null && plan.asks(dateField)
                ? request.date(dateField) : request.date(StageField.CHANGED_ON);
        String reason = request.text(StageField.REASON);
        String dropReason = request.target() == ProjectStage.DROPPED ? reason
                : project.stage() == ProjectStage.DROPPED ? null : project.dropReason();
        return new StageChange(project.stage(), request.target(), enteredOn, signedOn, contract, registeredOn, localUscc,
                startedOn, operatingOn, dropReason, reason, HistoryDetails.encode(details));
    }

    private static String valueText(TransitionRequest request, StageField f) {
        if (f == StageField.CONTRACT_AMOUNT) {
            return request.amount(f).stripTrailingZeros().toPlainString();
        }
        return f.isDate() ? request.date(f).toString() : request.text(f);
    }
}
