package cn.zhaoshang.desk.project;

import static cn.zhaoshang.desk.project.ProjectFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.db.StaleRecordException;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.testing.OfficeChecks;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InspectionTourServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private InspectionTourService tours;

    private void open(Engine engine) {
        services = TestDatabases.open(engine, dir);
        tours = services.inspectionTours();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private UUID project(String name, String codeName) {
        return services.projects().create(new ProjectDraft(name, codeName, null, "65", List.of(), new BigDecimal("30000"), null,
                services.projects().carriers().get(0).id(), null, "张区长", null, true, null), ProjectStage.NEGOTIATING, TODAY).id();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTourHoldsProjectsInOrderAndTheyCanBeReordered(Engine engine) {
        open(engine);
        UUID a = project("甲项目", null);
        UUID b = project("乙项目", null);
        UUID c = project("丙项目", null);
        UUID tour = tours.create("六月重大项目观摩", TODAY.plusDays(10), null);
        assertThat(tours.addStops(tour, List.of(a, b, c, a))).as("a project already on the route is skipped").isEqualTo(3);
        assertThat(tours.stops(tour)).extracting(TourStop::projectName).containsExactly("甲项目", "乙项目", "丙项目");

        tours.move(tour, tours.stops(tour).get(2).id(), -1);
        assertThat(tours.stops(tour)).extracting(TourStop::projectName).containsExactly("甲项目", "丙项目", "乙项目");
        tours.move(tour, tours.stops(tour).get(0).id(), -1);
        assertThat(tours.stops(tour)).extracting(TourStop::projectName).containsExactly("甲项目", "丙项目", "乙项目");

        TourStop first = tours.stops(tour).get(0);
        tours.remove(first.id(), first.version());
        assertThat(tours.stops(tour)).extracting(TourStop::projectName).containsExactly("丙项目", "乙项目");
        assertThat(tours.tours()).singleElement().satisfies(t -> assertThat(t.stopCount()).isEqualTo(2));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void commentsAreRecordedPerStopAfterTheTour(Engine engine) {
        open(engine);
        UUID tour = tours.create("观摩", TODAY, null);
        tours.addStops(tour, List.of(project("甲项目", null)));
        TourStop stop = tours.stops(tour).get(0);
        tours.setRemarks(stop.id(), stop.version(), "加快厂房建设进度");
        assertThat(tours.stops(tour).get(0).remarks()).isEqualTo("加快厂房建设进度");
        assertThatThrownBy(() -> tours.setRemarks(stop.id(), stop.version(), "旧版本"))
                .isInstanceOf(StaleRecordException.class);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTourNeedsANameAndADate(Engine engine) {
        open(engine);
        assertThatThrownBy(() -> tours.create(" ", TODAY, null)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.key()).isEqualTo("project.tour.error.nameRequired"));
        assertThatThrownBy(() -> tours.create("观摩", null, null)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.key()).isEqualTo("project.tour.error.dateRequired"));
        assertThat(tours.tours()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theRouteSheetListsTheStopsInOrderWithCodeNamesForThoseWithoutTheRight(Engine engine) throws Exception {
        open(engine);
        UUID tour = tours.create("六月观摩", TODAY, null);
        tours.addStops(tour, List.of(project("甲项目", null), project("宁德时代基地", "保密-01")));
        TourStop second = tours.stops(tour).get(1);
        tours.setRemarks(second.id(), second.version(), "尽快开工");
        ProjectFixtures.signInAs(services, "li", "李娜", Role.RECRUITER);
        Path file = dir.resolve("route.xlsx");
        tours.exportRouteSheet(tour, file, TestDatabases.chinese());

        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("六月观摩（" + TODAY + "）观摩路线单");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("项目");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("甲项目");
            assertThat(rows.get(3).getCellText(1)).isEqualTo("保密-01");
            assertThat(rows.get(3).getCellText(5)).isEqualTo("洽谈");
            assertThat(rows.get(3).getCellAsNumber(6)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("30000"));
            assertThat(rows.get(3).getCellText(9)).isEqualTo("尽快开工");
        }
        try (InputStream in = Files.newInputStream(file);
             var workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            OfficeChecks.printsAsList(sheet, true, 1);
            assertThat(sheet.getRow(3).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("route.xlsx");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anExportToAnUnwritablePlaceFailsWithAMessageAndLeavesNothing(Engine engine) {
        open(engine);
        UUID tour = tours.create("观摩", TODAY, null);
        Path missing = dir.resolve("no-such-folder").resolve("route.xlsx");
        assertThatThrownBy(() -> tours.exportRouteSheet(tour, missing, TestDatabases.chinese()))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("project.tour.error.export"));
        assertThat(missing).doesNotExist();
    }
}
