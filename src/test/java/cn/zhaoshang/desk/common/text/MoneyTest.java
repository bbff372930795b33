package cn.zhaoshang.desk.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money.Amount;
import cn.zhaoshang.desk.common.text.Money.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One reading and one writing of money and areas for forms, imports and reports. */
class MoneyTest {
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final Messages en = new Messages(Locale.ENGLISH);

    @Test
    void chineseShowsWanBelowOneYiAndYiFromThere() {
        assertThat(Money.format(new BigDecimal("8500"), zh)).isEqualTo("8,500 万元");
        assertThat(Money.format(new BigDecimal("9999.5"), zh)).isEqualTo("9,999.5 万元");
        assertThat(Money.format(new BigDecimal("12500"), zh)).isEqualTo("1.25 亿元");
        assertThat(Money.format(new BigDecimal("1234567"), zh)).isEqualTo("123.46 亿元");
        assertThat(Money.format((BigDecimal) null, zh)).isEmpty();
    }

    @Test
    void englishShowsMillionsAndBillions() {
        assertThat(Money.format(new BigDecimal("8500"), en)).isEqualTo("CNY 85 M");
        assertThat(Money.format(new BigDecimal("250000"), en)).isEqualTo("CNY 2.5 bn");
    }

    @Test
    void registryCapitalIsReadInEveryFormTheServicesWrite() {
        assertThat(read("5000万人民币")).isEqualTo(rmb("5000"));
        assertThat(read("100万元人民币")).isEqualTo(rmb("100"));
        assertThat(read("1.2亿元人民币")).isEqualTo(rmb("12000.0"));
        assertThat(read("500万(元)")).isEqualTo(rmb("500"));
        assertThat(read("５００万元")).isEqualTo(rmb("500"));
        assertThat(read("3,000,000元")).isEqualTo(rmb("300.0000"));
        assertThat(read("¥300万")).isEqualTo(rmb("300"));
        assertThat(read("1000万美元")).isEqualTo(new Amount(new BigDecimal("1000"), "USD"));
        assertThat(read("300万港元")).isEqualTo(new Amount(new BigDecimal("300"), "HKD"));
        assertThat(read("USD 2,000,000")).isEqualTo(new Amount(new BigDecimal("200.0000"), "USD"));
        assertThat(read("-")).isNull();
        assertThat(read("暂无")).isNull();
        assertThatThrownBy(() -> read("约五百万")).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.key()).isEqualTo("common.error.amountFormat"));
    }

    @Test
    void aBareNumberCountsInItsColumnsUnit() {
        assertThat(Money.read("1", Unit.YI)).isEqualTo(rmb("10000"));
        assertThat(Money.read("30亿元", Unit.YI)).isEqualTo(rmb("300000"));
        assertThat(Money.read("5000000", Unit.YUAN)).isEqualTo(rmb("500.0000"));
        assertThat(Money.read("500万", Unit.YUAN)).as("a written unit wins over the column's").isEqualTo(rmb("500"));
        assertThat(Money.unitOfHeader("投资额(亿元)")).isEqualTo(Unit.YI);
        assertThat(Money.unitOfHeader("合同金额（亿元）")).isEqualTo(Unit.YI);
        assertThat(Money.unitOfHeader("注册资本(元)")).isEqualTo(Unit.YUAN);
        assertThat(Money.unitOfHeader("计划投资【万元】")).isEqualTo(Unit.WAN);
        assertThat(Money.unitOfHeader("注册资本（单位：元人民币）")).isEqualTo(Unit.YUAN);
        assertThat(Money.unitOfHeader("注册资本")).isNull();
    }

    @Test
    void formsTakeTheSameWordsAndRefuseOtherCurrencies() {
        assertThat(Money.parse("1,200.5")).isEqualByComparingTo("1200.5");
        assertThat(Money.parse("12万")).isEqualByComparingTo("12");
        assertThat(Money.parse("1.2亿")).isEqualByComparingTo("12000");
        assertThat(Money.parse(" ")).isNull();
        assertThatThrownBy(() -> Money.parse("12 apples")).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.key()).isEqualTo("common.error.amountFormat"));
        assertThatThrownBy(() -> Money.parse("100万美元")).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.key()).isEqualTo("common.error.amountCurrency"));
    }

    @Test
    void foreignAmountsAreShownInTheirCurrency() {
        assertThat(Money.format(new Amount(new BigDecimal("1000"), "USD"), zh)).isEqualTo("1,000 万美元");
        assertThat(Money.format(new Amount(new BigDecimal("1000"), "USD"), en)).isEqualTo("USD 10 M");
    }

    @Test
    void areasReadSquareMetresAndTenThousands() {
        assertThat(Area.parse("12,000")).isEqualByComparingTo("12000");
        assertThat(Area.parse("12000m²")).isEqualByComparingTo("12000");
        assertThat(Area.parse("1.2万平方米")).isEqualByComparingTo("12000");
        assertThat(Area.parse("８００ ㎡")).isEqualByComparingTo("800");
        assertThat(Area.format(new BigDecimal("12000"), zh)).isEqualTo("12,000 m²");
        assertThatThrownBy(() -> Area.parse("很大")).isInstanceOf(DeskException.class);
    }

    private static Amount read(String text) {
        return Money.read(text, Unit.WAN);
    }

    private static Amount rmb(String wan) {
        return new Amount(new BigDecimal(wan), Money.RMB);
    }
}
