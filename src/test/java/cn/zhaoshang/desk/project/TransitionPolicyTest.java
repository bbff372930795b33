package cn.zhaoshang.desk.project;

import static cn.zhaoshang.desk.project.ProjectStage.CONTACTED;
import static cn.zhaoshang.desk.project.ProjectStage.DROPPED;
import static cn.zhaoshang.desk.project.ProjectStage.LEAD;
import static cn.zhaoshang.desk.project.ProjectStage.NEGOTIATING;
import static cn.zhaoshang.desk.project.ProjectStage.ON_HOLD;
import static cn.zhaoshang.desk.project.ProjectStage.OPERATING;
import static cn.zhaoshang.desk.project.ProjectStage.REGISTERED;
import static cn.zhaoshang.desk.project.ProjectStage.SIGNED;
import static cn.zhaoshang.desk.project.ProjectStage.STARTED;
import static cn.zhaoshang.desk.project.StageField.CHANGED_ON;
import static cn.zhaoshang.desk.project.StageField.CONTRACT_AMOUNT;
import static cn.zhaoshang.desk.project.StageField.LOCAL_USCC;
import static cn.zhaoshang.desk.project.StageField.OPERATING_ON;
import static cn.zhaoshang.desk.project.StageField.REASON;
import static cn.zhaoshang.desk.project.StageField.REGISTERED_ON;
import static cn.zhaoshang.desk.project.StageField.SIGNED_ON;
import static cn.zhaoshang.desk.project.StageField.STARTED_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransitionPolicyTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private final TransitionPolicy policy = new TransitionPolicy();

    static String validUscc() {
        String first17 = "91410102MA44C3D5X";
        return first17 + Uscc.checkChar(first17);
    }

    static ProjectSnapshot negotiating(LocalDate since) {
        return new ProjectSnapshot(UUID.randomUUID(), 3, NEGOTIATING, since, null, null, null, null, null, null, null, false, null);
    }

    static ProjectSnapshot signed(LocalDate on, String amount) {
        return new ProjectSnapshot(UUID.randomUUID(), 4, SIGNED, on, on, new BigDecimal(amount), null, null, null, null, null,
                false, null);
    }

    static ProjectSnapshot registered(LocalDate signedOn, LocalDate registeredOn) {
        return new ProjectSnapshot(UUID.randomUUID(), 5, REGISTERED, registeredOn, signedOn, new BigDecimal("5000"),
                registeredOn, validUscc(), null, null, null, false, null);
    }

    private List<String> problemKeys(ProjectSnapshot p, TransitionRequest r) {
        return policy.check(p, r, TODAY).stream().map(TransitionProblem::key).toList();
    }

    private List<StageField> problemFields(ProjectSnapshot p, TransitionRequest r) {
        return policy.check(p, r, TODAY).stream().map(TransitionProblem::field).toList();
    }

    // Signing

    @Test
    void signingAsksForTheDateAndTheContractAmount() {
        TransitionPlan plan = policy.plan(negotiating(TODAY.minusDays(30)), SIGNED);
        assertThat(plan.kind()).isEqualTo(TransitionKind.ADVANCE);
        assertThat(plan.fields()).containsExactly(SIGNED_ON, CONTRACT_AMOUNT);
    }

    @Test
    void signingRequiresTheSigningDate() {
        TransitionRequest r = TransitionRequest.to(SIGNED).with(CONTRACT_AMOUNT, new BigDecimal("8000"));
        assertThat(problemKeys(negotiating(TODAY.minusDays(30)), r)).containsExactly("project.transition.error.required.SIGNED_ON");
    }

    @Test
    void signingRequiresTheContractAmount() {
        TransitionRequest r = TransitionRequest.to(SIGNED).with(SIGNED_ON, TODAY);
        assertThat(problemKeys(negotiating(TODAY.minusDays(30)), r))
                .containsExactly("project.transition.error.required.CONTRACT_AMOUNT");
    }

    @Test
    void signingRefusesAContractAmountOfZeroOrLess() {
        for (String amount : new String[] {"0", "-5"}) {
            TransitionRequest r = TransitionRequest.to(SIGNED).with(SIGNED_ON, TODAY).with(CONTRACT_AMOUNT, new BigDecimal(amount));
            assertThat(problemKeys(negotiating(TODAY.minusDays(30)), r)).containsExactly("project.transition.error.amountPositive");
        }
    }

    @Test
    void signingWithItsDataSetsTheMilestoneAndTheStageEntryDate() {
        LocalDate on = TODAY.minusDays(3);
        StageChange change = policy.apply(negotiating(TODAY.minusDays(30)),
                TransitionRequest.to(SIGNED).with(SIGNED_ON, on).with(CONTRACT_AMOUNT, new BigDecimal("12000.50")), TODAY);
        assertThat(change.stage()).isEqualTo(SIGNED);
        assertThat(change.signedOn()).isEqualTo(on);
        assertThat(change.enteredOn()).isEqualTo(on);
        assertThat(change.contractAmount()).isEqualByComparingTo("12000.50");
        assertThat(change.details()).isEqualTo("signed_on=" + on + ";contract_amount=12000.5");
    }

    // Registration

    @Test
    void registrationAsksForTheLocalEntityCodeAndTheDate() {
        assertThat(policy.plan(signed(TODAY.minusDays(40), "5000"), REGISTERED).fields()).containsExactly(LOCAL_USCC, REGISTERED_ON);
    }

    @Test
    void registrationRequiresTheLocalEntityCode() {
        TransitionRequest r = TransitionRequest.to(REGISTERED).with(REGISTERED_ON, TODAY);
        assertThat(problemKeys(signed(TODAY.minusDays(40), "5000"), r))
                .containsExactly("project.transition.error.required.LOCAL_USCC");
    }

    @Test
    void registrationRequiresTheRegistrationDate() {
        TransitionRequest r = TransitionRequest.to(REGISTERED).with(LOCAL_USCC, validUscc());
        assertThat(problemKeys(signed(TODAY.minusDays(40), "5000"), r))
                .containsExactly("project.transition.error.required.REGISTERED_ON");
    }

    @Test
    void registrationRefusesACodeWithAWrongCheckCharacterLengthOrCharacter() {
        String valid = validUscc();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        ProjectSnapshot p = signed(TODAY.minusDays(40), "5000");
        assertThat(problemKeys(p, TransitionRequest.to(REGISTERED).with(REGISTERED_ON, TODAY)
                .with(LOCAL_USCC, valid.substring(0, 17) + wrong))).containsExactly("project.transition.error.uscc.CHECKSUM");
        assertThat(problemKeys(p, TransitionRequest.to(REGISTERED).with(REGISTERED_ON, TODAY)
                .with(LOCAL_USCC, valid.substring(0, 16)))).containsExactly("project.transition.error.uscc.LENGTH");
        assertThat(problemKeys(p, TransitionRequest.to(REGISTERED).with(REGISTERED_ON, TODAY)
                .with(LOCAL_USCC, "I" + valid.substring(1)))).containsExactly("project.transition.error.uscc.CHARACTER");
    }

    @Test
    void registrationAcceptsACodeTypedInLowerCaseWithSpacesAndStoresItNormalised() {
        String typed = " " + validUscc().toLowerCase().substring(0, 9) + " " + validUscc().toLowerCase().substring(9);
        StageChange change = policy.apply(signed(TODAY.minusDays(40), "5000"),
                TransitionRequest.to(REGISTERED).with(REGISTERED_ON, TODAY).with(LOCAL_USCC, typed), TODAY);
        assertThat(change.localUscc()).isEqualTo(validUscc());
    }

    @Test
    void registrationBeforeSigningIsRefused() {
        // From 洽谈 straight to 注册: the signing date comes with it, and registration may not precede it.
        ProjectSnapshot p = negotiating(TODAY.minusDays(100));
        TransitionRequest r = TransitionRequest.to(REGISTERED).with(SIGNED_ON, TODAY.minusDays(10))
                .with(CONTRACT_AMOUNT, new BigDecimal("3000")).with(LOCAL_USCC, validUscc())
                .with(REGISTERED_ON, TODAY.minusDays(20));
        List<TransitionProblem> problems = policy.check(p, r, TODAY);
        assertThat(problems).extracting(TransitionProblem::key).containsExactly("project.transition.error.order.REGISTERED_ON");
        assertThat(problems.get(0).field()).isEqualTo(REGISTERED_ON);
        assertThat(problems.get(0).args()).containsExactly(TODAY.minusDays(10));
    }

    @Test
    void registrationBeforeTheRecordedSigningIsRefusedWithTheSigningDate() {
        ProjectSnapshot p = signed(TODAY.minusDays(40), "5000");
        TransitionRequest r = TransitionRequest.to(REGISTERED).with(LOCAL_USCC, validUscc()).with(REGISTERED_ON, TODAY.minusDays(41));
        assertThat(policy.check(p, r, TODAY)).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("project.transition.error.order.REGISTERED_ON");
            assertThat(problem.args()).containsExactly(TODAY.minusDays(40));
        });
    }

    // Start and operation

    @Test
    void startRequiresItsDate() {
        ProjectSnapshot p = registered(TODAY.minusDays(90), TODAY.minusDays(60));
        assertThat(policy.plan(p, STARTED).fields()).containsExactly(STARTED_ON);
        assertThat(problemKeys(p, TransitionRequest.to(STARTED))).containsExactly("project.transition.error.required.STARTED_ON");
    }

    @Test
    void startBeforeRegistrationIsRefused() {
        ProjectSnapshot p = registered(TODAY.minusDays(90), TODAY.minusDays(60));
        assertThat(problemKeys(p, TransitionRequest.to(STARTED).with(STARTED_ON, TODAY.minusDays(61))))
                .containsExactly("project.transition.error.order.STARTED_ON");
    }

    @Test
    void operationRequiresItsDateAndMayNotPrecedeTheStart() {
        ProjectSnapshot started = new ProjectSnapshot(UUID.randomUUID(), 1, STARTED, TODAY.minusDays(20), TODAY.minusDays(90),
                new BigDecimal("10"), TODAY.minusDays(60), validUscc(), TODAY.minusDays(20), null, null, false, null);
        assertThat(policy.plan(started, OPERATING).fields()).containsExactly(OPERATING_ON);
        assertThat(problemKeys(started, TransitionRequest.to(OPERATING)))
                .containsExactly("project.transition.error.required.OPERATING_ON");
        assertThat(problemKeys(started, TransitionRequest.to(OPERATING).with(OPERATING_ON, TODAY.minusDays(21))))
                .containsExactly("project.transition.error.order.OPERATING_ON");
        assertThat(problemKeys(started, TransitionRequest.to(OPERATING).with(OPERATING_ON, TODAY))).isEmpty();
    }

    // Dates

    @Test
    void aDateAfterTodayIsRefused() {
        TransitionRequest r = TransitionRequest.to(SIGNED).with(SIGNED_ON, TODAY.plusDays(1))
                .with(CONTRACT_AMOUNT, BigDecimal.TEN);
        List<TransitionProblem> problems = policy.check(negotiating(TODAY.minusDays(30)), r, TODAY);
        assertThat(problems).extracting(TransitionProblem::key).containsExactly("project.transition.error.future");
        assertThat(problems.get(0).args()).containsExactly(TODAY);
    }

    @Test
    void aDateBeforeTheProjectEnteredItsStageIsRefused() {
        ProjectSnapshot p = negotiating(TODAY.minusDays(30));
        TransitionRequest r = TransitionRequest.to(SIGNED).with(SIGNED_ON, TODAY.minusDays(31)).with(CONTRACT_AMOUNT, BigDecimal.TEN);
        assertThat(problemKeys(p, r)).containsExactly("project.transition.error.beforeCurrent");
        assertThat(problemKeys(p, TransitionRequest.to(ON_HOLD).on(TODAY.minusDays(31)).because("资金未落实")))
                .containsExactly("project.transition.error.beforeCurrent");
    }

    @Test
    void stagesWithoutAMilestoneAreDatedByTheTransitionDate() {
        ProjectSnapshot lead = new ProjectSnapshot(UUID.randomUUID(), 0, LEAD, TODAY.minusDays(5), null, null, null, null, null,
                null, null, false, null);
        assertThat(policy.plan(lead, CONTACTED).fields()).containsExactly(CHANGED_ON);
        assertThat(problemKeys(lead, TransitionRequest.to(CONTACTED))).containsExactly("project.transition.error.required.CHANGED_ON");
        StageChange change = policy.apply(lead, TransitionRequest.to(CONTACTED).on(TODAY.minusDays(1)), TODAY);
        assertThat(change.enteredOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(change.details()).isNull();
    }

    // Skipping, moving back, side states

    @Test
    void skippingStagesAsksForTheDataOfEveryMilestoneReached() {
        assertThat(policy.plan(negotiating(TODAY.minusDays(30)), STARTED).fields())
                .containsExactly(SIGNED_ON, CONTRACT_AMOUNT, LOCAL_USCC, REGISTERED_ON, STARTED_ON);
        assertThat(policy.plan(negotiating(TODAY.minusDays(30)), CONTACTED).kind()).isEqualTo(TransitionKind.MOVE_BACK);
    }

    @Test
    void movingBackRequiresAReason() {
        ProjectSnapshot p = registered(TODAY.minusDays(90), TODAY.minusDays(60));
        TransitionPlan plan = policy.plan(p, SIGNED);
        assertThat(plan.kind()).isEqualTo(TransitionKind.MOVE_BACK);
        assertThat(plan.fields()).containsExactly(CHANGED_ON, REASON);
        assertThat(problemKeys(p, TransitionRequest.to(SIGNED).on(TODAY))).containsExactly("project.transition.error.required.REASON");
        assertThat(problemKeys(p, TransitionRequest.to(SIGNED).on(TODAY).because("   ")))
                .containsExactly("project.transition.error.required.REASON");
    }

    @Test
    void movingBackClearsTheMilestonesAfterTheTargetAndKeepsTheContractAmount() {
        ProjectSnapshot p = registered(TODAY.minusDays(90), TODAY.minusDays(60));
        StageChange change = policy.apply(p, TransitionRequest.to(NEGOTIATING).on(TODAY).because("投资方重新谈判"), TODAY);
        assertThat(change.stage()).isEqualTo(NEGOTIATING);
        assertThat(change.signedOn()).isNull();
        assertThat(change.registeredOn()).isNull();
        assertThat(change.localUscc()).isNull();
        assertThat(change.contractAmount()).isEqualByComparingTo("5000");
        assertThat(change.enteredOn()).isEqualTo(TODAY);
        assertThat(change.reason()).isEqualTo("投资方重新谈判");
        assertThat(HistoryDetails.decode(change.details())).extracting(HistoryDetails.Entry::field, HistoryDetails.Entry::cleared)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SIGNED_ON, true),
                        org.assertj.core.groups.Tuple.tuple(REGISTERED_ON, true),
                        org.assertj.core.groups.Tuple.tuple(LOCAL_USCC, true));
    }

    @Test
    void droppingRequiresAReasonAndKeepsIt() {
        ProjectSnapshot p = negotiating(TODAY.minusDays(30));
        assertThat(policy.plan(p, DROPPED).kind()).isEqualTo(TransitionKind.DROP);
        assertThat(problemKeys(p, TransitionRequest.to(DROPPED).on(TODAY))).containsExactly("project.transition.error.required.REASON");
        StageChange change = policy.apply(p, TransitionRequest.to(DROPPED).on(TODAY).because("企业选址他处"), TODAY);
        assertThat(change.dropReason()).isEqualTo("企业选址他处");
    }

    @Test
    void puttingOnHoldRequiresAReason() {
        ProjectSnapshot p = signed(TODAY.minusDays(10), "100");
        assertThat(policy.plan(p, ON_HOLD).kind()).isEqualTo(TransitionKind.PAUSE);
        assertThat(problemKeys(p, TransitionRequest.to(ON_HOLD).on(TODAY))).containsExactly("project.transition.error.required.REASON");
    }

    @Test
    void resumingIntoThePausedStageNeedsNoReasonButReopeningADroppedProjectDoes() {
        ProjectSnapshot paused = new ProjectSnapshot(UUID.randomUUID(), 1, ON_HOLD, TODAY.minusDays(10), TODAY.minusDays(50),
                new BigDecimal("100"), null, null, null, null, null, false, SIGNED);
        assertThat(policy.plan(paused, SIGNED).kind()).isEqualTo(TransitionKind.RESUME);
        assertThat(problemKeys(paused, TransitionRequest.to(SIGNED).on(TODAY))).isEmpty();
        assertThat(policy.plan(paused, REGISTERED).fields()).containsExactly(LOCAL_USCC, REGISTERED_ON);

        ProjectSnapshot dropped = new ProjectSnapshot(UUID.randomUUID(), 1, DROPPED, TODAY.minusDays(10), null, null, null, null,
                null, null, "选址他处", false, NEGOTIATING);
        assertThat(policy.plan(dropped, NEGOTIATING).kind()).isEqualTo(TransitionKind.REOPEN);
        assertThat(problemKeys(dropped, TransitionRequest.to(NEGOTIATING).on(TODAY)))
                .containsExactly("project.transition.error.required.REASON");
        StageChange reopened = policy.apply(dropped, TransitionRequest.to(NEGOTIATING).on(TODAY).because("企业重新接洽"), TODAY);
        assertThat(reopened.dropReason()).isNull();
    }

    @Test
    void theSameStageAndArchivedProjectsAreRefused() {
        ProjectSnapshot p = negotiating(TODAY.minusDays(30));
        assertThat(problemKeys(p, TransitionRequest.to(NEGOTIATING).on(TODAY))).containsExactly("project.transition.error.sameStage");
        ProjectSnapshot archived = new ProjectSnapshot(p.id(), 1, NEGOTIATING, p.stageEnteredOn(), null, null, null, null, null,
                null, null, true, null);
        assertThat(problemKeys(archived, TransitionRequest.to(DROPPED).on(TODAY).because("x")))
                .containsExactly("project.transition.error.archived");
    }

    @Test
    void applyRefusesWithEveryProblem() {
        assertThatThrownBy(() -> policy.apply(negotiating(TODAY.minusDays(3)), TransitionRequest.to(SIGNED), TODAY))
                .isInstanceOfSatisfying(TransitionRefusedException.class, e -> assertThat(e.problems())
                        .extracting(TransitionProblem::field).containsExactly(SIGNED_ON, CONTRACT_AMOUNT));
    }

    @Test
    void everyProblemHasAMessageInBothLanguages() {
        var zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        var en = new Messages(Locale.ENGLISH);
        ProjectSnapshot p = signed(TODAY.minusDays(40), "5000");
        for (TransitionProblem problem : policy.check(p, TransitionRequest.to(REGISTERED).with(REGISTERED_ON, TODAY.minusDays(41))
                .with(LOCAL_USCC, "123"), TODAY)) {
            assertThat(problem.message(zh)).doesNotStartWith("!");
            assertThat(problem.message(en)).doesNotStartWith("!");
        }
        assertThat(policy.check(p, TransitionRequest.to(REGISTERED).with(REGISTERED_ON, TODAY.minusDays(41)), TODAY).get(1)
                .message(zh)).isEqualTo("注册日期不能早于签约日期（" + TODAY.minusDays(40) + "）。");
    }
}
