package cn.zhaoshang.desk.company;

import static cn.zhaoshang.desk.company.CompanyFixtures.company;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.task.TaskPriority;
import cn.zhaoshang.desk.task.TaskSource;
import cn.zhaoshang.desk.task.TaskStatus;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Contacts, the visit log and claims of one company. */
class CompanyRecordsTest {
    @TempDir
    Path dir;
    private Services services;
    private CompanyService companies;
    private Company company;

    private void open(Engine engine) {
        services = TestDatabases.open(engine, dir);
        companies = services.companies();
        company = companies.create(company("郑州华创新能源有限公司", 1).build());
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private Contact contact(String name, String mobile, String consent) {
        return new Contact(null, 0, company.id(), name, "总经理", mobile, null, null, null, false, consent);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theFirstContactIsPrimaryAndMakingAnotherPrimaryMovesTheMark(Engine engine) {
        open(engine);
        Contact first = companies.contacts().save(contact("张伟", "138 0000 1234", "名片交换，本人同意"));
        Contact second = companies.contacts().save(contact("李娜", null, null));
        assertThat(first.primary()).isTrue();
        assertThat(second.primary()).isFalse();
        assertThat(first.mobile()).isEqualTo("138 0000 1234");

        companies.contacts().makePrimary(second);

        assertThat(companies.contacts().of(company.id())).extracting(Contact::name, Contact::primary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("李娜", true), org.assertj.core.groups.Tuple.tuple("张伟", false));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void badPhoneOrMailOrMissingConsentIsRefusedAndNothingIsStored(Engine engine) {
        open(engine);
        assertThatThrownBy(() -> companies.contacts().save(contact("张伟", "12345", "同意")))
                .isInstanceOf(DeskException.class).hasMessageContaining("company.validation.mobile");
        assertThatThrownBy(() -> companies.contacts().save(new Contact(null, 0, company.id(), "张伟", null, null, null,
                "zhang@", null, false, "同意"))).hasMessageContaining("company.validation.email");
        assertThatThrownBy(() -> companies.contacts().save(contact("张伟", "13800001234", " ")))
                .hasMessageContaining("company.validation.consentRequired");
        assertThat(companies.contacts().of(company.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRemovedContactGoesToTheTrashAndAStaleEditIsRefused(Engine engine) {
        open(engine);
        Contact saved = companies.contacts().save(contact("张伟", null, null));
        Contact renamed = companies.contacts().save(new Contact(saved.id(), saved.version(), company.id(), "张伟强", null,
                null, null, null, null, true, null));
        assertThatThrownBy(() -> companies.contacts().save(saved)).isInstanceOf(
                StaleRecordException.class);

        companies.contacts().remove(renamed);
        assertThat(companies.contacts().of(company.id())).isEmpty();
        assertThat(services.database().dsl().fetchCount(Tables.CONTACT)).isEqualTo(1);
    }

    private Interaction.Draft visit(String summary, String next, LocalDate due) {
        return new Interaction.Draft(LocalDate.of(2026, 6, 10), InteractionKind.VISIT_OUT, "张伟", "王总", summary, next, due);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theLogIsAppendOnlyAndACorrectionMarksTheCorrectedEntry(Engine engine) {
        open(engine);
        Interaction first = companies.visits().record(company.id(), visit("初次拜访，介绍载体", null, null));
        Interaction fix = companies.visits().correct(first.id(), visit("初次拜访，介绍金桐大厦载体", null, null));

        List<Interaction> log = companies.visits().of(company.id());
        assertThat(log).hasSize(2);
        Interaction corrected = log.stream().filter(v -> v.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(corrected.summary()).isEqualTo("初次拜访，介绍载体");
        assertThat(corrected.correctedById()).isEqualTo(fix.id());
        assertThat(fix.correctsId()).isEqualTo(first.id());
        assertThat(fix.recordedBy()).isEqualTo("system");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aVisitInTheFutureOrWithoutSummaryIsRefused(Engine engine) {
        open(engine);
        assertThatThrownBy(() -> companies.visits().record(company.id(), new Interaction.Draft(companies.today().plusDays(1),
                InteractionKind.CALL, null, null, "电话", null, null))).hasMessageContaining("company.validation.dateInFuture");
        assertThatThrownBy(() -> companies.visits().record(company.id(), visit(" ", null, null)))
                .hasMessageContaining("company.validation.summaryRequired");
        assertThatThrownBy(() -> companies.visits().record(company.id(), visit("纪要", "寄资料", LocalDate.of(2026, 6, 1))))
                .hasMessageContaining("company.validation.dueBeforeVisit");
        assertThat(companies.visits().of(company.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aNextStepBecomesAnOpenTaskForTheSignedInPersonOnce(Engine engine) {
        open(engine);
        services.demoData().generate(3, 1, Progress.NONE);
        var user = services.users().list().stream().filter(u -> u.personId() != null).findFirst().orElseThrow();
        services.users().signIn(user);
        Interaction v = companies.visits().record(company.id(), visit("洽谈投资意向", "寄送产业政策汇编", LocalDate.of(2026, 6, 30)));

        UUID taskId = companies.visits().nextStepToTask(v.id());

        var task = services.database().dsl().selectFrom(TASK).where(TASK.ID.eq(taskId)).fetchOne();
        assertThat(task.getTitle()).isEqualTo("寄送产业政策汇编");
        assertThat(task.getSourceKind()).isEqualTo(TaskSource.VISIT);
        assertThat(task.getStatus()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.getPriority()).isEqualTo(TaskPriority.NORMAL);
        assertThat(task.getDueOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(task.getCompanyId()).isEqualTo(company.id());
        assertThat(task.getInteractionId()).isEqualTo(v.id());
        assertThat(task.getAssigneePersonId()).isEqualTo(user.personId());
        assertThat(companies.visits().of(company.id())).singleElement().extracting(Interaction::taskId).isEqualTo(taskId);
        assertThatThrownBy(() -> companies.visits().nextStepToTask(v.id())).hasMessageContaining("company.visit.error.taskExists");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEntryWithoutNextStepOrThatWasCorrectedMakesNoTask(Engine engine) {
        open(engine);
        Interaction plain = companies.visits().record(company.id(), visit("电话问候", null, null));
        Interaction old = companies.visits().record(company.id(), visit("洽谈", "发资料", null));
        companies.visits().correct(old.id(), visit("洽谈（更正）", "发合同草稿", null));

        assertThatThrownBy(() -> companies.visits().nextStepToTask(plain.id())).hasMessageContaining("noNextStep");
        assertThatThrownBy(() -> companies.visits().nextStepToTask(old.id())).hasMessageContaining("corrected");
        assertThat(services.database().dsl().fetchCount(TASK)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aClaimHeldByAnotherTeamIsRefusedAndTheHolderMayRenew(Engine engine) {
        open(engine);
        List<Choice> teams = companies.teams();
        Claim held = companies.claims().claim(company.id(), teams.get(0).id(), null, 30);
        assertThat(held.expiresOn()).isEqualTo(companies.today().plusDays(30));
        assertThat(companies.claims().current(company.id())).map(Claim::holder).contains(teams.get(0).name());

        assertThatThrownBy(() -> companies.claims().claim(company.id(), teams.get(1).id(), null, 30))
                .isInstanceOf(DeskException.class)
                .satisfies(e -> assertThat(services.messages().describe(e)).contains(teams.get(0).name()));
        Claim renewed = companies.claims().claim(company.id(), teams.get(0).id(), null, 90);
        assertThat(renewed.id()).isEqualTo(held.id());
        assertThat(renewed.expiresOn()).isEqualTo(companies.today().plusDays(90));
        assertThatThrownBy(() -> companies.claims().claim(company.id(), null, null, 30)).hasMessageContaining("claimHolder");
        assertThatThrownBy(() -> companies.claims().claim(company.id(), teams.get(0).id(), null, 400)).hasMessageContaining("claimDays");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void lapsedClaimsReturnToThePoolAndStayInTheHistory(Engine engine) {
        open(engine);
        List<Choice> teams = companies.teams();
        Claim released = companies.claims().claim(company.id(), teams.get(0).id(), null, 10);
        companies.claims().release(released);
        companies.claims().claim(company.id(), teams.get(1).id(), null, 5);
        services.database().dsl().update(Tables.CLAIM)
                .set(Tables.CLAIM.CLAIMED_ON, companies.today().minusDays(6))
                .set(Tables.CLAIM.EXPIRES_ON, companies.today().minusDays(1))
                .where(Tables.CLAIM.RELEASED_AT.isNull()).execute();

        assertThat(companies.claims().current(company.id())).isEmpty();
        assertThat(companies.claims().releaseLapsed()).isEqualTo(1);
        assertThat(companies.claims().releaseLapsed()).isZero();
        assertThat(companies.claims().history(company.id())).extracting(Claim::releaseReason)
                .containsExactlyInAnyOrder(ClaimEnd.RELEASED, ClaimEnd.LAPSED);
        Claim again = companies.claims().claim(company.id(), teams.get(2).id(), null, 30);
        assertThat(again.isActiveOn(companies.today())).isTrue();
    }
}
