package cn.zhaoshang.desk.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.generated.Tables;
import cn.zhaoshang.desk.policy.ProjectRows;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CarrierServiceTest {
    @TempDir
    Path dir;
    private Services services;

    private CarrierService open(Engine engine) {
        services = TestDatabases.open(engine, dir);
        return services.carriers();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private static CarrierSummary named(List<CarrierSummary> list, String name) {
        return list.stream().filter(s -> s.carrier().name().equals(name)).findFirst().orElseThrow();
    }

    private static BigDecimal m2(long v) {
        return BigDecimal.valueOf(v);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSeededCarriersAreListedWithTheirNestingParentsFirst(Engine engine) {
        List<CarrierSummary> list = open(engine).list();

        assertThat(list).hasSize(12);
        assertThat(list.stream().filter(s -> s.depth() == 1)).hasSize(4);
        CarrierSummary incubator = named(list, "金桐数字经济孵化器");
        assertThat(incubator.parentName()).isEqualTo("金桐大厦数字科技产业园");
        int parentIndex = list.indexOf(named(list, "金桐大厦数字科技产业园"));
        assertThat(list.indexOf(incubator)).isEqualTo(parentIndex + 1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCarrierWithItsOwnFiguresKeepsThemAndOneWithoutShowsItsChildrensSums(Engine engine) {
        CarrierService carriers = open(engine);
        Carrier frame = carriers.save(new Carrier(null, 0, null, "高新创业园", CarrierKind.PARK, null, List.of(), null, null,
                null, null, null));
        carriers.save(new Carrier(null, 0, frame.id(), "一号楼", CarrierKind.BUILDING, null, List.of(), m2(10_000), m2(2_000),
                null, null, null));
        carriers.save(new Carrier(null, 0, frame.id(), "二号楼", CarrierKind.BUILDING, null, List.of(), m2(6_000), m2(500),
                null, null, null));

        List<CarrierSummary> list = carriers.list();
        CarrierAreas summed = named(list, "高新创业园").areas();
        assertThat(summed.total()).isEqualByComparingTo("16000");
        assertThat(summed.vacant()).isEqualByComparingTo("2500");
        assertThat(summed.fromChildren()).isTrue();
        CarrierAreas own = named(list, "华润新能源总部基地").areas();
        assertThat(own.total()).isEqualByComparingTo("128000");
        assertThat(own.vacant()).isEqualByComparingTo("36500");
        assertThat(own.fromChildren()).isFalse();
        assertThat(named(list, "华润新能源总部基地").childCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void vacantAreaAboveTheTotalIsRefusedBesideTheVacantField(Engine engine) {
        CarrierService carriers = open(engine);
        Carrier tower = named(carriers.list(), "巨正大厦").carrier();

        assertThatThrownBy(() -> carriers.save(withAreas(tower, m2(41_000), m2(50_000))))
                .isInstanceOfSatisfying(FieldInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("vacantArea");
                    assertThat(services.messages().describe(e)).contains("空置面积");
                });
        assertThatThrownBy(() -> carriers.save(withAreas(tower, m2(-1), null)))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("totalArea"));
        assertThat(named(carriers.list(), "巨正大厦").areas().vacant()).isEqualByComparingTo("6900");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void nestingRulesRefuseLoopsAndChildrenLargerThanTheirParent(Engine engine) {
        CarrierService carriers = open(engine);
        List<CarrierSummary> list = carriers.list();
        Carrier park = named(list, "芝麻街健康产业园").carrier();
        Carrier accelerator = named(list, "芝麻街医疗器械加速器").carrier();

        assertThatThrownBy(() -> carriers.save(withParent(park, accelerator.id())))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.key()).isEqualTo("carrier.error.parentLoop"));
        assertThatThrownBy(() -> carriers.save(withAreas(accelerator, m2(70_000), m2(100))))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.key()).isEqualTo("carrier.error.largerThanParent"));
        assertThatThrownBy(() -> carriers.save(withAreas(park, m2(5_000), m2(100))))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.key()).isEqualTo("carrier.error.smallerThanChildren"));
        assertThat(carriers.possibleParents(park.id())).extracting(s -> s.carrier().name())
                .doesNotContain("芝麻街健康产业园", "芝麻街医疗器械加速器").contains("巨正大厦");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEditIsAuditedAndAStaleEditIsRefused(Engine engine) {
        CarrierService carriers = open(engine);
        Carrier tower = named(carriers.list(), "巨正大厦").carrier();

        Carrier saved = carriers.save(withAreas(tower, m2(41_000), m2(5_000)));

        assertThat(saved.version()).isEqualTo(tower.version() + 1);
        assertThat(services.database().dsl().fetchCount(Tables.AUDIT_LOG,
                Tables.AUDIT_LOG.RECORD_ID.eq(tower.id().toString())
                        .and(Tables.AUDIT_LOG.ACTION.eq("UPDATE")))).isEqualTo(1);
        assertThatThrownBy(() -> carriers.save(withAreas(tower, m2(41_000), m2(4_000))))
                .isInstanceOf(StaleRecordException.class);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theNewestOccupancyEntrySetsTheCurrentVacancyAndOlderOnesDoNot(Engine engine) {
        CarrierService carriers = open(engine);
        UUID tower = named(carriers.list(), "巨正大厦").carrier().id();

        carriers.addOccupancy(new OccupancyEntry(null, 0, tower, LocalDate.of(2026, 3, 31), m2(35_000), m2(6_000)));
        carriers.addOccupancy(new OccupancyEntry(null, 0, tower, LocalDate.of(2025, 12, 31), null, m2(8_000)));

        CarrierDetail detail = carriers.detail(tower);
        assertThat(detail.occupancy()).extracting(OccupancyEntry::recordedOn)
                .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31));
        assertThat(detail.summary().areas().vacant()).isEqualByComparingTo("6000");
        assertThatThrownBy(() -> carriers.addOccupancy(new OccupancyEntry(null, 0, tower, LocalDate.of(2026, 4, 30),
                m2(40_000), m2(6_000))))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.key()).isEqualTo("carrier.error.occupancyExceedsTotal"));
        assertThatThrownBy(() -> carriers.addOccupancy(new OccupancyEntry(null, 0, tower, LocalDate.of(2027, 1, 1),
                m2(1), null)))
                .isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("recordedOn"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theDetailListsTheProjectsOfTheCarrierAndItsNestedCarriersByStage(Engine engine) {
        CarrierService carriers = open(engine);
        List<CarrierSummary> list = carriers.list();
        UUID park = named(list, "芝麻街健康产业园").carrier().id();
        UUID accelerator = named(list, "芝麻街医疗器械加速器").carrier().id();
        ProjectRows rows = new ProjectRows(services);
        UUID company = rows.company("郑州康达医疗科技有限公司", "35");
        rows.project("康达医疗器械生产基地", company, "35", m2(30_000), "STARTED", park);
        rows.project("康达体外诊断研发中心", company, "35", m2(8_000), "NEGOTIATING", accelerator);
        UUID secret = rows.project("康达总部", company, "35", m2(50_000), "SIGNED", park);
        rows.codeName(secret, "保密项目-007");

        CarrierDetail detail = carriers.detail(park);

        assertThat(detail.projects()).extracting(CarrierProject::name)
                .containsExactlyInAnyOrder("康达医疗器械生产基地", "康达体外诊断研发中心", "保密项目-007");
        assertThat(detail.projectsByStage()).containsExactly(Map.entry("NEGOTIATING", 1L),
                Map.entry("SIGNED", 1L), Map.entry("STARTED", 1L));
        assertThat(detail.projects().stream().filter(CarrierProject::landed)).hasSize(1);
        assertThat(detail.industryNames()).containsKey("27");
        assertThat(named(carriers.list(), "芝麻街健康产业园").projectCount()).isEqualTo(2);
        assertThatThrownBy(() -> carriers.delete(accelerator, 0)).hasMessageContaining("carrier.error.deleteHasProjects");
        assertThatThrownBy(() -> carriers.delete(park, 0)).hasMessageContaining("carrier.error.deleteHasChildren");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCarrierWithoutChildrenOrProjectsGoesToTheTrash(Engine engine) {
        CarrierService carriers = open(engine);
        Carrier tower = named(carriers.list(), "巨正大厦").carrier();

        carriers.delete(tower.id(), tower.version());

        assertThat(carriers.list()).hasSize(11).noneMatch(s -> s.carrier().name().equals("巨正大厦"));
    }

    private static Carrier withAreas(Carrier c, BigDecimal total, BigDecimal vacant) {
        return new Carrier(c.id(), c.version(), c.parentId(), c.name(), c.kind(), c.address(), c.focusIndustries(), total,
                vacant, c.operator(), c.contactName(), c.contactPhone());
    }

    private static Carrier withParent(Carrier c, UUID parent) {
        return new Carrier(c.id(), c.version(), parent, c.name(), c.kind(), c.address(), c.focusIndustries(), c.totalArea(),
                c.vacantArea(), c.operator(), c.contactName(), c.contactPhone());
    }
}
