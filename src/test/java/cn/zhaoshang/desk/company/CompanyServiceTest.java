package cn.zhaoshang.desk.company;

import static cn.zhaoshang.desk.company.CompanyFixtures.company;
import static cn.zhaoshang.desk.company.CompanyFixtures.uscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.search.SearchHit;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompanyServiceTest {
    @TempDir
    Path dir;
    private Services services;

    private CompanyService open(Engine engine) {
        services = TestDatabases.open(engine, dir);
        return services.companies();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private int auditRows(String action, UUID id) {
        return services.database().dsl().fetchCount(Tables.AUDIT_LOG,
                Tables.AUDIT_LOG.ACTION.eq(action)
                        .and(Tables.AUDIT_LOG.RECORD_ID.eq(id.toString())));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCreatedCompanyReadsBackWithTagsLadderAndChainNodes(Engine engine) {
        CompanyService companies = open(engine);
        UUID node = companies.chainNodes().get(0).id();
        Company created = companies.create(company("  华润新能源（郑州）有限公司 ", 1)
                .uscc(uscc(1).toLowerCase()).tags(List.of("重点企业", " 央企 ", "重点企业"))
                .ladder(List.of(new LadderFlag(LadderTier.HIGH_TECH, LocalDate.of(2024, 5, 1), LocalDate.of(2027, 5, 1))))
                .chainNodeIds(List.of(node)).build());

        Company read = companies.get(created.id());
        assertThat(read.name()).isEqualTo("华润新能源（郑州）有限公司");
        assertThat(read.uscc()).isEqualTo(uscc(1));
        assertThat(read.data().tags()).containsExactly("央企", "重点企业");
        assertThat(read.data().ladder()).extracting(LadderFlag::tier).containsExactly(LadderTier.HIGH_TECH);
        assertThat(read.data().chainNodeIds()).containsExactly(node);
        assertThat(read.version()).isZero();
        assertThat(companies.findByUscc(" " + uscc(1) + " ")).map(Company::id).contains(created.id());
        assertThat(auditRows("CREATE", created.id())).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aWrongCreditCodeIsRefusedWithALocalisedMessageAndNothingIsStored(Engine engine) {
        CompanyService companies = open(engine);
        String wrong = uscc(2).substring(0, 17) + (uscc(2).endsWith("0") ? "1" : "0");

        assertThatThrownBy(() -> companies.create(company("某某科技有限公司", 2).uscc(wrong).build()))
                .isInstanceOf(DeskException.class)
                .satisfies(e -> assertThat(services.messages().describe(e)).contains("校验位不正确"));
        assertThat(companies.count(CompanyFilter.NONE)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void negativeCapitalAndFutureFoundingAreRefused(Engine engine) {
        CompanyService companies = open(engine);
        assertThatThrownBy(() -> companies.create(company("甲公司", 3).registeredCapital(new BigDecimal("-1")).build()))
                .hasMessageContaining("company.validation.negativeAmount");
        assertThatThrownBy(() -> companies.create(company("乙公司", 4).foundedOn(companies.today().plusDays(1)).build()))
                .hasMessageContaining("company.validation.dateInFuture");
        assertThatThrownBy(() -> companies.create(company(" ", 5).build()))
                .hasMessageContaining("company.validation.nameRequired");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTakenCreditCodeIsRefusedNamingTheHolder(Engine engine) {
        CompanyService companies = open(engine);
        companies.create(company("郑州博研科技有限公司", 6).build());

        assertThatThrownBy(() -> companies.create(company("另一家公司", 6).build()))
                .isInstanceOf(DeskException.class)
                .satisfies(e -> assertThat(services.messages().describe(e)).contains("郑州博研科技有限公司"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStaleSaveIsRefusedAndSaysWhatTheOtherSideChanged(Engine engine) {
        CompanyService companies = open(engine);
        Company mine = companies.create(company("郑州启衡科技有限公司", 7).build());
        companies.update(mine.id(), mine.version(), mine.data().toBuilder().legalRep("李红").build());

        assertThatThrownBy(() -> companies.update(mine.id(), mine.version(), mine.data().toBuilder().notes("我的备注").build()))
                .isInstanceOfSatisfying(StaleRecordException.class,
                        e -> assertThat(e.theirChanges()).containsKey("legal_rep"));
        assertThat(companies.get(mine.id()).data().notes()).isNull();
        assertThat(companies.get(mine.id()).data().legalRep()).isEqualTo("李红");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void changingOnlyTheTagsStillBumpsTheVersionSoStaleCopiesAreRefused(Engine engine) {
        CompanyService companies = open(engine);
        Company first = companies.create(company("郑州睿研科技有限公司", 8).build());
        Company tagged = companies.update(first.id(), first.version(), first.data().toBuilder().tags(List.of("拟上市")).build());

        assertThat(tagged.version()).isEqualTo(first.version() + 1);
        assertThatThrownBy(() -> companies.update(first.id(), first.version(), first.data()))
                .isInstanceOf(StaleRecordException.class);
        assertThat(companies.get(first.id()).data().tags()).containsExactly("拟上市");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDeletedCompanyLeavesTheListAndItsCodeIsReportedAsInTheTrash(Engine engine) {
        CompanyService companies = open(engine);
        Company c = companies.create(company("郑州格研科技有限公司", 9).build());
        companies.delete(c.id(), c.version());

        assertThat(companies.find(c.id())).isEmpty();
        assertThat(companies.count(CompanyFilter.NONE)).isZero();
        assertThat(companies.search("格研", CompanyFilter.NONE, 10)).isEmpty();
        assertThatThrownBy(() -> companies.create(company("新格研", 9).build()))
                .hasMessageContaining("company.error.usccInTrash");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void duplicatesAreFoundBySameCodeOrSameNormalisedName(Engine engine) {
        CompanyService companies = open(engine);
        Company existing = companies.create(company("华润新能源有限公司", 10).build());

        assertThat(companies.duplicatesOf(null, null, "华润新能源（北京）有限公司"))
                .singleElement().satisfies(m -> {
                    assertThat(m.id()).isEqualTo(existing.id());
                    assertThat(m.reason()).isEqualTo(DuplicateMatch.Reason.NAME);
                });
        assertThat(companies.duplicatesOf(null, uscc(10), "完全不同的名字"))
                .extracting(DuplicateMatch::reason).containsExactly(DuplicateMatch.Reason.USCC);
        assertThat(companies.duplicatesOf(existing.id(), uscc(10), "华润新能源有限公司")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void searchFindsAChineseSubstringAndACreditCodeBestFirst(Engine engine) {
        CompanyService companies = open(engine);
        Company target = companies.create(company("华润新能源科技有限公司", 11).build());
        companies.create(company("郑州数智云科技有限公司", 12).build());

        assertThat(companies.search("新能源", CompanyFilter.NONE, 10)).extracting(CompanyRow::id).containsExactly(target.id());
        assertThat(companies.search(uscc(11), CompanyFilter.NONE, 10)).extracting(CompanyRow::id).containsExactly(target.id());
        assertThat(companies.search("新能源", CompanyFilter.NONE.toBuilder()
                .statuses(Set.of(PursuitStatus.LANDED)).build(), 10)).isEmpty();
    }

    @Test
    void searchFindsAPinyinFullSpellingInitialsAndAContactName() throws Exception {
        CompanyService companies = open(Engine.H2);
        services.search().rebuild(Progress.NONE); // as the app does once it has opened; writes keep it in step
        Company target = companies.create(company("华润新能源有限公司", 13).build());
        companies.contacts().save(Contact.draft(target.id(), "欧阳明"));

        for (String query : new String[] {"hrxny", "huarun", "华润", "新能源", "欧阳明"}) {
            List<SearchHit> hits = services.search().search(query, 5);
            assertThat(hits).as(query).extracting(SearchHit::companyId).first().isEqualTo(target.id());
        }
        assertThat(companies.search("hrxny", CompanyFilter.NONE, 5)).extracting(CompanyRow::name)
                .containsExactly("华润新能源有限公司");
    }
}
