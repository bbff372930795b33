package cn.zhaoshang.desk.project;

import static cn.zhaoshang.desk.generated.Tables.POLICY;
import static cn.zhaoshang.desk.project.ProjectFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProjectFinanceServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private ProjectFinanceService finance;
    private Project project;

    private void open(Engine engine) {
        services = TestDatabases.open(engine, dir);
        finance = services.projectFinance();
        project = ProjectFixtures.signed(services.projects(), ProjectFixtures.draft("资金项目"), TODAY.minusDays(60), "20000");
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private static String keyOf(Throwable e) {
        return ((DeskException) e).key();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void fundsInPlaceAddUpAndTheirRateIsMeasuredAgainstTheContractAmount(Engine engine) {
        open(engine);
        finance.addFund(project.id(), TODAY.minusDays(30), new BigDecimal("3000"), "首期");
        finance.addFund(project.id(), TODAY.minusDays(5), new BigDecimal("2500.5"), null);
        FundSummary summary = finance.fundSummary(project.id());
        assertThat(summary.count()).isEqualTo(2);
        assertThat(summary.total()).isEqualByComparingTo("5500.5");
        assertThat(summary.contractAmount()).isEqualByComparingTo("20000");
        assertThat(summary.ratePercent()).isEqualByComparingTo("27.5");
        assertThat(finance.funds(project.id())).extracting(Fund::note).containsExactly("首期", null);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDeletedFundLeavesTheTotal(Engine engine) {
        open(engine);
        UUID id = finance.addFund(project.id(), TODAY, new BigDecimal("1000"), null);
        finance.deleteFund(id, 0);
        assertThat(finance.fundSummary(project.id()).total()).isEqualByComparingTo("0");
        assertThat(finance.funds(project.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void fundsWithoutAPositiveAmountOrDatedInTheFutureAreRefused(Engine engine) {
        open(engine);
        assertThatThrownBy(() -> finance.addFund(project.id(), TODAY, BigDecimal.ZERO, null))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("project.fund.error.amountPositive"));
        assertThatThrownBy(() -> finance.addFund(project.id(), TODAY, new BigDecimal("-1"), null))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("project.fund.error.amountPositive"));
        assertThatThrownBy(() -> finance.addFund(project.id(), TODAY.plusDays(1), BigDecimal.ONE, null))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("project.transition.error.future"));
        assertThatThrownBy(() -> finance.addFund(project.id(), null, BigDecimal.ONE, null))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("project.fund.error.dateRequired"));
        assertThat(finance.funds(project.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void withoutAContractAmountThereIsNoRate(Engine engine) {
        open(engine);
        Project lead = ProjectFixtures.negotiating(services.projects(), "未签约", TODAY);
        finance.addFund(lead.id(), TODAY, BigDecimal.TEN, null);
        assertThat(finance.fundSummary(lead.id()).ratePercent()).isNull();
        assertThat(ProjectFinanceService.rate(new BigDecimal("1"), new BigDecimal("3"))).isEqualByComparingTo("33.3");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void incentivesReferToAPolicyOrDescribeThemselvesAndRecordDelivery(Engine engine) {
        open(engine);
        UUID policy = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        services.database().dsl().insertInto(POLICY).set(POLICY.ID, policy).set(POLICY.CREATED_AT, now)
                .set(POLICY.UPDATED_AT, now).set(POLICY.POLICY_KEY, UUID.randomUUID()).set(POLICY.VERSION_NO, 1)
                .set(POLICY.NAME, "中原区总部经济扶持办法").execute();
        assertThat(services.projects().policies()).extracting(Choice::name).containsExactly("中原区总部经济扶持办法");

        UUID byPolicy = finance.addIncentive(project.id(), new IncentiveDraft(policy, null, TODAY.minusDays(50),
                new BigDecimal("500"), null, null));
        finance.addIncentive(project.id(), new IncentiveDraft(null, "三年房租减半", TODAY.minusDays(40), null, null, null));
        finance.updateIncentive(byPolicy, 0, new IncentiveDraft(policy, null, TODAY.minusDays(50), new BigDecimal("500"),
                TODAY.minusDays(1), new BigDecimal("300")));

        assertThat(finance.incentives(project.id())).extracting(Incentive::title, Incentive::deliveredAmount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("中原区总部经济扶持办法", new BigDecimal("300.0000")),
                        org.assertj.core.groups.Tuple.tuple("三年房租减半", null));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void incentivesWithoutPolicyOrDescriptionOrDeliveredBeforePromisedAreRefused(Engine engine) {
        open(engine);
        assertThatThrownBy(() -> finance.addIncentive(project.id(), new IncentiveDraft(null, " ", null, null, null, null)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("project.incentive.error.policyOrDescription"));
        assertThatThrownBy(() -> finance.addIncentive(project.id(), new IncentiveDraft(null, "补贴", TODAY, null,
                TODAY.minusDays(1), BigDecimal.ONE)))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("project.incentive.error.deliveredBeforePromised"));
        assertThatThrownBy(() -> finance.addIncentive(project.id(), new IncentiveDraft(null, "补贴", TODAY, null, null,
                BigDecimal.ONE))).satisfies(e -> assertThat(keyOf(e)).isEqualTo("project.incentive.error.deliveredDateRequired"));
        assertThatThrownBy(() -> finance.addIncentive(project.id(), new IncentiveDraft(UUID.randomUUID(), null, null, null,
                null, null))).satisfies(e -> assertThat(keyOf(e)).isEqualTo("project.incentive.error.policyMissing"));
        assertThat(finance.incentives(project.id())).isEmpty();
    }
}
