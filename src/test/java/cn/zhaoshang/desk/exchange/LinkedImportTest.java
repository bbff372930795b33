package cn.zhaoshang.desk.exchange;

import static cn.zhaoshang.desk.exchange.ExchangeFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Contacts, projects and visits find their company by credit code or exact name. */
class LinkedImportTest {
    @TempDir
    Path dir;
    private Services services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private void openWithCompanies(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        run(ExchangeFiles.utf8(dir.resolve("c.csv"), "信用代码,企业名称\n" + uscc(1) + ",甲科技有限公司\n"
                + uscc(2) + ",乙科技有限公司\n" + uscc(3) + ",同名有限公司\n" + uscc(4) + ",同名有限公司\n"),
                ImportEntity.COMPANIES, DuplicatePolicy.KEEP_BOTH);
    }

    private ImportSummary run(Path file, ImportEntity entity, DuplicatePolicy policy) {
        return services.imports().run(new ImportRequest(file, entity, null, policy, services.messages()), Progress.NONE);
    }

    private int count(String sql, Object... args) {
        return ((Number) services.database().dsl().fetchValue(sql, args)).intValue();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void contactsAreLinkedAndTheirDuplicatesHandled(Engine engine) throws Exception {
        openWithCompanies(engine);
        Path file = ExchangeFiles.utf8(dir.resolve("contacts.csv"), "所属企业,统一社会信用代码,姓名,职务,手机,邮箱,主要联系人\n"
                + ",," + "\n"
                + "甲科技有限公司,,王伟,总经理,+86 139-0000-1111,WANG@JIA.CN,是\n"
                + ",\"" + uscc(2) + "\",李娜,董事长,13900002222,,\n"
                + "甲科技有限公司,,王伟,副总,,,\n"
                + "不存在有限公司,,赵六,,,,\n"
                + "同名有限公司,,钱七,,,,\n"
                + ",,孙八,,,,\n"
                + "乙科技有限公司,,周九,,,not-an-email,\n");

        ImportSummary first = run(file, ImportEntity.CONTACTS, DuplicatePolicy.UPDATE);

        assertThat(first.countsLine()).isEqualTo("imported 3, updated 0, skipped 0, rejected 3, merged 1, warnings 1");
        Record wang = services.database().dsl().fetchOne("select * from contact where name = '王伟'");
        assertThat(wang.get("title", String.class)).as("the second row of the same contact fills only what is empty")
                .isEqualTo("总经理");
        assertThat(wang.get("mobile", String.class)).isEqualTo("13900001111");
        assertThat(wang.get("email", String.class)).isEqualTo("wang@jia.cn");
        assertThat(wang.get("is_primary", Boolean.class)).isTrue();
        List<CSVRecord> rejected = CompanyImportTest.readRejected(first.rejectedFile());
        assertThat(rejected).extracting(r -> r.get("拒绝原因")).containsExactly(
                "第 6 行：企业库中找不到所属企业“不存在有限公司”",
                "第 7 行：企业库中有多家企业名为“同名有限公司”，请改用统一社会信用代码",
                "第 8 行：缺少所属企业（信用代码或企业名称）");
        assertThat(CompanyImportTest.readReport(first.warningsFile(), "未导入的内容")).containsExactly(
                "第 9 行：邮箱：不是有效的邮箱（not-an-email），此项未导入");
        assertThat(services.database().dsl().fetchOne("select * from contact where name = '周九'").get("email")).isNull();

        ImportSummary again = run(file, ImportEntity.CONTACTS, DuplicatePolicy.SKIP);
        assertThat(again.countsLine()).isEqualTo("imported 0, updated 0, skipped 4, rejected 3, warnings 1");
        assertThat(count("select count(*) from contact")).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void projectsTakeStagesInChineseOrEnglishAndGetTheirHistory(Engine engine) throws Exception {
        openWithCompanies(engine);
        Path file = ExchangeFiles.utf8(dir.resolve("projects.csv"),
                "项目名称,企业名称,项目阶段,计划投资,合同金额,签约日期,重大项目,终止原因\n"
                        + "甲总部项目,甲科技有限公司,签约,2亿元,15000,2025-05-01,是,\n"
                        + "乙研发中心,乙科技有限公司,negotiating,5000,,,否,\n"
                        + "无企业项目,,线索,100,,,,\n"
                        + "缺签约日期,甲科技有限公司,已签约,100,,,,\n"
                        + "终止项目,甲科技有限公司,终止,100,,,,\n"
                        + "奇怪阶段,甲科技有限公司,火箭,100,,,,\n");

        ImportSummary summary = run(file, ImportEntity.PROJECTS, DuplicatePolicy.SKIP);

        assertThat(summary.countsLine()).isEqualTo("imported 3, updated 0, skipped 0, rejected 3");
        Record hq = services.database().dsl().fetchOne("select * from project where name = '甲总部项目'");
        assertThat(hq.get("stage", String.class)).isEqualTo("SIGNED");
        assertThat(hq.get("planned_investment", BigDecimal.class)).isEqualByComparingTo("20000");
        assertThat(hq.get("stage_entered_on", LocalDate.class)).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(hq.get("major", Boolean.class)).isTrue();
        assertThat(count("select count(*) from project where stage = 'NEGOTIATING' and company_id is not null")).isEqualTo(1);
        assertThat(count("select count(*) from project_stage_history")).isEqualTo(3);
        assertThat(CompanyImportTest.readRejected(summary.rejectedFile())).extracting(r -> r.get("拒绝原因")).containsExactly(
                "第 5 行：签约日期：请填写签约日期。；合同金额：请填写合同金额。",
                "第 6 行：终止/暂缓原因：请填写原因。",
                "第 7 行：项目阶段：不认识的项目阶段“火箭”");

        Path larger = ExchangeFiles.utf8(dir.resolve("larger.csv"),
                "项目名称,企业名称,项目阶段,计划投资\n乙研发中心,乙科技有限公司,negotiating,6000\n");
        assertThat(run(larger, ImportEntity.PROJECTS, DuplicatePolicy.UPDATE).countsLine())
                .isEqualTo("imported 0, updated 1, skipped 0, rejected 0");
        assertThat(count("select count(*) from project_stage_history")).as("the same stage again is no move").isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void visitsAreAppendOnlySoUpdateSkipsAndKeepAddsAgain(Engine engine) throws Exception {
        openWithCompanies(engine);
        Path file = ExchangeFiles.utf8(dir.resolve("visits.csv"), "信用代码,走访日期,走访方式,走访内容,我方人员,下一步\n"
                + uscc(1) + ",2025-03-01,外出拜访,介绍园区政策,张三,寄送资料\n"
                + uscc(2) + ",2025/3/2,电话,确认考察行程,李四,\n"
                + uscc(1) + ",2025-03-01,外出拜访,介绍园区政策,张三,寄送资料\n"
                + uscc(1) + ",,会议,没有日期,,\n");

        assertThat(run(file, ImportEntity.VISITS, DuplicatePolicy.UPDATE).countsLine())
                .isEqualTo("imported 2, updated 0, skipped 1, rejected 1");
        assertThat(count("select count(*) from interaction where kind = 'CALL'")).isEqualTo(1);
        assertThat(run(file, ImportEntity.VISITS, DuplicatePolicy.KEEP_BOTH).countsLine())
                .isEqualTo("imported 3, updated 0, skipped 0, rejected 1");
        assertThat(count("select count(*) from interaction")).isEqualTo(5);
    }
}
