package cn.zhaoshang.desk.search;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.CancelledException;
import cn.zhaoshang.desk.common.background.ImmediateTaskRunner;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.text.CompanyNames;
import cn.zhaoshang.desk.common.text.Uscc;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.generated.tables.records.CompanyRecord;
import cn.zhaoshang.desk.generated.tables.records.ContactRecord;
import cn.zhaoshang.desk.search.SearchHit.MatchKind;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The search service over a real database: a generated library of a few hundred companies plus
 * the ones each test needs, then searched as a recruiter would type.
 */
class SearchServiceTest {
    static final String HUARUN_USCC = code("914403007109", 1);
    static final String POWER_USCC = code("911100006000", 2);

    @TempDir
    Path dir;

    /** A valid credit code from a 12-character start and a number. */
    static String code(String start, int n) {
        String first17 = start + String.format("%05d", n);
        return first17 + Uscc.checkChar(first17);
    }

    private static Services open(Engine engine, Path dir) {
        Services services = TestDatabases.open(engine, dir);
        services.demoData().generate(300, 42, Progress.NONE);
        return services;
    }

    static UUID company(Services services, String name, String shortName, String uscc, String... contacts) {
        CompanyRecord company = new CompanyRecord();
        company.setName(name);
        company.setNormalizedName(CompanyNames.normalize(name));
        company.setShortName(shortName);
        company.setUscc(uscc);
        company.setPursuitStatus(PursuitStatus.NEW);
        UUID id = services.writer().insert(company).getId();
        for (String contactName : contacts) {
            ContactRecord contact = new ContactRecord();
            contact.setCompanyId(id);
            contact.setName(contactName);
            services.writer().insert(contact);
        }
        return id;
    }

    private static List<String> names(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::name).toList();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyKindOfQueryFindsTheRightCompanyFirst(Engine engine) {
        try (Services services = open(engine, dir)) {
            UUID huarun = company(services, "华润新能源有限公司", "华润新能源", HUARUN_USCC, "司马相如", "阿卜杜拉·艾买提");
            company(services, "北京华润电力有限公司", "华润电力", POWER_USCC, "王芳");
            SearchService search = services.search();
            search.rebuild(Progress.NONE);
            assertThat(search.state()).isEqualTo(SearchService.State.READY);

            for (String query : List.of("华润新能源", "华润", "新能源", "huarun", "huarunxinneng", "hrxny", "HrXny", "ｈｕａｒｕｎ",
                    "9144030071", "司马相如", "司马", "阿卜杜拉")) {
                List<SearchHit> hits = search.search(query, 10);
                assertThat(hits).as(query).isNotEmpty();
                assertThat(hits.get(0).companyId()).as(query + " → " + names(hits)).isEqualTo(huarun);
            }
            assertThat(search.search("华润", 10).get(0)).satisfies(hit -> {
                assertThat(hit.name()).isEqualTo("华润新能源有限公司");
                assertThat(hit.uscc()).isEqualTo(HUARUN_USCC);
                assertThat(hit.matchedOn()).isEqualTo(MatchKind.NAME);
            });
            assertThat(search.search("huarun", 10).get(0).matchedOn()).isEqualTo(MatchKind.PINYIN);
            assertThat(search.search("hrxny", 10).get(0).matchedOn()).isEqualTo(MatchKind.INITIALS);
            assertThat(search.search("9144030071", 10).get(0).matchedOn()).isEqualTo(MatchKind.USCC);
            assertThat(search.search("司马相如", 10).get(0).matchedOn()).isEqualTo(MatchKind.CONTACT);
            assertThat(names(search.search("华润", 10))).startsWith("华润新能源有限公司", "北京华润电力有限公司");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void exactThenPrefixThenSubstringAndShorterNamesFirst(Engine engine) {
        try (Services services = open(engine, dir)) {
            company(services, "北京华润科技有限公司", null, null);
            company(services, "华润置地有限公司", null, null);
            company(services, "深圳华润有限公司", null, null);
            company(services, "华润", null, null);
            company(services, "华润新能源控股有限公司", null, null);
            company(services, "青岛海洋有限公司", null, null, "华润");
            company(services, "杭州某某有限公司", "华润", null);
            services.search().rebuild(Progress.NONE);

            List<SearchHit> hits = services.search().search("华润", 20);
            assertThat(names(hits)).containsExactly("华润", "杭州某某有限公司", "华润置地有限公司", "华润新能源控股有限公司",
                    "青岛海洋有限公司", "深圳华润有限公司", "北京华润科技有限公司");
            assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertThat(hits.get(4).matchedOn()).isEqualTo(MatchKind.CONTACT);
            assertThat(names(services.search().search("华润", 3))).containsExactly("华润", "杭州某某有限公司", "华润置地有限公司");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void oneCharacterQueriesFindEveryCompanyHoldingTheCharacter(Engine engine) {
        try (Services services = open(engine, dir)) {
            company(services, "华润新能源有限公司", "华润新能源", HUARUN_USCC);
            company(services, "润", null, null);
            services.search().rebuild(Progress.NONE);
            List<SearchHit> hits = services.search().search("润", 500);
            assertThat(hits.get(0).name()).isEqualTo("润");
            assertThat(names(hits)).contains("华润新能源有限公司");
            assertThat(hits).allSatisfy(hit -> assertThat(hit.name().contains("润") || hit.matchedOn() == MatchKind.CONTACT)
                    .as(hit.name()).isTrue());
            long expected = services.database().dsl().fetchCount(COMPANY, COMPANY.NAME.contains("润")
                    .or(COMPANY.SHORT_NAME.contains("润")));
            assertThat(hits.stream().filter(h -> h.matchedOn() == MatchKind.NAME).count()).isEqualTo(expected);
            assertThat(services.search().search("h", 5)).hasSize(5);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void writesAndRemovalsShowAtOnce(Engine engine) {
        try (Services services = open(engine, dir)) {
            UUID huarun = company(services, "华润新能源有限公司", "华润新能源", HUARUN_USCC);
            SearchService search = services.search();
            search.rebuild(Progress.NONE);
            CompanyIndex index = search.companyIndex();

            UUID rocket = UUID.randomUUID();
            index.put(new CompanySearchEntry(rocket, null, "宇航火箭制造有限公司", null, List.of("钱学森")));
            assertThat(search.search("火箭", 5)).extracting(SearchHit::companyId).containsExactly(rocket);
            assertThat(search.search("yuhanghuojian", 5)).extracting(SearchHit::companyId).containsExactly(rocket);
            assertThat(search.search("钱学森", 5)).extracting(SearchHit::companyId).containsExactly(rocket);

            index.put(new CompanySearchEntry(huarun, HUARUN_USCC, "华润绿色能源有限公司", "华润绿能", List.of()));
            assertThat(names(search.search("华润", 5))).contains("华润绿色能源有限公司").doesNotContain("华润新能源有限公司");
            assertThat(search.search("hrxny", 5)).extracting(SearchHit::companyId).doesNotContain(huarun);
            assertThat(search.search("huarunlvse", 5)).extracting(SearchHit::companyId).containsExactly(huarun);

            index.remove(huarun);
            index.remove(rocket);
            assertThat(search.search("华润", 5)).isEmpty();
            assertThat(search.search("火箭", 5)).isEmpty();
            assertThat(search.search(HUARUN_USCC, 5)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deletedCompaniesAndContactsAreNeverFound(Engine engine) {
        try (Services services = open(engine, dir)) {
            UUID huarun = company(services, "华润新能源有限公司", "华润新能源", HUARUN_USCC, "司马相如");
            CompanyRecord stored = services.writer().load(COMPANY, huarun);
            services.writer().softDelete(COMPANY, huarun, stored.getVersion());
            UUID power = company(services, "北京华润电力有限公司", "华润电力", POWER_USCC, "欧阳修");
            var contact = services.database().dsl().selectFrom(Tables.CONTACT)
                    .where(Tables.CONTACT.COMPANY_ID.eq(power)).fetchOne();
            services.writer().softDelete(Tables.CONTACT, contact.getId(), contact.getVersion());

            assertThat(services.search().search("华润新能源", 5)).as("scanning before the build").isEmpty();
            services.search().rebuild(Progress.NONE);
            assertThat(services.search().search("华润", 5)).extracting(SearchHit::companyId).containsExactly(power);
            assertThat(services.search().search("司马相如", 5)).isEmpty();
            assertThat(services.search().search("欧阳修", 5)).isEmpty();
            assertThat(services.search().search(HUARUN_USCC, 5)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void beforeTheBuildANameWithFullWidthBracketsIsFoundAsTypedAndAsFolded(Engine engine) {
        try (Services services = open(engine, dir)) {
            UUID beijing = company(services, "华润新能源（北京）有限公司", null, POWER_USCC);
            assertThat(services.search().search("新能源（北京）", 5)).extracting(SearchHit::companyId).containsExactly(beijing);
            assertThat(services.search().search("华润新能源（北京）有限公司", 5)).extracting(SearchHit::companyId)
                    .containsExactly(beijing);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void beforeTheBuildSearchesScanTheTables(Engine engine) {
        try (Services services = open(engine, dir)) {
            UUID huarun = company(services, "华润新能源有限公司", "华润新能源", HUARUN_USCC, "司马相如");
            SearchService search = services.search();
            assertThat(search.state()).isEqualTo(SearchService.State.NOT_BUILT);
            assertThat(search.search("新能源", 50)).extracting(SearchHit::companyId).contains(huarun);
            assertThat(search.search("9144030071", 5)).extracting(SearchHit::companyId).containsExactly(huarun);
            assertThat(search.search("司马相如", 5)).extracting(SearchHit::companyId).containsExactly(huarun);

            search.startBuilding(new ImmediateTaskRunner(), TestDatabases.chinese());
            assertThat(search.state()).isEqualTo(SearchService.State.READY);
            assertThat(search.search("hrxny", 5)).extracting(SearchHit::companyId).containsExactly(huarun);
            assertThat(search.startBuilding(new ImmediateTaskRunner(), TestDatabases.chinese())).as("built only once").isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void writesDuringTheBuildAreKept(Engine engine) {
        try (Services services = open(engine, dir)) {
            UUID huarun = company(services, "华润新能源有限公司", "华润新能源", HUARUN_USCC);
            UUID power = company(services, "北京华润电力有限公司", "华润电力", POWER_USCC);
            UUID rocket = UUID.randomUUID();
            SearchService search = services.search();
            Progress writingMeanwhile = new Progress() {
                private boolean written;

                @Override
                public void update(long done, long total) {
                    if (!written) {
                        written = true;
                        search.companyIndex().put(new CompanySearchEntry(rocket, null, "宇航火箭制造有限公司", null, List.of()));
                        search.companyIndex().remove(power);
                        search.companyIndex().put(new CompanySearchEntry(huarun, HUARUN_USCC, "华润绿色能源有限公司", null,
                                List.of()));
                    }
                }

                @Override
                public void step(String key, Object... args) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            search.rebuild(writingMeanwhile);
            assertThat(search.search("火箭", 5)).extracting(SearchHit::companyId).containsExactly(rocket);
            assertThat(names(search.search("华润", 5))).containsExactly("华润绿色能源有限公司");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void writesOfAnyWriterReachTheIndexThroughTheChangeStream(Engine engine) {
        try (Services services = open(engine, dir)) {
            UUID huarun = company(services, "华润新能源有限公司", "华润新能源", HUARUN_USCC);
            SearchService search = services.search();
            search.rebuild(Progress.NONE);
            ContactRecord contact = new ContactRecord();
            contact.setCompanyId(huarun);
            contact.setName("司马相如");
            services.writer().insert(contact);
            assertThat(search.search("司马相如", 5)).extracting(SearchHit::companyId).containsExactly(huarun);

            CompanyRecord stored = services.writer().load(COMPANY, huarun);
            services.writer().softDelete(COMPANY, huarun, stored.getVersion());
            assertThat(search.search("华润", 5)).isEmpty();
            services.writer().restore(COMPANY, huarun, stored.getVersion() + 1);
            assertThat(search.search("华润", 5)).extracting(SearchHit::companyId).containsExactly(huarun);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCancelledBuildLeavesTheScanningSearch(Engine engine) {
        try (Services services = open(engine, dir)) {
            SearchService search = services.search();
            Progress cancelled = new Progress() {
                @Override public void update(long done, long total) { }
                @Override public void step(String key, Object... args) { }
                @Override public boolean isCancelled() { return true; }
            };
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.rebuild(cancelled))
                    .isInstanceOf(CancelledException.class);
            assertThat(search.state()).isEqualTo(SearchService.State.NOT_BUILT);
            assertThat(search.search("有限公司", 3)).hasSize(3);
        }
    }
}
