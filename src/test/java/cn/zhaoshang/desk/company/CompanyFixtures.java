package cn.zhaoshang.desk.company;

import cn.zhaoshang.desk.common.text.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Valid credit codes and ready-made companies for tests. */
public final class CompanyFixtures {
    private CompanyFixtures() {
    }

    /** A valid 18-character credit code, different for each n. */
    public static String uscc(int n) {
        String first17 = "91410102" + String.format("MA%07d", n);
        return first17 + Uscc.checkChar(first17);
    }

    public static CompanyData.Builder company(String name, int n) {
        return CompanyData.named(name).uscc(uscc(n)).shortName(name.length() > 4 ? name.substring(0, 4) : name)
                .legalRep("王建国").registeredCapital(new BigDecimal("5000")).foundedOn(LocalDate.of(2012, 3, 8))
                .divisionCode("410102").industryCode("38").pursuitStatus(PursuitStatus.FOLLOWING)
                .sourceChannel(SourceChannel.RESIDENT_TEAM);
    }
}
