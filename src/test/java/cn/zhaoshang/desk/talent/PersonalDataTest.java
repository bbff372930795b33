package cn.zhaoshang.desk.talent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {
    @Test
    void phonesKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskPhone("0371-6788")).isEqualTo("037****6788");
        assertThat(PersonalData.maskPhone("12345")).isEqualTo("1****");
        assertThat(PersonalData.maskPhone(null)).isNull();
    }

    @Test
    void emailsKeepTheirFirstLetterAndDomain() {
        assertThat(PersonalData.maskEmail("zhangwei@example.com")).isEqualTo("z***@example.com");
        assertThat(PersonalData.maskEmail("not-an-address")).isEqualTo("***");
    }
}
