package cn.zhaoshang.desk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.text.PhoneNumbers;
import cn.zhaoshang.desk.exchange.rows.CellProblem;
import cn.zhaoshang.desk.exchange.rows.Cells;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How cells and headers are read, without a database. */
class CellsAndHeadersTest {
    @Test
    void datesAreReadInTheFormsOfficesWrite() {
        LocalDate day = LocalDate.of(2021, 3, 5);
        for (String text : List.of("2021-03-05", "2021/3/5", "2021.3.5", "2021年3月5日", "20210305", "44260",
                "2021-03-05 00:00:00", Cells.clean("２０２１年３月５日"))) {
            assertThat(Cells.date(text)).as(text).isEqualTo(day);
        }
        for (String bad : List.of("2021-02-30", "yesterday", "3/5/2021", "12")) {
            assertThatThrownBy(() -> Cells.date(bad)).as(bad).isInstanceOf(CellProblem.class);
        }
    }

    @Test
    void amountsAreReadIn10kYuanAndCapitalKeepsItsCurrency() {
        assertThat(Cells.rmb("1,200.5", Money.Unit.WAN)).isEqualByComparingTo("1200.5");
        assertThat(Cells.rmb("500万元", Money.Unit.WAN)).isEqualByComparingTo("500");
        assertThat(Cells.rmb("1.2亿", Money.Unit.WAN)).isEqualByComparingTo("12000");
        assertThat(Cells.rmb("3000000元", Money.Unit.WAN)).isEqualByComparingTo("300");
        assertThat(Cells.rmb("3000000", Money.Unit.YUAN)).as("a column headed 元").isEqualByComparingTo("300");
        assertThat(Cells.rmb("1", Money.Unit.YI)).as("a column headed 亿元").isEqualByComparingTo("10000");
        assertThat(Cells.rmb(Cells.clean("５００"), Money.Unit.WAN)).isEqualByComparingTo("500");
        assertThatThrownBy(() -> Cells.rmb("-5", Money.Unit.WAN)).hasMessage("exchange.reason.negativeAmount");
        assertThatThrownBy(() -> Cells.rmb("500万美元", Money.Unit.WAN)).hasMessage("exchange.reason.currency");
        assertThat(Cells.amount("1000万美元", Money.Unit.WAN)).isEqualTo(new Money.Amount(new BigDecimal("1000"), "USD"));
    }

    @Test
    void placeholdersAreEmptyAndNamesKeepTheirFullWidthBrackets() {
        for (String empty : List.of("-", "--", "无", "暂无", "/", " ", "—")) {
            assertThat(Cells.clean(empty)).as(empty).isNull();
        }
        assertThat(Cells.clean(" 华润新能源（北京）有限公司 ")).isEqualTo("华润新能源（北京）有限公司");
        assertThat(Cells.clean("'-5")).as("our own exports' formula guard reads back").isEqualTo("-5");
    }

    @Test
    void aCodeExcelTurnedIntoANumberSaysSo() {
        assertThatThrownBy(() -> Cells.uscc("1.24101E+17")).hasMessage("exchange.reason.usccAsNumber");
        assertThatThrownBy(() -> Cells.uscc("9.14101E17")).hasMessage("exchange.reason.usccAsNumber");
    }

    @Test
    void headersInChineseAndEnglishFindTheirFields() {
        ColumnMapping m = ColumnGuesser.guess(ImportEntity.COMPANIES, List.of("序号", "*企业名称", "统一社会信用代码（必填）",
                "法人", "注册资本(万元)", "成立时间", "联系人", "联系人手机", "E-mail", "所属行业名称"));
        assertThat(m.fieldAt(0)).isNull();
        assertThat(m.fieldAt(1)).isEqualTo(ImportField.COMPANY_NAME);
        assertThat(m.fieldAt(2)).isEqualTo(ImportField.COMPANY_USCC);
        assertThat(m.fieldAt(3)).isEqualTo(ImportField.LEGAL_REP);
        assertThat(m.fieldAt(4)).isEqualTo(ImportField.REGISTERED_CAPITAL);
        assertThat(m.fieldAt(5)).isEqualTo(ImportField.FOUNDED_ON);
        assertThat(m.fieldAt(6)).isEqualTo(ImportField.CONTACT_NAME);
        assertThat(m.fieldAt(7)).isEqualTo(ImportField.CONTACT_MOBILE);
        assertThat(m.fieldAt(8)).isEqualTo(ImportField.CONTACT_EMAIL);
        assertThat(m.fieldAt(9)).isEqualTo(ImportField.INDUSTRY);
        ColumnMapping english = ColumnGuesser.guess(ImportEntity.PROJECTS, List.of("Name", "USCC", "Stage", "Signed on"));
        assertThat(english.fields().values()).containsExactly(ImportField.PROJECT_NAME, ImportField.COMPANY_USCC,
                ImportField.STAGE, ImportField.SIGNED_ON);
        assertThat(ColumnMapping.fromDefinition(ImportEntity.COMPANIES, List.of("公司 ", "代码"), m.with(0, null)
                .toDefinition()).fields()).isEmpty();
    }

    @Test
    void phonesAreReadInTheFormsPeopleWriteThem() {
        assertThat(Cells.mobile("+86 138-1234-5678")).isEqualTo("13812345678");
        assertThat(Cells.mobile("138 0013 8000")).isEqualTo("13800138000");
        assertThat(Cells.mobile("+86-138-0013-8000")).isEqualTo("13800138000");
        assertThat(Cells.mobile("13912345678（微信同号）")).isEqualTo("13912345678");
        assertThat(Cells.phone("(0371)67881234")).isEqualTo("0371-67881234");
        assertThat(Cells.phone("0371-6788 1234 转 8001")).isEqualTo("0371-67881234转8001");
        assertThat(Cells.phone("010-12345678")).isEqualTo("010-12345678");
        assertThat(PhoneNumbers.split("010-12345678;13800138000"))
                .containsExactly("010-12345678", "13800138000");
        assertThat(Cells.parts("a@x.com;b@y.com")).containsExactly("a@x.com", "b@y.com");
        assertThatThrownBy(() -> Cells.mobile("12345")).isInstanceOf(CellProblem.class);
        assertThatThrownBy(() -> Cells.phone("call me")).isInstanceOf(CellProblem.class);
    }

    @Test
    void exportsMaskAndNeutralise() {
        assertThat(Masking.phone("0371-61234567", 4)).isEqualTo("0371-****4567");
        assertThat(Masking.email("zhang.wei@corp.cn")).isEqualTo("z***@corp.cn");
        assertThat(Masking.neutralise("=1+2")).isEqualTo("'=1+2");
        assertThat(Masking.neutralise("-")).isEqualTo("'-");
        assertThat(Masking.neutralise("正常")).isEqualTo("正常");
    }

    @Test
    void aRegistryExportsHeadersFindTheirFieldsWithoutAMapping() {
        ColumnMapping m = ColumnGuesser.guess(ImportEntity.COMPANIES, List.of("序号", "企业名称", "登记状态", "法定代表人",
                "注册资本", "实缴资本", "成立日期", "统一社会信用代码", "所属省份", "所属城市", "所属区县", "电话", "更多电话",
                "邮箱", "所属行业", "企业类型", "参保人数", "企业地址", "经营范围"));
        assertThat(m.fieldAt(0)).isNull();
        assertThat(m.fields().values()).containsExactly(ImportField.COMPANY_NAME, ImportField.REGISTRATION_STATUS,
                ImportField.LEGAL_REP, ImportField.REGISTERED_CAPITAL, ImportField.PAID_IN_CAPITAL, ImportField.FOUNDED_ON,
                ImportField.COMPANY_USCC, ImportField.PROVINCE, ImportField.CITY, ImportField.COUNTY,
                ImportField.COMPANY_PHONE, ImportField.MORE_PHONES, ImportField.COMPANY_EMAIL, ImportField.INDUSTRY,
                ImportField.COMPANY_TYPE, ImportField.INSURED_COUNT, ImportField.ADDRESS, ImportField.BUSINESS_SCOPE);
        ColumnMapping ledger = ColumnGuesser.guess(ImportEntity.PROJECTS, List.of("序号", "项目名称", "投资方",
                "投资额(亿元)", "合同金额（万元）", "项目进展", "签约时间", "责任单位", "包联领导"));
        assertThat(ledger.fieldAt(3)).isEqualTo(ImportField.PLANNED_INVESTMENT);
        assertThat(ledger.unitOf(3)).isEqualTo(Money.Unit.YI);
        assertThat(ledger.unitOf(4)).isEqualTo(Money.Unit.WAN);
        assertThat(ledger.fieldAt(2)).isEqualTo(ImportField.COMPANY_NAME);
        assertThat(ledger.fieldAt(5)).isEqualTo(ImportField.STAGE);
        assertThat(ledger.fieldAt(7)).isEqualTo(ImportField.RESPONSIBLE_UNIT);
    }
}
