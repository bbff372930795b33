package cn.zhaoshang.desk.policy.ui;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.policy.PolicyLadderTier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/** How policy figures read: amounts as {@link Money} writes them, ISO dates, conditions in words. */
final class PolicyText {
    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private PolicyText() {
    }

    static String money(Messages m, BigDecimal wan) {
        return wan == null ? "—" : Money.format(wan, m);
    }

    static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    static String rate(BigDecimal share) {
        return share == null ? "—" : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    static String period(Messages m, Policy p) {
        if (p.effectiveFrom() == null && p.effectiveTo() == null) {
            return m.get("policy.period.open");
        }
        return (p.effectiveFrom() == null ? "…" : date(p.effectiveFrom())) + " — "
                + (p.effectiveTo() == null ? m.get("policy.period.noEnd") : date(p.effectiveTo()));
    }

    static String industries(Messages m, List<String> codes, Map<String, String> names) {
        if (codes.isEmpty()) {
            return m.get("policy.condition.allIndustries");
        }
        return codes.stream().map(c -> c + " " + names.getOrDefault(c, "")).map(String::strip)
                .collect(Collectors.joining("、"));
    }

    static String tiers(Messages m, List<String> tiers) {
        if (tiers.isEmpty()) {
            return m.get("policy.condition.allTiers");
        }
        return tiers.stream().map(t -> PolicyLadderTier.of(t).map(m::label).orElse(t)).collect(Collectors.joining("、"));
    }

    static String size(Messages m, Policy p) {
        if (p.minInvestment() == null && p.maxInvestment() == null) {
            return m.get("policy.condition.anySize");
        }
        if (p.maxInvestment() == null) {
            return m.get("policy.condition.atLeast", money(m, p.minInvestment()));
        }
        if (p.minInvestment() == null) {
            return m.get("policy.condition.atMost", money(m, p.maxInvestment()));
        }
        return m.get("policy.condition.between", money(m, p.minInvestment()), money(m, p.maxInvestment()));
    }

    static StringConverter<LocalDate> dateConverter() {
        return new LocalDateStringConverter(DATE, DATE);
    }
}
