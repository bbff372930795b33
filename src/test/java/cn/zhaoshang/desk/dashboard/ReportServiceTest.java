package cn.zhaoshang.desk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Main;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Briefings and the ledger are written, read back with POI / fastexcel and hold the fixture's numbers. */
class ReportServiceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void monthlyBriefingHoldsHeadlineFiguresSigningsAndOverdueItems(Engine engine) throws Exception {
        try (Services s = TestDatabases.open(engine, dir)) {
            new DashboardFixture(s);
            Path file = dir.resolve("月报.docx");
            var briefing = s.reports().briefing(ReportService.Kind.MONTHLY, LocalDate.of(2026, 6, 15), null);
            s.reports().writeBriefing(briefing, s.messages(), file);
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                String text = new XWPFWordExtractor(doc).getText();
                assertThat(text).contains("全区招商月报", "2026-06-01 至 2026-06-30", "星河研发中心", "500 万元",
                        "督办：星河注册", "督办：海川开工", "履约率 66.7%");
                XWPFTable headline = doc.getTables().getFirst();
                assertThat(cell(headline, "签约项目")).isEqualTo("1");
                assertThat(cell(headline, "合同金额")).isEqualTo("500 万元");
                assertThat(cell(headline, "资金到位")).isEqualTo("200 万元");
                assertThat(cell(headline, "走访次数")).isEqualTo("1");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void weeklyBriefingListsNextWeeksVisitsAndTasks(Engine engine) throws Exception {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            var briefing = s.reports().briefing(ReportService.Kind.WEEKLY, LocalDate.of(2026, 6, 10), f.beijing);
            assertThat(briefing.from()).isEqualTo(LocalDate.of(2026, 6, 8));
            assertThat(briefing.nextWeek()).extracting(ReportLine::subject).contains("北京星河科技有限公司").doesNotContain("未到期督办");
            Path file = dir.resolve("weekly.docx");
            s.reports().writeBriefing(briefing, s.messages(), file);
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                assertThat(new XWPFWordExtractor(doc).getText()).contains("北京驻地招商小分队招商周报", "2026-06-16  北京星河科技有限公司：再次拜访");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void weeklyBriefingOfATeamCountsOnlyThatWeekAndTeam(Engine engine) throws Exception {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            // Week Mon 2026-06-01 – Sun 06-07, Beijing: 星河研发中心 signed 06-05 (500), 200 received for
            // 华中总部 on 06-01, one visit on 06-02 (its correction on 06-03 is not a second visit);
            // Shanghai's 500 received 05-20 and visit 05-03 fall outside.
            var briefing = s.reports().briefing(ReportService.Kind.WEEKLY, LocalDate.of(2026, 6, 3), f.beijing);
            Path file = dir.resolve("北京周报.docx");
            s.reports().writeBriefing(briefing, s.messages(), file);
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                XWPFTable headline = doc.getTables().getFirst();
                assertThat(cell(headline, "签约项目")).isEqualTo("1");
                assertThat(cell(headline, "合同金额")).isEqualTo("500 万元");
                assertThat(cell(headline, "注册企业")).isEqualTo("0");
                assertThat(cell(headline, "资金到位")).isEqualTo("200 万元");
                assertThat(cell(headline, "走访次数")).isEqualTo("1");
                // the year's rates for Beijing: 1 of 2 registered, 1 of 2 started, 500 of 1500 in place
                assertThat(new XWPFWordExtractor(doc).getText()).contains("2026-06-01 至 2026-06-07", "履约率 50.0%",
                        "开工率 50.0%", "资金到位率 33.3%").doesNotContain("海川新材料基地");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ledgerHasOneRowPerLiveProjectWithAmountsAsNumbers(Engine engine) throws Exception {
        try (Services s = TestDatabases.open(engine, dir)) {
            new DashboardFixture(s);
            Path file = dir.resolve("台账.xlsx");
            assertThat(s.reports().writeLedger(null, s.messages(), file)).isEqualTo(6);
            try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
                List<Row> rows = wb.getFirstSheet().read();
                assertThat(rows.getFirst().getCellText(0)).isEqualTo("项目名称");
                assertThat(rows).hasSize(7);
                Row hq = rows.stream().filter(r -> "星河华中总部".equals(r.getCellText(0))).findFirst().orElseThrow();
                assertThat(hq.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("1000");
                assertThat(hq.getCellAsNumber(8).orElseThrow()).isEqualByComparingTo("500");
                assertThat(hq.getCellText(2)).isEqualTo("投产");
                assertThat(rows.stream().map(r -> r.getCellText(0)).collect(Collectors.toList())).doesNotContain("已删除项目");
            }
            // POI (what Excel-compatible readers use) sees the amounts as numeric cells too
            try (InputStream in = Files.newInputStream(file);
                 org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                var sheet = wb.getSheetAt(0);
                var hq = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                        .filter(r -> "星河华中总部".equals(r.getCell(0).getStringCellValue())).findFirst().orElseThrow();
                assertThat(hq.getCell(7).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(hq.getCell(7).getNumericCellValue()).isEqualTo(1000.0);
                assertThat(hq.getCell(8).getNumericCellValue()).as("funds 300 + 200").isEqualTo(500.0);
                assertThat(sheet.getLastRowNum()).isEqualTo(6);
            }
            assertThatThrownBy(() -> s.reports().teamByName("火星小分队")).isInstanceOf(DeskException.class);
        }
    }

    @Test
    void commandLineWritesBothFilesAndRefusesABadKind() throws Exception {
        Path data = dir.resolve("db");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new String[] {"--data-dir", data.toString(), "demo-data", "--companies", "100"},
                new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        Path docx = dir.resolve("周报.docx");
        assertThat(Main.run(new String[] {"--data-dir", data.toString(), "report", "weekly", "--team", "北京驻地招商小分队",
                "--out", docx.toString()}, new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("北京驻地招商小分队招商周报");
        }
        Path xlsx = dir.resolve("ledger.xlsx");
        assertThat(Main.run(new String[] {"--data-dir", data.toString(), "ledger", "--out", xlsx.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        assertThat(Files.size(xlsx)).isPositive();
        StringWriter bad = new StringWriter();
        assertThat(Main.run(new String[] {"--data-dir", data.toString(), "report", "daily", "--out", docx.toString()},
                new PrintWriter(out, true), new PrintWriter(bad, true))).isNotZero();
        assertThat(bad.toString()).contains("weekly");
    }

    private static String cell(XWPFTable table, String label) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(label)).findFirst().orElseThrow()
                .getCell(1).getText();
    }
}
