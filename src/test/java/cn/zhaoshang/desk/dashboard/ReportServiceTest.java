package cn.zhaoshang.desk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Main;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.testing.OfficeChecks;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
            List<String> paragraphs = OfficeChecks.paragraphs(OfficeChecks.strictDocx(file));
            assertThat(paragraphs).contains("招商工作月报", "〔2026〕第6期", "中原区招商引资工作领导小组办公室2026年6月15日",
                    "全区招商月报", "（2026年6月1日—2026年6月30日）", "一、主要指标", "五、下月工作安排（2026年7月1日—2026年7月31日）");
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                String text = new XWPFWordExtractor(doc).getText();
                assertThat(text).contains("星河研发中心", "500 万元", "督办：星河注册", "督办：海川开工", "履约率 66.7%");
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
            assertThat(briefing.upcoming()).extracting(ReportLine::subject).contains("北京星河科技有限公司").doesNotContain("未到期督办");
            Path file = dir.resolve("weekly.docx");
            s.reports().writeBriefing(briefing, s.messages(), file);
            List<String> paragraphs = OfficeChecks.paragraphs(OfficeChecks.strictDocx(file));
            assertThat(paragraphs).contains("北京驻地招商小分队招商周报", "招商工作周报", "〔2026〕第24期",
                    "2026-06-16  北京星河科技有限公司：再次拜访", "五、下周走访与待办（2026年6月15日—2026年6月21日）");
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
            OfficeChecks.strictDocx(file);
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                XWPFTable headline = doc.getTables().getFirst();
                assertThat(cell(headline, "签约项目")).isEqualTo("1");
                assertThat(cell(headline, "合同金额")).isEqualTo("500 万元");
                assertThat(cell(headline, "注册企业")).isEqualTo("0");
                assertThat(cell(headline, "资金到位")).isEqualTo("200 万元");
                assertThat(cell(headline, "走访次数")).isEqualTo("1");
                // the year's rates for Beijing: 1 of 2 registered, 1 of 2 started, 500 of 1500 in place
                assertThat(new XWPFWordExtractor(doc).getText()).contains("（2026年6月1日—2026年6月7日）", "履约率 50.0%",
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
                assertThat(rows.getFirst().getCellText(0)).isEqualTo("全区招商项目台账（截至2026年6月15日）");
                assertThat(rows.get(1).getCellText(0)).isEqualTo("序号");
                assertThat(rows.get(1).getCellText(1)).isEqualTo("项目名称");
                assertThat(rows).as("title, header, 6 projects, 合计").hasSize(9);
                assertThat(rows.subList(2, 8)).extracting(r -> r.getCellAsNumber(0).orElseThrow().intValue())
                        .containsExactly(1, 2, 3, 4, 5, 6);
                Row hq = rows.stream().filter(r -> "星河华中总部".equals(r.getCellText(1))).findFirst().orElseThrow();
                assertThat(hq.getCellAsNumber(8).orElseThrow()).isEqualByComparingTo("1000");
                assertThat(hq.getCellAsNumber(9).orElseThrow()).isEqualByComparingTo("500");
                assertThat(hq.getCellText(3)).isEqualTo("投产");
                assertThat(rows.stream().map(r -> r.getCellText(1)).collect(Collectors.toList())).doesNotContain("已删除项目");
                assertThat(rows.getLast().getCellText(1)).isEqualTo("合计（6 个项目）");
                assertThat(rows.getLast().getCell(8).getFormula()).isEqualTo("SUM(I3:I8)");
            }
            // POI (what Excel-compatible readers use): numeric cells with number formats, dates as dates, print settings
            try (InputStream in = Files.newInputStream(file);
                 XSSFWorkbook wb = new XSSFWorkbook(in)) {
                var sheet = wb.getSheetAt(0);
                var hq = StreamSupport.stream(sheet.spliterator(), false).skip(2)
                        .filter(r -> "星河华中总部".equals(r.getCell(1).getStringCellValue())).findFirst().orElseThrow();
                assertThat(hq.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(hq.getCell(8).getNumericCellValue()).isEqualTo(1000.0);
                assertThat(hq.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                assertThat(hq.getCell(9).getNumericCellValue()).as("funds 300 + 200").isEqualTo(500.0);
                assertThat(hq.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
                assertThat(DateUtil.isCellDateFormatted(hq.getCell(10))).isTrue();
                var total = sheet.getRow(8);
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                assertThat(total.getCell(9).getNumericCellValue()).as("合计 of funds").isEqualTo(
                        StreamSupport.stream(sheet.spliterator(), false).skip(2).limit(6)
                                .mapToDouble(r -> r.getCell(9) == null ? 0 : r.getCell(9).getNumericCellValue()).sum());
                OfficeChecks.printsAsList(sheet, true, 1);
                assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as("序号 and name stay in view").isEqualTo((short) 2);
            }
            assertThatThrownBy(() -> s.reports().teamByName("火星小分队")).isInstanceOf(DeskException.class);
        }
    }

    @Test
    void commandLineWritesBothFilesAndRefusesABadKind() throws Exception {
        Path data = dir.resolve("db");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(TestDatabases.asDemoAdmin(new String[] {"--data-dir", data.toString(), "demo-data", "--companies", "100"}),
                new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        Path docx = dir.resolve("周报.docx");
        assertThat(Main.run(TestDatabases.asDemoAdmin(new String[] {"--data-dir", data.toString(), "report", "weekly", "--team", "北京驻地招商小分队",
                "--out", docx.toString()}), new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("北京驻地招商小分队招商周报");
        }
        Path xlsx = dir.resolve("ledger.xlsx");
        assertThat(Main.run(TestDatabases.asDemoAdmin(new String[] {"--data-dir", data.toString(), "ledger", "--out", xlsx.toString()}),
                new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        assertThat(Files.size(xlsx)).isPositive();
        StringWriter bad = new StringWriter();
        assertThat(Main.run(TestDatabases.asDemoAdmin(new String[] {"--data-dir", data.toString(), "report", "daily", "--out", docx.toString()}),
                new PrintWriter(out, true), new PrintWriter(bad, true))).isNotZero();
        assertThat(bad.toString()).contains("weekly");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aPastMonthsBriefingCountsOverdueToItsEndAndLooksAheadToTheNextMonth(Engine engine) throws Exception {
        try (Services s = TestDatabases.open(engine, dir)) {
            new DashboardFixture(s);
            // written on 2026-06-15 for May: the two supervision items fell due in June, so at the end of May
            // nothing was overdue (the dashboard today shows both)
            var may = s.reports().briefing(ReportService.Kind.MONTHLY, LocalDate.of(2026, 5, 1), null);
            assertThat(s.dashboard().overdue(null)).extracting(OverdueItem::title).contains("督办：星河注册", "督办：海川开工");
            assertThat(may.overdue()).isEmpty();
            assertThat(may.nextFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(may.nextTo()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(may.upcoming()).extracting(ReportLine::subject).contains("未到期督办");
            var june = s.reports().briefing(ReportService.Kind.MONTHLY, LocalDate.of(2026, 6, 1), null);
            assertThat(june.overdue()).extracting(OverdueItem::daysOverdue).as("counted to today, the 15th").contains(14L, 5L);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void stageChangesAreSummarisedByStageWithTheDetailInAnAppendix(Engine engine) throws Exception {
        try (Services s = TestDatabases.open(engine, dir)) {
            DashboardFixture f = new DashboardFixture(s);
            // a busy month: two projects move several times, one of them into SIGNED twice over the month
            f.stageMove(f.p2, "NEGOTIATING", "SIGNED", LocalDate.of(2026, 6, 5));
            f.stageMove(f.p3, "SIGNED", "REGISTERED", LocalDate.of(2026, 6, 2));
            f.stageMove(f.p6, "SIGNED", "REGISTERED", LocalDate.of(2026, 6, 9));
            f.stageMove(f.p1, "STARTED", "OPERATING", LocalDate.of(2026, 6, 12));
            f.stageMove(f.p1, "REGISTERED", "STARTED", LocalDate.of(2026, 5, 30));
            var briefing = s.reports().briefing(ReportService.Kind.MONTHLY, LocalDate.of(2026, 6, 1), null);
            assertThat(briefing.stageMoves()).as("May's move is not June's").hasSize(4);
            Path file = dir.resolve("月报.docx");
            s.reports().writeBriefing(briefing, s.messages(), file);
            List<String> paragraphs = OfficeChecks.paragraphs(OfficeChecks.strictDocx(file));
            assertThat(paragraphs).contains("本期共 " + briefing.stageMoves().size() + " 项阶段变化，明细见附表。",
                    "附表1：项目阶段变化明细");
            assertThat(paragraphs).as("a short list of next steps stays in the body").noneMatch(p -> p.startsWith("附表2"));
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                XWPFTable summary = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("阶段"))
                        .findFirst().orElseThrow();
                int entered = summary.getRows().stream().skip(1).mapToInt(r -> Integer.parseInt(r.getCell(1).getText())).sum();
                assertThat(entered).isEqualTo(briefing.stageMoves().size());
                XWPFTable detail = doc.getTables().getLast();
                assertThat(detail.getRows()).hasSize(briefing.stageMoves().size() + 1);
                assertThat(detail.getRow(0).isRepeatHeader()).as("header repeated on each page").isTrue();
            }
        }
    }

    @Test
    void aFileNamedForAnotherFormatIsRefusedAndNothingIsWritten() throws Exception {
        Path data = dir.resolve("db");
        StringWriter out = new StringWriter();
        assertThat(Main.run(TestDatabases.asDemoAdmin("--data-dir", data.toString(), "demo-data", "--companies", "50"),
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))).isZero();
        StringWriter err = new StringWriter();
        Path pdf = dir.resolve("m.pdf");
        assertThat(Main.run(TestDatabases.asDemoAdmin("--data-dir", data.toString(), "report", "monthly", "--out", pdf.toString()),
                new PrintWriter(out, true), new PrintWriter(err, true))).isNotZero();
        assertThat(err.toString()).contains("m.pdf", ".docx");
        Path csv = dir.resolve("l.csv");
        assertThat(Main.run(TestDatabases.asDemoAdmin("--data-dir", data.toString(), "ledger", "--out", csv.toString()),
                new PrintWriter(out, true), new PrintWriter(err, true))).isNotZero();
        assertThat(err.toString()).contains("l.csv", ".xlsx");
        assertThat(pdf).doesNotExist();
        assertThat(csv).doesNotExist();
    }

    @Test
    void aLedgerForOthersGetsTheFoldersNormalPermissions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        try (Services s = TestDatabases.open(Engine.H2, dir)) {
            Path ledger = dir.resolve("out").resolve("台账.xlsx");
            s.reports().writeLedger(null, s.messages(), ledger);
            Path plain = Files.createFile(ledger.resolveSibling("plain.txt"));
            assertThat(Files.getPosixFilePermissions(ledger)).isEqualTo(Files.getPosixFilePermissions(plain));
            assertThat(Files.list(ledger.getParent()).map(p -> p.getFileName().toString())).as("no leftover part file")
                    .containsExactlyInAnyOrder("台账.xlsx", "plain.txt");
        }
    }

    private static String cell(XWPFTable table, String label) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(label)).findFirst().orElseThrow()
                .getCell(1).getText();
    }
}
