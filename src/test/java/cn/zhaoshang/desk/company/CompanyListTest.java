package cn.zhaoshang.desk.company;

import static cn.zhaoshang.desk.company.CompanyFixtures.company;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jooq.Field;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompanyListTest {
    @TempDir
    Path dir;
    private Services services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private CompanyService openWithDemo(Engine engine, int companies) {
        services = TestDatabases.open(engine, dir);
        services.demoData().generate(companies, 7, Progress.NONE);
        return services.companies();
    }

    private static List<CompanyRow> all(CompanyService companies, CompanyFilter filter, CompanySort sort, int pageSize) {
        List<CompanyRow> rows = new ArrayList<>();
        PageKey next = null;
        do {
            CompanyPage page = companies.page(filter, sort, next, pageSize);
            assertThat(page.rows().size()).isLessThanOrEqualTo(pageSize);
            rows.addAll(page.rows());
            next = page.next();
        } while (next != null);
        return rows;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everySortableColumnPagesThroughAllCompaniesInOrderBothWays(Engine engine) {
        CompanyService companies = openWithDemo(engine, 240);
        for (CompanyColumn column : CompanyColumn.values()) {
            if (!column.sortable()) {
                continue;
            }
            for (boolean ascending : new boolean[] {true, false}) {
                List<UUID> paged = all(companies, CompanyFilter.NONE, new CompanySort(column, ascending), 37).stream()
                        .map(CompanyRow::id).toList();
                assertThat(paged).as(column + (ascending ? " asc" : " desc")).isEqualTo(expectedOrder(column, ascending));
            }
        }
    }

    /** The order the list promises, computed here from the raw values: values first, empty last. */
    private List<UUID> expectedOrder(CompanyColumn column, boolean ascending) {
        @SuppressWarnings("unchecked")
        Field<Object> field = (Field<Object>) COMPANY.field(sortColumnName(column));
        List<Record2<Object, UUID>> rows = services.database().dsl().select(field, COMPANY.ID).from(COMPANY)
                .where(COMPANY.DELETED_AT.isNull()).fetch();
        Comparator<Record2<Object, UUID>> byId = Comparator.comparing(r -> r.value2().toString());
        Comparator<Record2<Object, UUID>> byValue = (a, b) -> compare(a.value1(), b.value1());
        Comparator<Record2<Object, UUID>> withValues = byValue.thenComparing(byId);
        List<Record2<Object, UUID>> valued = new ArrayList<>(rows.stream().filter(r -> r.value1() != null).toList());
        List<Record2<Object, UUID>> empty = new ArrayList<>(rows.stream().filter(r -> r.value1() == null).toList());
        valued.sort(ascending ? withValues : withValues.reversed());
        empty.sort(ascending ? byId : byId.reversed());
        List<UUID> order = new ArrayList<>();
        valued.forEach(r -> order.add(r.value2()));
        empty.forEach(r -> order.add(r.value2()));
        return order;
    }

    /** Text, keys and enums (by the name the column stores) compare as text; the rest by their own order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return a instanceof UUID || a instanceof String || a instanceof Enum<?> ? a.toString().compareTo(b.toString())
                : ((Comparable) a).compareTo(b);
    }

    private static String sortColumnName(CompanyColumn column) {
        return switch (column) {
            case NAME -> "name";
            case USCC -> "uscc";
            case STATUS -> "pursuit_status";
            case CHANNEL -> "source_channel";
            case DIVISION -> "division_code";
            case INDUSTRY -> "industry_code";
            case CAPITAL -> "registered_capital";
            case FOUNDED -> "founded_on";
            case OWNER_TEAM -> "owner_team_id";
            case OWNER_PERSON -> "owner_person_id";
            case SCORE -> "score";
            case UPDATED -> "updated_at";
            default -> throw new IllegalArgumentException(column.name());
        };
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void filtersCombineAndTheCountAgreesWithThePages(Engine engine) {
        CompanyService companies = openWithDemo(engine, 300);
        List<CompanyRow> everything = all(companies, CompanyFilter.NONE, CompanySort.DEFAULT, 500);
        assertThat(everything).hasSize(300);
        assertThat(companies.count(CompanyFilter.NONE)).isEqualTo(300);

        CompanyFilter filter = CompanyFilter.NONE.toBuilder()
                .statuses(Set.of(PursuitStatus.NEW, PursuitStatus.FOLLOWING))
                .capital(new BigDecimal("100"), new BigDecimal("50000"))
                .founded(LocalDate.of(2000, 1, 1), LocalDate.of(2020, 12, 31)).build();
        Predicate<CompanyRow> expected = r -> (r.status() == PursuitStatus.NEW || r.status() == PursuitStatus.FOLLOWING)
                && r.registeredCapital() != null && r.registeredCapital().compareTo(new BigDecimal("100")) >= 0
                && r.registeredCapital().compareTo(new BigDecimal("50000")) <= 0
                && r.foundedOn() != null && !r.foundedOn().isBefore(LocalDate.of(2000, 1, 1))
                && !r.foundedOn().isAfter(LocalDate.of(2020, 12, 31));
        List<UUID> wanted = everything.stream().filter(expected).map(CompanyRow::id).toList();
        assertThat(wanted).isNotEmpty().hasSizeLessThan(300);

        List<CompanyRow> filtered = all(companies, filter, new CompanySort(CompanyColumn.CAPITAL, false), 25);
        assertThat(filtered).extracting(CompanyRow::id).containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(companies.count(filter)).isEqualTo(wanted.size());

        String province = everything.get(0).divisionCode().substring(0, 2) + "0000";
        CompanyFilter byRegion = filter.toBuilder().divisionCode(province).build();
        assertThat(all(companies, byRegion, CompanySort.DEFAULT, 25)).extracting(CompanyRow::id)
                .containsExactlyInAnyOrderElementsOf(everything.stream().filter(expected)
                        .filter(r -> r.divisionCode().startsWith(province.substring(0, 2))).map(CompanyRow::id).toList());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void tagsLadderChainNodesAndIndustrySectionsFilter(Engine engine) {
        services = TestDatabases.open(engine, dir);
        CompanyService companies = services.companies();
        Choice node = companies.chainNodes().get(0);
        Company a = companies.create(company("甲新能源有限公司", 1).industryCode("38").tags(List.of("央企"))
                .ladder(List.of(new LadderFlag(LadderTier.GAZELLE, LocalDate.of(2025, 1, 1), null)))
                .chainNodeIds(List.of(node.id())).specialized(true).build());
        Company b = companies.create(company("乙研发有限公司", 2).industryCode("73").tags(List.of("外资")).build());

        assertThat(ids(companies, CompanyFilter.NONE.toBuilder().tags(Set.of("央企")).build())).containsExactly(a.id());
        assertThat(ids(companies, CompanyFilter.NONE.toBuilder().tags(Set.of("央企", "外资")).build()))
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(ids(companies, CompanyFilter.NONE.toBuilder().ladderTiers(Set.of(LadderTier.GAZELLE)).build()))
                .containsExactly(a.id());
        assertThat(ids(companies, CompanyFilter.NONE.toBuilder().chainNodeIds(Set.of(node.id())).build()))
                .containsExactly(a.id());
        assertThat(ids(companies, CompanyFilter.NONE.toBuilder().industryCodes(Set.of("C")).build())).containsExactly(a.id());
        assertThat(ids(companies, CompanyFilter.NONE.toBuilder().industryCodes(Set.of("73")).build())).containsExactly(b.id());
        assertThat(ids(companies, CompanyFilter.NONE.toBuilder().flags(Set.of(CompanyFlag.SPECIALIZED)).build()))
                .containsExactly(a.id());
        assertThat(ids(companies, CompanyFilter.NONE.toBuilder().flags(Set.of(CompanyFlag.SPECIALIZED, CompanyFlag.LISTED))
                .build())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theClaimFilterTellsThePoolFromClaimedAndMine(Engine engine) {
        services = TestDatabases.open(engine, dir);
        services.demoData().generate(5, 3, Progress.NONE);
        var lead = services.users().list().stream().filter(u -> u.personId() != null).findFirst().orElseThrow();
        services.users().signIn(lead);
        CompanyService companies = services.companies();
        UUID myTeam = companies.myTeams().get(0);
        UUID otherTeam = companies.teams().stream().map(Choice::id).filter(t -> !t.equals(myTeam)).findFirst().orElseThrow();
        services.database().dsl().deleteFrom(Tables.CLAIM).execute();
        Company mine = companies.create(company("我的企业有限公司", 1).build());
        Company theirs = companies.create(company("别人的企业有限公司", 2).build());
        Company free = companies.create(company("公海企业有限公司", 3).build());
        companies.claims().claim(mine.id(), myTeam, null, 30);
        companies.claims().claim(theirs.id(), otherTeam, null, 30);

        Set<UUID> pool = new HashSet<>(ids(companies, CompanyFilter.NONE.toBuilder().claimState(ClaimState.POOL).build()));
        assertThat(pool).contains(free.id()).doesNotContain(mine.id(), theirs.id());
        // A team lead reads the pool and the own team's claims only (AccessPolicy): another team's claim is not listed.
        assertThat(ids(companies, CompanyFilter.NONE.toBuilder().claimState(ClaimState.CLAIMED).build()))
                .containsExactly(mine.id());
        assertThat(ids(companies, CompanyFilter.NONE.toBuilder().claimState(ClaimState.MINE).build()))
                .containsExactly(mine.id());
        assertThat(companies.page(CompanyFilter.NONE.toBuilder().claimState(ClaimState.CLAIMED).build(),
                CompanySort.DEFAULT, null, 10).rows()).extracting(CompanyRow::claimHolder).allMatch(h -> h.contains("小分队"));
    }

    private static List<UUID> ids(CompanyService companies, CompanyFilter filter) {
        assertThat(companies.count(filter)).isEqualTo(all(companies, filter, CompanySort.DEFAULT, 100).size());
        return all(companies, filter, CompanySort.DEFAULT, 100).stream().map(CompanyRow::id).toList();
    }
}
