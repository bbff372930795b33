package cn.zhaoshang.desk.policy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.policy.Incentive;
import cn.zhaoshang.desk.policy.PolicyLadderTier;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.policy.PolicyDraft;
import cn.zhaoshang.desk.policy.PolicyStatus;
import cn.zhaoshang.desk.policy.ProjectRows;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy screens' view models without a window, over a real H2 (today is 2026-06-15). */
class PolicyViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private Policy software;
    private UUID project;

    @BeforeEach
    void open() {
        services = TestDatabases.open(Engine.H2, dir);
        software = services.policies().create(new PolicyDraft("软件企业扶持", "区工信局", "中工信〔2026〕1号",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 31), List.of("65"), List.of(), null, null, "研发补助"));
        services.policies().create(new PolicyDraft("高新企业奖励", "区科技局", null, null, null, List.of(),
                List.of("HIGH_TECH"), null, null, "认定奖励"));
        ProjectRows rows = new ProjectRows(services);
        project = rows.project("云图区域总部", rows.company("云图软件有限公司", "65"), "65", BigDecimal.valueOf(8_000),
                "SIGNED", null);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theLibraryFiltersAndCountsWhatEndsSoon() {
        PolicyListViewModel list = new PolicyListViewModel(services.policies(), new ImmediateTaskRunner(),
                services.messages(), errors::add);
        list.start(() -> { });
        assertThat(list.rows).hasSize(2);
        assertThat(list.expiring.get()).isEqualTo(1);

        list.showExpiring();
        assertThat(list.rows).extracting(Policy::name).containsExactly("软件企业扶持");
        list.status.set(null);
        list.tier.set(PolicyLadderTier.HIGH_TECH);
        assertThat(list.rows).as("pinyin order: gao before ruan").extracting(Policy::name)
                .containsExactly("高新企业奖励", "软件企业扶持");
        list.search.set("科技局");
        assertThat(list.rows).extracting(Policy::name).containsExactly("高新企业奖励");
        assertThat(list.status.get()).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void revisingInTheFormSavesTheNextVersionAndRefusesABadRange() {
        PolicyFormViewModel form = new PolicyFormViewModel(software, services.policies(), new ImmediateTaskRunner(),
                services.messages());
        List<Policy> saved = new ArrayList<>();

        form.minInvestment.set("5000");
        form.maxInvestment.set("1000");
        assertThat(form.errors.of("maxInvestment").get()).isEqualTo("投资上限不能低于下限。");
        form.save(saved::add, errors::add);
        assertThat(saved).isEmpty();

        form.maxInvestment.set("");
        form.benefitSummary.set("研发补助，最高 300 万元");
        form.save(saved::add, errors::add);

        assertThat(saved).singleElement().satisfies(p -> {
            assertThat(p.versionNo()).isEqualTo(2);
            assertThat(p.minInvestment()).isEqualByComparingTo("5000");
        });
        assertThat(services.policies().get(software.id()).isCurrent()).isFalse();
        assertThat(form.isRevision()).isTrue();
    }

    @Test
    void theProjectPanelPromisesUnderAnApplicablePolicyAndRefusesOverDelivery() {
        ProjectPoliciesViewModel panel = new ProjectPoliciesViewModel(services.policies(), services.incentives(),
                new ImmediateTaskRunner(), services.messages(), errors::add);
        panel.load(project, () -> { });
        assertThat(panel.applicable).extracting(Policy::name).containsExactly("软件企业扶持");
        assertThat(panel.promisePolicy.get().name()).isEqualTo("软件企业扶持");

        panel.promisePolicy.set(null);
        panel.promisedAmount.set("100");
        panel.promise(() -> { });
        assertThat(panel.promiseError.get()).isEqualTo("不依据政策库的承诺（一企一策），请写明承诺内容。");

        panel.promisePolicy.set(panel.applicable.get(0));
        panel.promise(() -> { });
        assertThat(panel.incentives).singleElement().satisfies(i -> assertThat(i.policyVersionNo()).isEqualTo(1));
        assertThat(panel.promisedTotal()).isEqualByComparingTo("100");

        panel.deliverFor.set(panel.incentives.get(0));
        panel.deliveredAmount.set("150");
        panel.deliver(() -> { });
        assertThat(panel.deliverError.get()).isEqualTo("累计兑现不能超过承诺金额（100 万元）。");
        panel.deliveredAmount.set("60");
        panel.deliver(() -> { });
        assertThat(panel.incentives).extracting(Incentive::deliveredAmount).containsExactly(new BigDecimal("60.0000"));
        assertThat(errors).isEmpty();
    }

    @Test
    void aPromiseDatedOutsideThePolicyIsRefusedBesideTheForm() {
        ProjectPoliciesViewModel panel = new ProjectPoliciesViewModel(services.policies(), services.incentives(),
                new ImmediateTaskRunner(), services.messages(), errors::add);
        panel.load(project, () -> { });

        panel.promisedOn.set(LocalDate.of(2025, 6, 1));
        panel.promisedAmount.set("100");
        panel.promise(() -> { });

        assertThat(panel.promiseError.get()).isEqualTo("这项政策在 2025-06-01 不在有效期内。");
        assertThat(panel.incentives).isEmpty();
        assertThat(PolicyStatus.EXPIRING).isEqualTo(software.status(LocalDate.of(2026, 6, 15), 60));
    }
}
