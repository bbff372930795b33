package cn.zhaoshang.desk.exchange;

import static cn.zhaoshang.desk.exchange.ExchangeFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A company list exported from a registry service (企查查 and the like), imported as a new user would:
 * without a mapping, as .xlsx and as the CSV that Excel and WPS write, and again later to refresh it.
 */
class RegistryExportImportTest {
    private static final int ROWS = 60;

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

    private Record company(int n) {
        return services.database().dsl().fetchOne("select * from company where name = ?",
                n == 1 ? "华润新能源（北京）有限公司" : "中原测试" + n + "科技有限公司");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anExportComesInWithoutAMappingAndEveryReadableValueLands(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);

        ImportSummary summary = importFile(OfficeFiles.registryXlsx(dir.resolve("企查查导出.xlsx"), ROWS), DuplicatePolicy.SKIP);

        // Of the first 60 rows only row 52 (a wrong check digit) cannot come in.
        assertThat(summary.imported()).isEqualTo(OfficeFiles.importableRegistryRows(ROWS)).isEqualTo(ROWS - 1);
        assertThat(summary.skipped()).as("合计 and 注 rows").isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(1);
        Record first = company(1);
        assertThat(first.get("uscc")).isEqualTo(uscc(1));
        assertThat(first.get("registration_status")).isEqualTo("ACTIVE");
        assertThat(first.get("legal_rep")).isEqualTo("法人1");
        assertThat(first.get("registered_capital", BigDecimal.class)).as("100万元人民币").isEqualByComparingTo("100");
        assertThat(first.get("founded_on", LocalDate.class)).isEqualTo(LocalDate.of(2011, 2, 2));
        assertThat(first.get("company_type")).isEqualTo("股份有限公司（非上市、自然人投资或控股）");
        assertThat(first.get("industry_code")).as("科技推广和应用服务业").isEqualTo("75");
        assertThat(first.get("phones")).isEqualTo("13812345678");
        assertThat(company(2).get("phones")).as("(0371)67881234").isEqualTo("0371-67881234");
        assertThat(first.get("business_scope", String.class)).startsWith("一般项目：技术服务");
        assertThat(first.get("address")).isEqualTo("河南省郑州市中原区建设路1号");
        assertThat(company(2).get("registered_capital", BigDecimal.class)).as("1.2亿元人民币").isEqualByComparingTo("12000");
        assertThat(company(3).get("registered_capital", BigDecimal.class)).as("500万(元)").isEqualByComparingTo("500");
        assertThat(company(3).get("paid_in_capital", BigDecimal.class)).as("100万人民币").isEqualByComparingTo("100");
        Record dollars = company(4);
        assertThat(dollars.get("registered_capital")).as("never converted").isNull();
        assertThat(dollars.get("capital_currency")).isEqualTo("USD");
        assertThat(dollars.get("foreign_capital", BigDecimal.class)).isEqualByComparingTo("1000");
        assertThat(company(5).get("capital_currency")).isEqualTo("HKD");
        assertThat(company(6).get("registered_capital")).as("-").isNull();
        assertThat(company(6).get("capital_currency")).isNull();
        assertThat(company(8).get("registered_capital", BigDecimal.class)).as("5000万人民币").isEqualByComparingTo("5000");
        assertThat(company(3).get("registration_status")).as("注销").isEqualTo("CANCELLED");
        assertThat(company(4).get("registration_status")).as("吊销，未注销").isEqualTo("REVOKED");
        assertThat(company(5).get("registration_status")).as("迁出").isEqualTo("MOVED_OUT");
        assertThat(company(2).get("pursuit_status")).as("登记状态 is not the pursuit status").isEqualTo("NEW");
        // Places: 朝阳区 of 北京 and of 长春 are told apart by their city; 南山区 by 深圳.
        assertThat(company(1).get("division_code")).isEqualTo("110105");
        assertThat(company(2).get("division_code")).isEqualTo("220104");
        assertThat(company(3).get("division_code")).isEqualTo("440305");
        assertThat(company(6).get("division_code")).isEqualTo("410102");
        // Several numbers and addresses in a cell: all kept, the first first.
        assertThat(company(4).get("phones")).isEqualTo("13800138000; 010-12345678");
        assertThat(company(20).get("emails")).isEqualTo("a20@x.com; b20@y.com");
        assertThat(company(7).get("phones")).as("13912345678（微信同号）").isEqualTo("13912345678");
        assertThat(company(6).get("phones")).as("0371-6788 1234 转 8001").isEqualTo("0371-67881234转8001");
        assertThat(company(5).get("phones")).as("-").isNull();
        assertThat(company(7).get("insured_count")).as("-").isNull();
        assertThat(company(8).get("insured_count")).isEqualTo(8);
        // What could not be read is left out, visibly, and costs nothing else.
        Record noPhone = company(OfficeFiles.UNREADABLE_PHONE);
        assertThat(noPhone.get("phones")).isNull();
        assertThat(noPhone.get("legal_rep")).isEqualTo("法人33");
        assertThat(company(OfficeFiles.UNKNOWN_INDUSTRY).get("industry_code")).isNull();
        List<String> warnings = CompanyImportTest.readReport(summary.warningsFile(), "未导入的内容");
        assertThat(warnings).contains(
                "第 36 行：企业电话：不是有效的电话号码（待补充），此项未导入",
                "第 47 行：所属行业：不认识的行业“宇宙开发”（请填写国民经济行业代码或名称），此项未导入");
        assertThat(summary.warned()).isEqualTo(warnings.size());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theCsvExcelAndWpsWriteReadsLikeTheWorkbook(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        Path gbk = OfficeFiles.registryCsv(dir.resolve("gbk.csv"), 80, OfficeFiles.gbk(), false);

        ImportSummary summary = importFile(gbk, DuplicatePolicy.SKIP);

        assertThat(summary.source()).contains("GB18030");
        assertThat(summary.imported()).isEqualTo(OfficeFiles.importableRegistryRows(80));
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(CompanyImportTest.readReport(summary.rejectedFile(), "拒绝原因")).containsExactly(
                "第 55 行：统一社会信用代码：校验位不正确（" + ExchangeFiles.badUscc(52) + "）",
                "第 80 行：统一社会信用代码：Excel 把代码变成了数字（1.24101E+17），原来的 18 位已无法还原："
                        + "请把这一列设为“文本”格式后重新导出");
        assertThat(company(1).get("name")).isEqualTo("华润新能源（北京）有限公司");
        assertThat(company(2).get("division_code")).isEqualTo("220104");
        assertThat(company(2).get("founded_on", LocalDate.class)).isEqualTo(LocalDate.of(2012, 3, 3));

        Path utf8 = OfficeFiles.registryCsv(dir.resolve("utf8.csv"), 80, OfficeFiles.utf8(), true);
        ImportSummary again = importFile(utf8, DuplicatePolicy.SKIP);
        assertThat(again.source()).contains("UTF-8");
        assertThat(again.countsLine()).as("the same companies: all found again")
                .startsWith("imported 0, updated 0, skipped " + (OfficeFiles.importableRegistryRows(80) + 2));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aNewerExportRefreshesWhatTheRegisterKnowsAndLeavesTheOfficesOwnFieldsAlone(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        importFile(OfficeFiles.registryXlsx(dir.resolve("may.xlsx"), 10), DuplicatePolicy.SKIP);
        Company first = services.companies().findByUscc(uscc(2)).orElseThrow();
        var team = services.companies().teams().get(0).id();
        services.companies().update(first.id(), first.version(), first.data().toBuilder()
                .pursuitStatus(PursuitStatus.FOLLOWING).ownerTeamId(team).notes("正在谈华中总部").build());
        Path june = OfficeFiles.csv(dir.resolve("june.csv"), List.of(
                List.of("企业名称", "统一社会信用代码", "登记状态", "法定代表人", "注册资本", "企业地址", "备注"),
                List.of("中原测试2科技有限公司", uscc(2), "注销", "新法人", "2亿元人民币", "郑州市中原区中原路1号", "注册地已迁出"),
                List.of("中原测试3科技有限公司", uscc(3), "注销", "法人3", "500万(元)", "河南省郑州市中原区建设路3号", "")),
                OfficeFiles.utf8(), true);

        ImportSummary refresh = importFile(june, DuplicatePolicy.UPDATE);

        assertThat(refresh.countsLine()).isEqualTo("imported 0, updated 1, skipped 1, rejected 0");
        Company after = services.companies().get(first.id());
        assertThat(after.data().legalRep()).isEqualTo("新法人");
        assertThat(after.data().registeredCapital()).isEqualByComparingTo("20000");
        assertThat(after.data().address()).isEqualTo("郑州市中原区中原路1号");
        assertThat(company(2).get("registration_status")).isEqualTo("CANCELLED");
        assertThat(after.data().pursuitStatus()).isEqualTo(PursuitStatus.FOLLOWING);
        assertThat(after.data().ownerTeamId()).isEqualTo(team);
        assertThat(after.data().notes()).isEqualTo("正在谈华中总部");
        assertThat(refresh.changes()).isEqualTo(Map.of(ImportField.REGISTRATION_STATUS, 1L, ImportField.LEGAL_REP, 1L,
                ImportField.REGISTERED_CAPITAL, 1L, ImportField.ADDRESS, 1L));
    }
}
