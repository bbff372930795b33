package cn.zhaoshang.desk.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.desk.company.LadderTier;
import cn.zhaoshang.desk.policy.PolicyLadderTier;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The company's ladder and the tiers a policy is limited to have the same constants; each must show the
 * label its own feature's bundle gives it, in both languages, and not the other's.
 */
class LadderTierLabelsTest {
    @Test
    void everyTierShowsItsOwnFeaturesLabelInBothLanguages() throws IOException {
        for (Locale locale : new Locale[] {Messages.CHINESE, Messages.ENGLISH}) {
            Messages messages = new Messages(locale);
            String suffix = locale == Messages.CHINESE ? "_zh_CN" : "_en";
            Properties company = bundle("company" + suffix);
            Properties policy = bundle("policy" + suffix);
            for (LadderTier tier : LadderTier.values()) {
                assertThat(messages.label(tier)).as(locale + " company " + tier)
                        .isEqualTo(company.getProperty(Messages.enumKey(tier)));
            }
            for (PolicyLadderTier tier : PolicyLadderTier.values()) {
                assertThat(messages.label(tier)).as(locale + " policy " + tier)
                        .isEqualTo(policy.getProperty(Messages.enumKey(tier)));
            }
        }
    }

    @Test
    void thePolicysUnicornIsTheFullTitle() {
        assertThat(new Messages(Messages.CHINESE).label(PolicyLadderTier.UNICORN)).isEqualTo("独角兽企业");
        assertThat(new Messages(Messages.CHINESE).label(LadderTier.UNICORN)).isEqualTo("独角兽");
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n", name + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
