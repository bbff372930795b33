package cn.zhaoshang.desk.company;

import cn.zhaoshang.desk.common.text.Money;
import java.math.BigDecimal;

/**
 * What the company register says of a company beyond its form, as registry exports bring it in
 * (decision 0100): shown read-only beside the form and refreshed by a newer export.
 *
 * @param capital       the registered capital in another currency (never converted), or null
 * @param paidInCapital 实缴资本, 万元
 * @param phones        the company's public numbers, "a; b"
 */
public record RegistryFacts(RegistrationStatus status, String companyType, Integer insuredCount, BigDecimal paidInCapital,
                            Money.Amount capital, String phones, String emails, String businessScope) {
    public static final RegistryFacts NONE = new RegistryFacts(null, null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
