package cn.zhaoshang.desk.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTextTest {
    @Test
    void fullPinyinAndInitialsOfACompanyName() {
        assertThat(PinyinText.full("华润新能源")).isEqualTo("huarunxinnengyuan");
        assertThat(PinyinText.initials("华润新能源")).isEqualTo("hrxny");
    }

    @Test
    void polyphonesAreReadInContext() {
        assertThat(PinyinText.initials("重庆")).isEqualTo("cq");
        assertThat(PinyinText.initials("长沙")).isEqualTo("cs");
        assertThat(PinyinText.initials("银行")).isEqualTo("yh");
    }

    @Test
    void latinAndDigitsPassThrough() {
        assertThat(PinyinText.initials("3M中国")).isEqualTo("3mzg");
        assertThat(PinyinText.full("")).isEmpty();
    }
}
