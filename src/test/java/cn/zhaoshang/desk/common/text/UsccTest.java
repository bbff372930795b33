package cn.zhaoshang.desk.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "914403001922038216"})
    void publishedCodesAreValid(String code) {
        assertThat(Uscc.check(code)).isEmpty();
    }

    @Test
    void aChangedCharacterBreaksTheChecksum() {
        assertThat(Uscc.check("91350100M000100Y44")).contains(Uscc.Problem.CHECKSUM);
        assertThat(Uscc.check("914403001922038217")).contains(Uscc.Problem.CHECKSUM);
    }

    @Test
    void wrongLengthAndForbiddenLettersAreToldApart() {
        assertThat(Uscc.check("9135010")).contains(Uscc.Problem.LENGTH);
        assertThat(Uscc.check(null)).contains(Uscc.Problem.LENGTH);
        assertThat(Uscc.check("91350100M000100I43")).contains(Uscc.Problem.CHARACTER);
    }

    @Test
    void fullWidthAndSpacesAreNormalisedBeforeChecking() {
        String typed = " ９１３５０１００ｍ０００１００ｙ４３ ";
        assertThat(Uscc.normalize(typed)).isEqualTo("91350100M000100Y43");
        assertThat(Uscc.isValid(Uscc.normalize(typed))).isTrue();
        assertThat(Uscc.normalize("   ")).isNull();
    }
}
