package cn.zhaoshang.desk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.exchange.rows.CellProblem;
import cn.zhaoshang.desk.exchange.rows.Cells;
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
    void amountsAreReadIn10kYuan() {
        assertThat(Cells.amount("1,200.5", Money.Unit.WAN)).isEqualByComparingTo("1200.5");
        assertThat(Cells.amount("500万元", Money.Unit.WAN)).isEqualByComparingTo("500");
        assertThat(Cells.amount("1.2亿", Money.Unit.WAN)).isEqualByComparingTo("12000");
        assertThat(Cells.amount("3000000元", Money.Unit.WAN)).isEqualByComparingTo("300");
        assertThat(Cells.amount("3000000", Money.Unit.YUAN)).as("a column headed 元").isEqualByComparingTo("300");
        assertThat(Cells.amount(Cells.clean("５００"), Money.Unit.WAN)).isEqualByComparingTo("500");
        assertThatThrownBy(() -> Cells.amount("-5", Money.Unit.WAN)).hasMessage("exchange.reason.negativeAmount");
        assertThatThrownBy(() -> Cells.amount("500万美元", Money.Unit.WAN)).hasMessage("exchange.reason.currency");
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
    void phonesAndMailAreCheckedAndMasked() {
        assertThat(Cells.mobile("+86 138-1234-5678")).isEqualTo("13812345678");
        assertThatThrownBy(() -> Cells.mobile("12345")).isInstanceOf(CellProblem.class);
        assertThat(Masking.phone("0371-61234567", 4)).isEqualTo("0371-****4567");
        assertThat(Masking.email("zhang.wei@corp.cn")).isEqualTo("z***@corp.cn");
        assertThat(Masking.neutralise("=1+2")).isEqualTo("'=1+2");
        assertThat(Masking.neutralise("-")).isEqualTo("'-");
        assertThat(Masking.neutralise("正常")).isEqualTo("正常");
    }
}
