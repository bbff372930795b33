package cn.zhaoshang.desk.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.dashboard.Period;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The map's figures, rolled up from division codes to provinces and prefectures, under the dashboard's filters. */
class MapServiceTest {
    private static final Period YEAR_2026 = Period.yearOf(LocalDate.of(2026, 1, 1));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void companiesVisitsProjectsAndSigningsAreCountedWhereTheCompaniesAre(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            new MapFixture(s);
            MapFigures f = s.map().figures(new MapFilter(YEAR_2026, null, null, null));
            assertThat(f.provinces().get("410000")).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(new RegionFigures(5, 2, 2, new BigDecimal("800")));
            assertThat(f.prefectures().get("410100").companies()).isEqualTo(3);
            assertThat(f.prefectures().get("410300")).as("洛阳: its dropped project is not counted")
                    .isEqualTo(new RegionFigures(1, 1, 0, BigDecimal.ZERO));
            assertThat(f.prefectures().get("419001").companies()).as("济源 is drawn on its own").isEqualTo(1);
            assertThat(f.prefectures().get("110000")).as("北京's districts count for the municipality; the correction is no visit")
                    .isEqualTo(new RegionFigures(2, 1, 1, BigDecimal.ZERO));
            assertThat(f.provinces().get("460000").companies()).as("三沙 counts for 海南").isEqualTo(1);
            assertThat(f.prefectures()).doesNotContainKey("460300");
            assertThat(f.unplaced().companies()).isEqualTo(1);
            assertThat(f.total().companies()).isEqualTo(9);
            assertThat(f.max(MapMeasure.COMPANIES, Region.PROVINCE)).isEqualTo(5);
            MapFigures lastYear = s.map().figures(new MapFilter(Period.yearOf(LocalDate.of(2025, 1, 1)), null, null, null));
            assertThat(lastYear.provinces().get("110000").signedAmount()).isEqualByComparingTo("500");
            assertThat(lastYear.provinces().get("410000").visits()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void teamChainAndStageNarrowTheFigures(Engine engine) {
        try (Services s = TestDatabases.open(engine, dir)) {
            MapFixture fx = new MapFixture(s);
            MapFilter all = new MapFilter(YEAR_2026, null, null, null);
            MapFigures team = s.map().figures(all.withTeam(fx.beijing));
            assertThat(team.provinces().keySet()).containsExactly("410000");
            assertThat(team.provinces().get("410000").companies()).isEqualTo(2);
            assertThat(team.provinces().get("410000").projects()).isEqualTo(2);
            MapFigures chain = s.map().figures(all.withChain(fx.chain));
            assertThat(chain.prefectures().keySet()).containsExactly("410300");
            MapFigures negotiating = s.map().figures(all.withStage("NEGOTIATING"));
            assertThat(negotiating.provinces().get("410000").projects()).isEqualTo(1);
            assertThat(negotiating.provinces().get("410000").signedAmount()).as("signings ignore the stage")
                    .isEqualByComparingTo("800");
        }
    }

    @Test
    void theListBehindARegionHoldsItsCompaniesOrProjects() {
        try (Services s = TestDatabases.open(Engine.H2, dir)) {
            new MapFixture(s);
            RegionAtlas atlas = s.map().atlas();
            MapFilter all = new MapFilter(YEAR_2026, null, null, null);
            assertThat(s.map().entries(atlas.region(Region.PREFECTURE, "410100"), MapMeasure.COMPANIES, all))
                    .extracting(RegionEntry::name).containsExactly("郑州丙商贸有限公司", "郑州乙科技有限公司", "郑州甲科技有限公司");
            assertThat(s.map().entries(atlas.region(Region.PROVINCE, "410000"), MapMeasure.COMPANIES, all)).hasSize(5);
            assertThat(s.map().entries(atlas.region(Region.PROVINCE, "410000"), MapMeasure.SIGNED_AMOUNT, all))
                    .extracting(RegionEntry::name).containsExactly("郑州总部项目");
            assertThat(s.map().entries(atlas.region(Region.PREFECTURE, "110000"), MapMeasure.PROJECTS, all))
                    .extracting(RegionEntry::place).containsExactly("北京己信息技术有限公司");
        }
    }

    @Test
    void theAtlasDrawsEveryProvinceAndPrefectureOfTheDivisionListAndPlacesTheTeams() {
        try (Services s = TestDatabases.open(Engine.H2, dir)) {
            RegionAtlas atlas = s.map().atlas();
            assertThat(atlas.provinces()).hasSize(34);
            assertThat(atlas.prefecturesOf("410000")).extracting(Region::name).contains("郑州市", "济源市").hasSize(18);
            assertThat(atlas.regionOf("410102", Region.PREFECTURE)).isEqualTo("410100");
            assertThat(atlas.regionOf("650402", Region.PREFECTURE)).as("吐鲁番 under its current code").isEqualTo("650400");
            assertThat(atlas.regionOf("370116", Region.PREFECTURE)).as("莱芜 is part of 济南").isEqualTo("370100");
            assertThat(atlas.insets()).hasSize(1);
            assertThat(s.map().stations()).extracting(Station::regionCode)
                    .containsExactlyInAnyOrder("110000", "310000", "440100", "440300");
        }
    }
}
