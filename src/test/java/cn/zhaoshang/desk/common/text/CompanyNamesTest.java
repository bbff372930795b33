package cn.zhaoshang.desk.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyNamesTest {
    @Test
    void placeInBracketsAndLegalFormDoNotMakeADifferentCompany() {
        String plain = CompanyNames.normalize("华润新能源有限公司");
        assertThat(CompanyNames.normalize("华润新能源（北京）有限公司")).isEqualTo(plain);
        assertThat(CompanyNames.normalize("华润新能源股份有限公司")).isEqualTo(plain);
        assertThat(CompanyNames.normalize(" 华润 新能源 有限责任公司 ")).isEqualTo(plain);
        assertThat(plain).isEqualTo("华润新能源");
    }

    @Test
    void fullWidthLatinIsFolded() {
        assertThat(CompanyNames.normalize("ＡＢＣ科技有限公司")).isEqualTo(CompanyNames.normalize("abc科技有限公司"));
    }

    @Test
    void differentStemsStayDifferent() {
        assertThat(CompanyNames.normalize("华润新能源有限公司")).isNotEqualTo(CompanyNames.normalize("华能新能源有限公司"));
    }
}
