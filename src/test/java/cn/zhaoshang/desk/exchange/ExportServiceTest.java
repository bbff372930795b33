package cn.zhaoshang.desk.exchange;

import static cn.zhaoshang.desk.exchange.ExchangeFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.CancelledException;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.testing.OfficeChecks;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Contact lists written, read back and compared; masked and not; every export logged. */
class ExportServiceTest {
    @TempDir
    Path dir;
    private Services services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private void open(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        services.imports().run(new ImportRequest(ExchangeFiles.utf8(dir.resolve("c.csv"),
                "信用代码,企业名称,所属行业,所在地区,联系人,职务,手机,电话,邮箱\n"
                        + uscc(1) + ",甲软件有限公司,65,410102,王伟,=HYPERLINK(\"x\"),13812345678,0371-61234567,zhang.wei@jia.cn\n"
                        + uscc(2) + ",乙制造有限公司,C,110105,李娜,+总经理,13900002222,,li@yi.cn\n"
                        + uscc(3) + ",丙软件有限公司,65,310101,欧阳修,@顾问,13700003333,,\n"),
                ImportEntity.COMPANIES, null, DuplicatePolicy.SKIP, services.messages()), Progress.NONE);
    }

    private ExportResult export(String name, ExportFormat format, String filter, boolean mask) {
        return services.exports().exportContacts(new ExportRequest(dir.resolve(name), format, ContactFilter.parse(filter),
                List.of(), mask, services.messages()), Progress.NONE);
    }

    static List<List<String>> readXlsx(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile()); var stream = wb.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCellText(i));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anXlsxListIsReadBackAsStoredWithFormulaLikeTextAsPlainStringsAndPrintsOnA4(Engine engine) throws Exception {
        open(engine);

        ExportResult result = export("通讯录.xlsx", ExportFormat.XLSX, "industry=65", false);

        assertThat(result.rows()).isEqualTo(2);
        List<List<String>> rows = readXlsx(result.file());
        assertThat(rows.get(0)).containsExactly("企业名称", "统一社会信用代码", "联系人", "职务", "手机", "电话", "邮箱", "微信", "主要联系人");
        assertThat(rows.get(1)).containsExactly("丙软件有限公司", uscc(3), "欧阳修", "@顾问", "13700003333", "", "", "", "是");
        assertThat(rows.get(2)).containsExactly("甲软件有限公司", uscc(1), "王伟", "=HYPERLINK(\"x\")", "13812345678",
                "0371-61234567", "zhang.wei@jia.cn", "", "是");
        try (var in = Files.newInputStream(result.file()); var poi = new XSSFWorkbook(in)) {
            var title = poi.getSheetAt(0).getRow(2).getCell(3);
            assertThat(title.getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            OfficeChecks.printsAsList(poi.getSheetAt(0), true, 0);
        }
        assertThat(dir.resolve("通讯录.xlsx.part")).doesNotExist();
        ExportRecord logged = services.exports().recentExports(10).get(0);
        assertThat(logged.kind()).isEqualTo("CONTACTS_XLSX");
        assertThat(logged.filter()).isEqualTo("industry=65");
        assertThat(logged.rows()).isEqualTo(2);
        assertThat(logged.masked()).isFalse();
        assertThat(logged.userName()).isEqualTo("system");
    }

    @Test
    void aMaskedCsvHasABomAndHidesPhonesAndMail() throws Exception {
        open(Engine.H2);

        ExportResult result = export("list.csv", ExportFormat.CSV, "division=4101|1101,name=软件|制造", true);

        byte[] bytes = Files.readAllBytes(result.file());
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).containsExactly(
                "企业名称,统一社会信用代码,联系人,职务,手机,电话,邮箱,微信,主要联系人",
                "甲软件有限公司," + uscc(1) + ",王伟,\"'=HYPERLINK(\"\"x\"\")\",138****5678,0371-****4567,z***@jia.cn,,是");
        assertThat(services.exports().recentExports(1).get(0).masked()).isTrue();
    }

    @Test
    void theProjectLibrarysViewSelectsCompaniesByTheStageOfTheirProjects() throws Exception {
        open(Engine.H2);
        services.imports().run(new ImportRequest(ExchangeFiles.utf8(dir.resolve("p.csv"),
                "项目名称,信用代码,项目阶段,签约日期,合同金额\n总部项目," + uscc(2) + ",签约,2025-05-01,500\n研发项目," + uscc(3) + ",洽谈,,\n"),
                ImportEntity.PROJECTS, null, DuplicatePolicy.SKIP, services.messages()), Progress.NONE);

        ExportResult result = export("signed.csv", ExportFormat.CSV, "项目阶段=已签约|注册", false);

        assertThat(result.rows()).isEqualTo(1);
        assertThat(Files.readString(result.file())).contains("乙制造有限公司").doesNotContain("丙软件有限公司");
        assertThat(services.exports().recentExports(1).get(0).filter()).isEqualTo("stage=SIGNED|REGISTERED");
    }

    @Test
    void aVcardHasOneCardPerContactWithTheFamilyNameSplit() throws Exception {
        open(Engine.H2);

        ExportResult result = export("cards.vcf", ExportFormat.VCF, "", false);

        String text = Files.readString(result.file());
        assertThat(text.split("BEGIN:VCARD", -1)).hasSize(4);
        assertThat(text).contains("VERSION:3.0\r\n").contains("N:欧阳;修;;;\r\n").contains("FN:王伟\r\n")
                .contains("ORG:甲软件有限公司\r\n").contains("TEL;TYPE=CELL,VOICE:13812345678\r\n")
                .contains("TITLE:=HYPERLINK(\"x\")\r\n").contains("EMAIL;TYPE=INTERNET:li@yi.cn\r\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void aCancelledExportLeavesNoFileAndNoLogEntry() throws Exception {
        open(Engine.H2);
        services.demoData().generate(2_000, 7, Progress.NONE);
        Progress cancelSoon = new Progress() {
            @Override public void update(long done, long total) { }
            @Override public void step(String key, Object... args) { }
            @Override public boolean isCancelled() { return true; }
        };

        assertThatThrownBy(() -> services.exports().exportContacts(new ExportRequest(dir.resolve("x.xlsx"),
                ExportFormat.XLSX, ContactFilter.ALL, List.of(), false, services.messages()), cancelSoon))
                .isInstanceOf(CancelledException.class);

        assertThat(dir.resolve("x.xlsx")).doesNotExist();
        assertThat(dir.resolve("x.xlsx.part")).doesNotExist();
        assertThat(services.exports().recentExports(5)).isEmpty();
    }

    @Test
    void onlyManagersReadTheExportLogAndBadFiltersAreRefused() throws Exception {
        open(Engine.H2);
        services.session().signIn(null, "li", "李", null, "RECRUITER");
        export("a.xlsx", ExportFormat.XLSX, "", false);

        assertThat(services.exports().canReadLog()).isFalse();
        assertThatThrownBy(() -> services.exports().recentExports(5))
                .satisfies(e -> assertThat(((DeskException) e).key()).isEqualTo("security.error.managersOnly"));
        assertThatThrownBy(() -> ContactFilter.parse("colour=red"))
                .satisfies(e -> assertThat(services.messages().describe(e)).contains("不认识的筛选条件：colour"));
        assertThat(ContactFilter.parse("行业=65，状态=跟进中").toText()).isEqualTo("industry=65,status=FOLLOWING");
        services.session().signIn(null, "boss", "局长", null, "MANAGER");
        assertThat(services.exports().recentExports(5)).extracting(ExportRecord::userName).containsExactly("li");
        assertThat(Map.of("masked", Masking.phone("13812345678", 3), "mail", Masking.email("z@x.cn")))
                .containsEntry("masked", "138****5678").containsEntry("mail", "z***@x.cn");
    }
}
