package cn.zhaoshang.desk.exchange;

import static cn.zhaoshang.desk.exchange.ExchangeFiles.badUscc;
import static cn.zhaoshang.desk.exchange.ExchangeFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.exchange.file.CharsetSniffer;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Company lists as offices keep them: odd encodings, delimiters, quotes, bad rows and duplicates. */
class CompanyImportTest {
    @TempDir
    Path dir;
    private Services services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private ImportSummary importFile(Path file, DuplicatePolicy policy) {
        return services.imports().run(new ImportRequest(file, ImportEntity.COMPANIES, null, policy, services.messages()),
                Progress.NONE);
    }

    private Record company(String uscc) {
        return services.database().dsl().fetchOne("select * from company where uscc = ?", uscc);
    }

    private int count(String sql, Object... args) {
        return services.database().dsl().fetchValue(sql, args) instanceof Number n ? n.intValue() : -1;
    }

    /** The reasons column of a rejected-rows or warnings file. */
    static List<String> readReport(Path file, String column) throws Exception {
        return readRejected(file).stream().map(r -> r.get(column)).toList();
    }

    static List<CSVRecord> readRejected(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xFF).as("rejected file starts with a UTF-8 BOM").isEqualTo(0xEF);
        try (Reader in = new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMessyGbkFileWithSemicolonsIsImportedAndEveryRejectedRowSaysWhy(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        services.imports().run(new ImportRequest(ExchangeFiles.utf8(dir.resolve("seed.csv"),
                "信用代码,名称\n" + uscc(900) + ",已有企业（郑州）有限公司\n"), ImportEntity.COMPANIES, null,
                DuplicatePolicy.SKIP, services.messages()), Progress.NONE);
        String content = "2024年目标企业名单;;;;;\n"
                + "统一社会信用代码;企业名称;法定代表人;注册资本（万元）;成立日期;备注\n"
                + uscc(1) + ";华润新能源（北京）有限公司;王 伟;５００万元;2021年3月5日;\"第一行\n第二行\"\n"
                + uscc(2) + ";中原智造科技有限公司;李娜;1,200.5;2019/7/1;\n"
                + badUscc(3) + ";校验位错误有限公司;赵六;100;2020-01-01;\n"
                + uscc(4) + ";日期错误有限公司;钱七;100;2020-13-45;\n"
                + uscc(5) + ";负资本有限公司;孙八;-5;2020-01-01;\n"
                + uscc(1) + ";华润新能源(北京)有限公司;王伟;600;2021-03-05;文件内重复\n"
                + uscc(900) + ";已有企业有限公司;周九;50;2018-02-02;库中已有\n"
                + ";无代码科技有限公司;吴十;300万;2015.6.1;\n"
                + " ;   ;;;;\n"
                + uscc(6) + ";;缺名称;1;2020-01-01;\n";
        Path file = ExchangeFiles.text(dir.resolve("名单.csv"), CharsetSniffer.GB18030, false, content);

        ImportSummary summary = importFile(file, DuplicatePolicy.SKIP);

        assertThat(summary.countsLine()).isEqualTo("imported 5, updated 0, skipped 1, rejected 2, merged 1, warnings 2");
        assertThat(summary.source()).contains("GB18030").contains("';'");
        Record first = company(uscc(1));
        assertThat(first.get("name", String.class)).as("the registered name as written").isEqualTo("华润新能源（北京）有限公司");
        assertThat(first.get("normalized_name", String.class)).isEqualTo("华润新能源");
        assertThat(first.get("legal_rep", String.class)).isEqualTo("王 伟");
        assertThat(first.get("registered_capital", BigDecimal.class)).isEqualByComparingTo("500");
        assertThat(first.get("founded_on", LocalDate.class)).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(first.get("notes", String.class)).as("the later row only fills what is empty").isEqualTo("第一行\n第二行");
        assertThat(first.get("import_id", UUID.class)).isEqualTo(summary.importId());
        assertThat(company(uscc(2)).get("registered_capital", BigDecimal.class)).isEqualByComparingTo("1200.5");
        assertThat(count("select count(*) from company where name = '无代码科技有限公司' and registered_capital = 300")).isEqualTo(1);
        assertThat(company(uscc(4)).get("founded_on")).as("an unreadable date costs the date, not the company").isNull();
        assertThat(company(uscc(5)).get("registered_capital")).isNull();

        List<CSVRecord> rejected = readRejected(summary.rejectedFile());
        assertThat(summary.rejectedFile()).isEqualTo(dir.resolve("名单.csv.rejected.csv"));
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).get("统一社会信用代码")).isEqualTo(badUscc(3));
        assertThat(rejected.get(0).get("拒绝原因")).isEqualTo("第 5 行：统一社会信用代码：校验位不正确（" + badUscc(3) + "）");
        assertThat(rejected.get(1).get("拒绝原因")).isEqualTo("第 12 行：缺少企业名称");
        assertThat(rejected.get(1).get("法定代表人")).isEqualTo("缺名称");
        assertThat(readReport(summary.warningsFile(), "未导入的内容")).containsExactly(
                "第 6 行：成立日期：无法识别的日期“2020-13-45”（如 2021-03-05、2021/3/5、2021年3月5日），此项未导入",
                "第 7 行：注册资本：金额不能为负（-5），此项未导入");
        assertThat(count("select imported from import_run where id = ?", summary.importId())).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void duplicatesAreSkippedUpdatedOrKeptAsAsked(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        importFile(ExchangeFiles.utf8(dir.resolve("a.csv"), "信用代码,企业名称,法定代表人,注册资本\n"
                + uscc(1) + ",甲科技有限公司,张三,100\n,乙科技有限公司,李四,200\n"), DuplicatePolicy.SKIP);
        Path again = ExchangeFiles.utf8(dir.resolve("b.csv"), "信用代码,企业名称,法定代表人,注册资本\n"
                + uscc(1) + ",甲科技有限公司,张三丰,\n,乙科技(上海)有限公司,,250\n" + uscc(2) + ",丙科技有限公司,王五,1\n");

        assertThat(importFile(again, DuplicatePolicy.SKIP).countsLine()).isEqualTo("imported 1, updated 0, skipped 2, rejected 0");
        assertThat(company(uscc(1)).get("legal_rep", String.class)).isEqualTo("张三");

        ImportSummary updated = importFile(again, DuplicatePolicy.UPDATE);
        assertThat(updated.countsLine()).isEqualTo("imported 0, updated 2, skipped 1, rejected 0");
        Record first = company(uscc(1));
        assertThat(first.get("legal_rep", String.class)).isEqualTo("张三丰");
        assertThat(first.get("registered_capital", BigDecimal.class)).as("empty cells keep stored values").isEqualByComparingTo("100");
        assertThat(first.get("version", Integer.class)).isEqualTo(1);
        assertThat(count("select count(*) from company where normalized_name = '乙科技' and registered_capital = 250")).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where import_id = ? and action = 'UPDATE'", updated.importId())).isEqualTo(2);

        ImportSummary kept = importFile(again, DuplicatePolicy.KEEP_BOTH);
        assertThat(kept.countsLine()).isEqualTo("imported 1, updated 0, skipped 0, rejected 2");
        assertThat(count("select count(*) from company where normalized_name = '乙科技'")).isEqualTo(2);
        assertThat(readRejected(kept.rejectedFile()).get(0).get("拒绝原因")).contains("已属于库中另一家企业");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anUpdateFillsTheStartingStatusAndTheSameStatusesAgainAreNoChange(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        importFile(ExchangeFiles.utf8(dir.resolve("a.csv"), "信用代码,企业名称\n" + uscc(1) + ",甲科技有限公司\n"),
                DuplicatePolicy.SKIP);
        Path statuses = ExchangeFiles.utf8(dir.resolve("b.csv"), "信用代码,企业名称,跟进状态,登记状态\n"
                + uscc(1) + ",甲科技有限公司,跟进中,active\n");

        assertThat(importFile(statuses, DuplicatePolicy.UPDATE).countsLine()).as("NEW is the status every import starts with")
                .isEqualTo("imported 0, updated 1, skipped 0, rejected 0");
        assertThat(company(uscc(1)).get("pursuit_status", String.class)).isEqualTo("FOLLOWING");
        assertThat(company(uscc(1)).get("registration_status", String.class)).isEqualTo("ACTIVE");
        assertThat(importFile(statuses, DuplicatePolicy.UPDATE).countsLine()).as("stored and read statuses meet as equal")
                .isEqualTo("imported 0, updated 0, skipped 1, rejected 0");
        assertThat(company(uscc(1)).get("version", Integer.class)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTabSeparatedUtf8FileWithBomAndContactsTagsAndCodesIsRead(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        String content = "企业统一社会信用代码\t公司名称\t所属行业\t所在地区\t跟进状态\t标签\t联系人\t联系人手机\t邮箱\t专精特新\n"
                + uscc(11) + "\t星河软件有限公司\t65\t410102\t跟进中\t链主、独角兽\t陈静\t138 1234 5678\tchen@xh.cn\t是\n"
                + uscc(12) + "\t云图数据有限公司\t软件和信息技术服务业\t中原区\tpaused\t\t\t\t\t否\n"
                + uscc(13) + "\t坏行业有限公司\t宇宙行业\t火星区\t未知\t\t\t12345\t\t也许\n";
        Path file = ExchangeFiles.text(dir.resolve("tab.txt"), StandardCharsets.UTF_8, true, content);

        ImportSummary summary = importFile(file, DuplicatePolicy.SKIP);

        assertThat(summary.countsLine()).isEqualTo("imported 3, updated 0, skipped 0, rejected 0, warnings 1");
        Record star = company(uscc(11));
        assertThat(star.get("industry_code", String.class)).isEqualTo("65");
        assertThat(star.get("division_code", String.class)).isEqualTo("410102");
        assertThat(star.get("pursuit_status", String.class)).isEqualTo("FOLLOWING");
        assertThat(star.get("specialized", Boolean.class)).isTrue();
        assertThat(count("select count(*) from company_tag where company_id = ?", star.get("id"))).isEqualTo(2);
        Record contact = services.database().dsl().fetchOne("select * from contact where company_id = ?", star.get("id"));
        assertThat(contact.get("name", String.class)).isEqualTo("陈静");
        assertThat(contact.get("mobile", String.class)).isEqualTo("13812345678");
        assertThat(contact.get("is_primary", Boolean.class)).isTrue();
        Record cloud = company(uscc(12));
        assertThat(cloud.get("industry_code", String.class)).isEqualTo("65");
        assertThat(cloud.get("division_code", String.class)).isEqualTo("410102");
        assertThat(cloud.get("pursuit_status", String.class)).isEqualTo("PAUSED");
        assertThat(summary.rejectedFile()).isNull();
        String reason = readReport(summary.warningsFile(), "未导入的内容").get(0);
        assertThat(reason).contains("所属行业：不认识的行业“宇宙行业”").contains("所在地区：不认识的行政区划“火星区”")
                .contains("跟进状态：不认识的跟进状态“未知”").contains("不是有效的电话号码（12345）")
                .contains("专精特新：应为 是 或 否（也许）");
        Record odd = company(uscc(13));
        assertThat(odd.get("industry_code")).isNull();
        assertThat(odd.get("pursuit_status")).isEqualTo("NEW");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anXlsxWithATitleRowExcelDatesAndNumbersIsImported(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        Path file = ExchangeFiles.xlsx(dir.resolve("list.xlsx"), List.of(
                List.of("二〇二四年重点企业"),
                List.of("USCC", "Company name", "Registered capital", "Founded", "Mobile", "Contact"),
                Arrays.asList(uscc(21), "Alpha 科技有限公司", 1500, LocalDate.of(2021, 3, 5), 13812345678L, "王伟"),
                Arrays.asList(uscc(22), "Beta 科技有限公司", 88.5, 44260, null, null),
                Arrays.asList(uscc(23), "Gamma 科技有限公司", "abc", "yesterday", null, null)));

        ImportSummary summary = importFile(file, DuplicatePolicy.SKIP);

        assertThat(summary.countsLine()).isEqualTo("imported 3, updated 0, skipped 0, rejected 0, warnings 1");
        assertThat(summary.source()).startsWith("Excel");
        assertThat(company(uscc(21)).get("founded_on", LocalDate.class)).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(company(uscc(22)).get("founded_on", LocalDate.class)).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(company(uscc(22)).get("registered_capital", BigDecimal.class)).isEqualByComparingTo("88.5");
        assertThat(count("select count(*) from contact where mobile = '13812345678'")).isEqualTo(1);
        assertThat(readReport(summary.warningsFile(), "未导入的内容").get(0))
                .contains("第 5 行").contains("无法识别的金额“abc”").contains("无法识别的日期“yesterday”");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCompanyInTheTrashComesBackWhenImportedAgain(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        Path file = ExchangeFiles.companies(dir.resolve("c.csv"), 3, 100);
        ImportSummary first = importFile(file, DuplicatePolicy.SKIP);
        services.imports().undo(first.importId(), Progress.NONE);
        assertThat(count("select count(*) from company where deleted_at is null")).isZero();

        ImportSummary second = importFile(file, DuplicatePolicy.SKIP);

        assertThat(second.countsLine()).isEqualTo("imported 3, updated 0, skipped 0, rejected 0");
        assertThat(count("select count(*) from company where deleted_at is null")).isEqualTo(3);
        assertThat(count("select count(*) from company")).isEqualTo(3);
    }
}
