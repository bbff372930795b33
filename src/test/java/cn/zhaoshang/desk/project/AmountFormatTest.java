package cn.zhaoshang.desk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountFormatTest {
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final Messages en = new Messages(Locale.ENGLISH);

    @Test
    void chineseShowsWanBelowOneYiAndYiFromThere() {
        assertThat(AmountFormat.format(new BigDecimal("8500"), zh)).isEqualTo("8,500 万元");
        assertThat(AmountFormat.format(new BigDecimal("9999.5"), zh)).isEqualTo("9,999.5 万元");
        assertThat(AmountFormat.format(new BigDecimal("12500"), zh)).isEqualTo("1.25 亿元");
        assertThat(AmountFormat.format(new BigDecimal("1234567"), zh)).isEqualTo("123.46 亿元");
    }

    @Test
    void englishShowsMillionsAndBillions() {
        assertThat(AmountFormat.format(new BigDecimal("8500"), en)).isEqualTo("CNY 85 M");
        assertThat(AmountFormat.format(new BigDecimal("250000"), en)).isEqualTo("CNY 2.5 bn");
    }

    @Test
    void typedAmountsMayHaveGroupingAndMalformedOnesAreRefused() {
        assertThat(AmountFormat.parse("1,200.5")).isEqualByComparingTo("1200.5");
        assertThat(AmountFormat.parse(" ")).isNull();
        assertThatThrownBy(() -> AmountFormat.parse("12万")).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.key()).isEqualTo("project.error.amountFormat"));
    }
}
