package cn.zhaoshang.desk.exchange;

import static cn.zhaoshang.desk.exchange.ExchangeFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.reference.ReferenceDataService;
import cn.zhaoshang.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The office's own ledgers: a project ledger (项目台账) with units in its headers, everyday stage words
 * and a 合计 row, and a team's visit ledger (走访台账) saved as GBK CSV; and a company list with the
 * same company twice.
 */
class LedgerImportTest {
    @TempDir
    Path dir;
    private Services services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private ImportSummary run(Path file, ImportEntity entity) {
        return services.imports().run(new ImportRequest(file, entity, null, DuplicatePolicy.SKIP, services.messages()),
                Progress.NONE);
    }

    private Record project(String name) {
        return services.database().dsl().fetchOne("select * from project where name = ?", name);
    }

    private Object id(String sql, Object... args) {
        return services.database().dsl().fetchValue(sql, args);
    }

    private void openWithCompanies(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        run(OfficeFiles.registryXlsx(dir.resolve("companies.xlsx"), 10), ImportEntity.COMPANIES);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aProjectLedgerKeepsItsUnitsWordsAndTheBoardsStageRules(Engine engine) throws Exception {
        openWithCompanies(engine);

        ImportSummary summary = run(OfficeFiles.ledgerXlsx(dir.resolve("台账.xlsx")), ImportEntity.PROJECTS);

        assertThat(summary.countsLine()).isEqualTo("imported 6, updated 0, skipped 2, rejected 2");
        Record signed = project("华润新能源总部项目");
        assertThat(signed.get("stage")).as("已签约").isEqualTo("SIGNED");
        assertThat(signed.get("planned_investment", BigDecimal.class)).as("30 under 投资额(亿元)").isEqualByComparingTo("300000");
        assertThat(signed.get("contract_amount", BigDecimal.class)).as("under 合同金额（万元）").isEqualByComparingTo("150000");
        assertThat(signed.get("signed_on", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(signed.get("company_id")).isEqualTo(id("select id from company where uscc = ?", uscc(1)));
        assertThat(signed.get("responsible_unit_id")).isEqualTo(id("select id from unit where name = '区商务局'"));
        assertThat(signed.get("industry_code")).isEqualTo("75");
        assertThat(project("智造产业园二期").get("stage")).as("在谈").isEqualTo("NEGOTIATING");
        assertThat(project("智造产业园二期").get("planned_investment", BigDecimal.class)).as("a bare 1 亿元")
                .isEqualByComparingTo("10000");
        Record building = project("数据中心");
        assertThat(building.get("stage")).as("在建").isEqualTo("STARTED");
        assertThat(building.get("planned_investment", BigDecimal.class)).isEqualByComparingTo("25000");
        assertThat(building.get("stage_entered_on", LocalDate.class)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(building.get("leader_in_charge")).isEqualTo("王副区长、李副区长");
        assertThat(project("研发中心").get("stage")).as("竣工投产").isEqualTo("OPERATING");
        assertThat(project("储备项目甲").get("stage")).as("储备").isEqualTo("LEAD");
        assertThat(project("暂停项目乙").get("stage")).as("暂停").isEqualTo("ON_HOLD");
        assertThat(project("暂停项目乙").get("drop_reason")).isEqualTo("企业资金链调整");
        assertThat(CompanyImportTest.readReport(summary.rejectedFile(), "拒绝原因")).containsExactly(
                "第 10 行：合同金额：请填写合同金额。",
                "第 11 行：注册日期：注册日期不能早于签约日期（2026-02-01）。");
        assertThat(CompanyImportTest.readRejected(summary.rejectedFile()).get(0).get("签约时间"))
                .as("dates read as dates").isEqualTo("2026-02-01");
        assertThat(((Number) id("select count(*) from project_stage_history")).intValue()).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aVisitLedgerCountsForItsTeamOrUnitAndItsRequestsBecomeTheCompanysRequests(Engine engine) throws Exception {
        openWithCompanies(engine);

        ImportSummary summary = run(OfficeFiles.visitLedgerCsv(dir.resolve("走访台账.csv")), ImportEntity.VISITS);

        assertThat(summary.countsLine()).isEqualTo("imported 5, updated 0, skipped 1, rejected 1");
        List<Record> visits = services.database().dsl().fetch("select * from interaction order by occurred_on");
        assertThat(visits).extracting(r -> r.get("kind")).containsExactly("VISIT_OUT", "MEETING", "MEETING", "ONLINE", "CALL");
        Object team = id("select id from team where name = '北京驻地招商小分队'");
        Record first = visits.get(0);
        assertThat(first.get("team_id")).isEqualTo(team);
        assertThat(first.get("our_participants")).isEqualTo("张三、李四");
        assertThat(first.get("their_participants")).isEqualTo("王总");
        assertThat(first.get("summary")).isEqualTo("介绍中原区产业政策，企业有意设立华中区域总部");
        List<Record> requests = services.database().dsl().fetch("select * from company_request order by received_on");
        assertThat(requests).extracting(r -> r.get("content")).containsExactly("希望协调办公用房约2000平方米", "用地指标");
        assertThat(requests.get(0).get("interaction_id")).as("heard at that visit").isEqualTo(first.get("id"));
        assertThat(requests.get(0).get("category")).isEqualTo("PREMISES");
        assertThat(requests.get(1).get("category")).isEqualTo("LAND");
        assertThat(requests.get(0).get("status")).isEqualTo("RECEIVED");
        assertThat(requests.get(0).get("team_id")).isEqualTo(team);
        assertThat(services.database().dsl().fetchValue("select count(*) from company_request_step")).isEqualTo(2L);
        assertThat(first.get("next_step")).isEqualTo("寄送载体资料");
        assertThat(visits.get(1).get("unit_id")).isEqualTo(id("select id from unit where name = '区商务局'"));
        assertThat(visits.get(2).get("company_id")).as("found by name").isEqualTo(
                id("select id from company where name = '中原测试4科技有限公司'"));
        assertThat(CompanyImportTest.readReport(summary.rejectedFile(), "拒绝原因")).containsExactly(
                "第 8 行：企业库中找不到所属企业“不存在的企业有限公司”");

        services.imports().undo(summary.importId(), Progress.NONE);
        assertThat(services.database().dsl().fetchValue("select count(*) from company_request where deleted_at is null"))
                .as("the requests go with the import").isEqualTo(0L);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSameCompanyTwiceInOneFileIsOneCompanyWithBothContacts(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        Path file = OfficeFiles.csv(dir.resolve("通讯录.csv"), List.of(
                List.of("统一社会信用代码", "企业名称", "法定代表人", "注册资本", "联系人", "职务", "手机", "邮箱"),
                List.of(uscc(501), "甲科技（郑州）有限公司", "张三", "", "王伟", "总经理", "13800000001", ""),
                List.of(uscc(501), "甲科技(郑州)有限公司", "张三丰", "500万", "李娜", "财务总监", "138 0000 0002",
                        "li@jia.cn;finance@jia.cn")), OfficeFiles.utf8(), true);

        ImportSummary summary = run(file, ImportEntity.COMPANIES);

        assertThat(summary.countsLine()).isEqualTo("imported 1, updated 0, skipped 0, rejected 0, merged 1");
        Record company = services.database().dsl().fetchOne("select * from company where uscc = ?", uscc(501));
        assertThat(company.get("name")).isEqualTo("甲科技（郑州）有限公司");
        assertThat(company.get("legal_rep")).as("the earlier row's value stays").isEqualTo("张三");
        assertThat(company.get("registered_capital", BigDecimal.class)).as("the later row fills").isEqualByComparingTo("500");
        assertThat(company.get("emails")).as("the second address is the company's").isEqualTo("finance@jia.cn");
        List<Record> contacts = services.database().dsl().fetch(
                "select * from contact where company_id = ? order by is_primary desc", company.get("id"));
        assertThat(contacts).extracting(r -> r.get("name")).containsExactly("王伟", "李娜");
        assertThat(contacts.get(1).get("mobile")).isEqualTo("13800000002");
        assertThat(contacts.get(1).get("email")).isEqualTo("li@jia.cn");
        assertThat(contacts.get(1).get("consent_note", String.class)).startsWith("导入自 通讯录.csv");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void whatCannotBeReadIsLeftOutVisiblyAndTheRestOfTheRowLands(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        Path file = OfficeFiles.csv(dir.resolve("名单.csv"), List.of(
                List.of("统一社会信用代码", "企业名称", "注册资本", "联系人", "职务", "手机", "邮箱", "备注"),
                List.of(uscc(601), "丁科技有限公司", "200000000000万", "吴十", "办公室主任", "待定", "wu@ding.cn", "重点跟进"),
                List.of(ExchangeFiles.badUscc(602), "戊科技有限公司", "", "", "", "", "", "=HYPERLINK(\"http://x\")")),
                OfficeFiles.utf8(), true);

        ImportSummary summary = run(file, ImportEntity.COMPANIES);

        assertThat(summary.countsLine()).isEqualTo("imported 1, updated 0, skipped 0, rejected 1, warnings 1");
        Record company = services.database().dsl().fetchOne("select * from company where uscc = ?", uscc(601));
        assertThat(company.get("registered_capital")).as("beyond the form's limit: left out, as the form refuses it").isNull();
        Record contact = services.database().dsl().fetchOne("select * from contact where company_id = ?", company.get("id"));
        assertThat(contact.get("name")).isEqualTo("吴十");
        assertThat(contact.get("title")).isEqualTo("办公室主任");
        assertThat(contact.get("email")).isEqualTo("wu@ding.cn");
        assertThat(contact.get("mobile")).isNull();
        assertThat(CompanyImportTest.readReport(summary.warningsFile(), "未导入的内容")).containsExactly(
                "第 2 行：手机：不是有效的电话号码（待定），此项未导入；注册资本：金额过大，请以万元为单位填写，此项未导入");
        assertThat(CompanyImportTest.readRejected(summary.rejectedFile()).get(0).get("备注"))
                .as("a formula-like cell is neutralised as in every export").isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anOfficesOwnWordIsKnownToTheNextImport(Engine engine) throws Exception {
        services = TestDatabases.open(engine, dir);
        Path file = OfficeFiles.csv(dir.resolve("p.csv"), List.of(List.of("项目名称", "项目阶段"), List.of("甲项目", "推进中")),
                OfficeFiles.utf8(), true);
        assertThat(run(file, ImportEntity.PROJECTS).rejected()).isEqualTo(1);

        services.referenceData().saveWord(new ReferenceDataService.Word(
                "ProjectStage", "推进中", "NEGOTIATING"));

        assertThat(run(file, ImportEntity.PROJECTS).imported()).isEqualTo(1);
        assertThat(project("甲项目").get("stage")).isEqualTo("NEGOTIATING");
    }
}
