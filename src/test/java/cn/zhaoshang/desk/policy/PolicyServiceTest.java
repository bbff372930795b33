package cn.zhaoshang.desk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PolicyServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    @TempDir
    Path dir;
    private Services services;
    private PolicyService policies;

    private void open(Engine engine) {
        services = TestDatabases.open(engine, dir);
        policies = services.policies();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    static PolicyDraft draft(String name, LocalDate from, LocalDate to, List<String> industries, List<String> tiers,
                             Integer min, Integer max) {
        return new PolicyDraft(name, "中原区人民政府", "中政〔2026〕1号", from, to, industries, tiers,
                min == null ? null : BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max), "奖励说明");
    }

    private static PolicyDraft withSummary(PolicyDraft d, String summary) {
        return new PolicyDraft(d.name(), d.issuer(), d.documentNo(), d.effectiveFrom(), d.effectiveTo(), d.industryCodes(),
                d.ladderTiers(), d.minInvestment(), d.maxInvestment(), summary);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void revisingAddsAVersionAndAPromiseKeepsTheVersionItWasMadeUnder(Engine engine) {
        open(engine);
        Policy v1 = policies.create(draft("总部企业落户奖励", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(), List.of(), null, null));
        ProjectRows rows = new ProjectRows(services);
        UUID project = rows.project("华科总部项目", rows.company("华科信息技术有限公司", "65"), "65",
                BigDecimal.valueOf(20_000), "SIGNED", null);
        Incentive promise = services.incentives().promise(project, v1.policyKey(), LocalDate.of(2026, 6, 1),
                BigDecimal.valueOf(300), "落户奖励");

        Policy v2 = policies.revise(v1.id(), v1.version(), withSummary(v1.content(), "奖励上限提高到 500 万元"));

        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.policyKey()).isEqualTo(v1.policyKey());
        assertThat(policies.library(PolicyFilter.ALL)).extracting(Policy::id).containsExactly(v2.id());
        assertThat(policies.versions(v1.policyKey())).extracting(Policy::versionNo).containsExactly(2, 1);
        Policy old = policies.get(v1.id());
        assertThat(old.isCurrent()).isFalse();
        assertThat(old.content().benefitSummary()).isEqualTo("奖励说明");
        Incentive kept = services.incentives().ofProject(project).get(0);
        assertThat(kept.id()).isEqualTo(promise.id());
        assertThat(kept.policyId()).isEqualTo(v1.id());
        assertThat(kept.policyVersionNo()).isEqualTo(1);
        assertThat(kept.policyCurrent()).isFalse();
        Incentive later = services.incentives().promise(project, v1.policyKey(), TODAY, BigDecimal.valueOf(100), null);
        assertThat(later.policyId()).isEqualTo(v2.id());
        assertThatThrownBy(() -> policies.revise(v1.id(), v1.version(), withSummary(v1.content(), "再改一次")))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("policy.error.notCurrent"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void savingUnchangedContentAddsNoVersion(Engine engine) {
        open(engine);
        Policy v1 = policies.create(draft("研发投入补助", null, null, List.of("73"), List.of(), 100, 5_000));

        Policy same = policies.revise(v1.id(), v1.version(), draft("研发投入补助", null, null, List.of("73"), List.of(), 100, 5_000));

        assertThat(same.id()).isEqualTo(v1.id());
        assertThat(policies.versions(v1.policyKey())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void thePromiseDateChoosesTheVersionWhoseDatesCoverIt(Engine engine) {
        open(engine);
        Policy v1 = policies.create(draft("招商引资奖励办法", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31),
                List.of(), List.of(), null, null));
        Policy v2 = policies.revise(v1.id(), v1.version(), draft("招商引资奖励办法（修订）", LocalDate.of(2026, 1, 1), null,
                List.of(), List.of(), null, null));

        assertThat(policies.versionInForce(v1.policyKey(), LocalDate.of(2025, 6, 1)).id()).isEqualTo(v1.id());
        assertThat(policies.versionInForce(v1.policyKey(), LocalDate.of(2026, 3, 1)).id()).isEqualTo(v2.id());
        assertThatThrownBy(() -> policies.versionInForce(v1.policyKey(), LocalDate.of(2023, 6, 1)))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(services.messages().describe(e))
                        .isEqualTo("这项政策在 2023-06-01 不在有效期内。"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void applicablePoliciesFollowIndustryTierSizeAndDates(Engine engine) {
        open(engine);
        ProjectRows rows = new ProjectRows(services);
        UUID company = rows.company("云途软件股份有限公司", "65");
        rows.tier(company, "HIGH_TECH", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
        rows.tier(company, "GAZELLE", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1));
        UUID project = rows.project("云途区域总部", company, "65", BigDecimal.valueOf(20_000), "NEGOTIATING", null);
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2027, 12, 31);
        policies.create(draft("A 普惠", from, to, List.of(), List.of(), null, null));
        policies.create(draft("B 软件业", from, to, List.of("65"), List.of(), null, null));
        policies.create(draft("C 信息技术门类", from, to, List.of("I"), List.of(), null, null));
        policies.create(draft("D 新能源", from, to, List.of("38"), List.of(), null, null));
        policies.create(draft("E 高新企业", from, to, List.of(), List.of("HIGH_TECH"), null, null));
        policies.create(draft("F 瞪羚企业", from, to, List.of(), List.of("GAZELLE"), null, null));
        policies.create(draft("G 五亿以上", from, to, List.of(), List.of(), 50_000, null));
        policies.create(draft("H 一亿以下", from, to, List.of(), List.of(), null, 10_000));
        policies.create(draft("I 已失效", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), List.of(), List.of(), null, null));
        policies.create(draft("J 未生效", LocalDate.of(2027, 1, 1), null, List.of(), List.of(), null, null));
        policies.create(draft("K 一到三亿", from, to, List.of("65"), List.of("HIGH_TECH"), 10_000, 30_000));

        List<Policy> applicable = policies.applicableTo(project, TODAY);

        assertThat(applicable).extracting(Policy::name)
                .containsExactly("A 普惠", "B 软件业", "C 信息技术门类", "E 高新企业", "K 一到三亿");
        assertThat(policies.applicableTo(project, LocalDate.of(2027, 6, 1))).extracting(Policy::name).contains("J 未生效");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void policiesEndingWithinSixtyDaysAreFlaggedAsExpiring(Engine engine) {
        open(engine);
        policies.create(draft("七月到期", null, LocalDate.of(2026, 7, 31), List.of(), List.of(), null, null));
        policies.create(draft("年底到期", null, LocalDate.of(2026, 12, 31), List.of(), List.of(), null, null));
        policies.create(draft("已经到期", null, LocalDate.of(2026, 6, 1), List.of(), List.of(), null, null));

        assertThat(policies.expiringWithin(PolicyService.EXPIRY_WARNING_DAYS)).extracting(Policy::name).containsExactly("七月到期");
        assertThat(policies.library(new PolicyFilter(null, null, null, PolicyStatus.EXPIRING))).extracting(Policy::name)
                .containsExactly("七月到期");
        assertThat(policies.library(new PolicyFilter(null, null, null, PolicyStatus.EXPIRED))).extracting(Policy::name)
                .containsExactly("已经到期");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theLibraryFindsByTextAndFiltersByIndustryAndTier(Engine engine) {
        open(engine);
        policies.create(new PolicyDraft("楼宇经济扶持", "区商务局", "中商〔2026〕3号", null, null, List.of("72"), List.of(),
                null, null, "租金补贴"));
        policies.create(draft("专精特新奖励", null, null, List.of(), List.of("LITTLE_GIANT"), null, null));

        assertThat(policies.library(new PolicyFilter("商务局", null, null, null))).extracting(Policy::name).containsExactly("楼宇经济扶持");
        assertThat(policies.library(new PolicyFilter("租金", null, null, null))).hasSize(1);
        assertThat(policies.library(new PolicyFilter(null, "65", null, null))).extracting(Policy::name).containsExactly("专精特新奖励");
        assertThat(policies.library(new PolicyFilter(null, null, PolicyLadderTier.UNICORN, null))).extracting(Policy::name)
                .containsExactly("楼宇经济扶持");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void invalidPoliciesAreRefusedBesideTheirField(Engine engine) {
        open(engine);
        assertThatThrownBy(() -> policies.create(draft(" ", null, null, List.of(), List.of(), null, null)))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> policies.create(draft("X", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), List.of(), List.of(), null, null)))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("effectiveTo"));
        assertThatThrownBy(() -> policies.create(draft("X", null, null, List.of(), List.of(), 500, 100)))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("maxInvestment"));
        assertThatThrownBy(() -> policies.create(draft("X", null, null, List.of(), List.of("PLATINUM"), null, null)))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("ladderTiers"));
        assertThat(policies.library(PolicyFilter.ALL)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSameFileAttachedTwiceIsStoredOnceAndNewVersionsKeepTheAttachments(Engine engine) throws Exception {
        open(engine);
        Path file = Files.writeString(dir.resolve("中政〔2026〕1号.pdf"), "%PDF-1.4 policy text");
        Policy a = policies.create(draft("政策甲", null, null, List.of(), List.of(), null, null));
        Policy b = policies.create(draft("政策乙", null, null, List.of(), List.of(), null, null));

        PolicyAttachment first = policies.attach(a.id(), file);
        PolicyAttachment second = policies.attach(b.id(), file);
        Policy a2 = policies.revise(a.id(), a.version(), withSummary(a.content(), "新版"));

        assertThat(second.sha256()).isEqualTo(first.sha256());
        try (var stored = Files.list(dir.resolve("attachments"))) {
            assertThat(stored.toList()).extracting(p -> p.getFileName().toString()).containsExactly(first.sha256());
        }
        assertThat(policies.attachments(a2.id())).extracting(PolicyAttachment::fileName).containsExactly("中政〔2026〕1号.pdf");
        assertThat(Files.readString(policies.attachmentFile(policies.attachments(a2.id()).get(0)))).isEqualTo("%PDF-1.4 policy text");
        assertThat(policies.attachments(a.id())).hasSize(1);
        assertThatThrownBy(() -> policies.attach(a2.id(), dir.resolve("missing.pdf")))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("attachment.error.fileUnreadable"));
    }
}
