package cn.zhaoshang.desk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IncentiveServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private IncentiveService incentives;
    private UUID projectA;
    private UUID projectB;
    private Policy policy;

    private void open(Engine engine) {
        services = TestDatabases.open(engine, dir);
        incentives = services.incentives();
        ProjectRows rows = new ProjectRows(services);
        UUID company = rows.company("瑞能储能科技有限公司", "38");
        projectA = rows.project("瑞能储能电池项目", company, "38", BigDecimal.valueOf(80_000), "STARTED", null);
        projectB = rows.project("瑞能研发中心", company, "38", BigDecimal.valueOf(5_000), "SIGNED", null);
        policy = services.policies().create(PolicyServiceTest.draft("新能源产业扶持", LocalDate.of(2025, 1, 1), null,
                List.of("38"), List.of(), null, null));
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private static BigDecimal wan(long v) {
        return BigDecimal.valueOf(v);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void promisedAndDeliveredAddUpPerProjectAndInTotal(Engine engine) {
        open(engine);
        Incentive a1 = incentives.promise(projectA, policy.policyKey(), LocalDate.of(2026, 1, 10), wan(500), "设备补贴");
        incentives.promise(projectA, null, LocalDate.of(2026, 2, 1), wan(200), "三年免租");
        incentives.promise(projectB, policy.policyKey(), LocalDate.of(2026, 3, 1), wan(100), null);
        incentives.deliver(a1.id(), a1.version(), LocalDate.of(2026, 5, 1), wan(300));

        List<IncentiveTotals> perProject = incentives.totalsByProject();
        IncentiveTotals overall = incentives.overall();

        assertThat(perProject).extracting(IncentiveTotals::projectName).containsExactly("瑞能储能电池项目", "瑞能研发中心");
        assertThat(perProject.get(0).promised()).isEqualByComparingTo("700");
        assertThat(perProject.get(0).delivered()).isEqualByComparingTo("300");
        assertThat(perProject.get(0).promises()).isEqualTo(2);
        assertThat(perProject.get(1).delivered()).isEqualByComparingTo("0");
        assertThat(overall.promised()).isEqualByComparingTo("800");
        assertThat(overall.delivered()).isEqualByComparingTo("300");
        assertThat(overall.promises()).isEqualTo(3);
        assertThat(overall.deliveryRate()).isEqualByComparingTo("0.375");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deliveryBeyondThePromiseOrBeforeItIsRefused(Engine engine) {
        open(engine);
        Incentive p = incentives.promise(projectA, policy.policyKey(), LocalDate.of(2026, 1, 10), wan(500), null);

        assertThatThrownBy(() -> incentives.deliver(p.id(), p.version(), LocalDate.of(2026, 5, 1), wan(600)))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("deliveredAmount"));
        assertThatThrownBy(() -> incentives.deliver(p.id(), p.version(), LocalDate.of(2025, 12, 1), wan(100)))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("deliveredOn"));
        Incentive delivered = incentives.deliver(p.id(), p.version(), LocalDate.of(2026, 5, 1), wan(500));
        assertThat(delivered.outstanding()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> incentives.deliver(p.id(), p.version(), LocalDate.of(2026, 6, 1), wan(400)))
                .isInstanceOf(StaleRecordException.class);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aBespokePromiseMustSayWhatItIsAndAPolicyMustBeInForce(Engine engine) {
        open(engine);
        assertThatThrownBy(() -> incentives.promise(projectA, null, LocalDate.of(2026, 1, 10), wan(500), " "))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("description"));
        assertThatThrownBy(() -> incentives.promise(projectA, policy.policyKey(), LocalDate.of(2024, 6, 1), wan(500), null))
                .hasMessageContaining("policy.error.notInForce");
        assertThatThrownBy(() -> incentives.promise(projectA, policy.policyKey(), LocalDate.of(2026, 7, 1), wan(500), null))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("promisedOn"));
        assertThat(incentives.ofProject(projectA)).isEmpty();
    }
}
