package cn.zhaoshang.desk.talent;

import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** What makes a talent entry and a target valid (checked by the forms while typing and by the service). */
public final class TalentRules {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{4,28}[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private TalentRules() {
    }

    public static Optional<FieldInputException> check(Talent t, LocalDate today) {
        String name = TextNormalizer.clean(t.name());
        if (name == null) {
            return problem("name", "talent.error.nameRequired");
        }
        if (name.length() > 50) {
            return problem("name", "talent.error.tooLong", 50);
        }
        if (t.unitId() == null) {
            return problem("unit", "talent.error.unitRequired");
        }
        if (length(t.field()) > 100) {
            return problem("field", "talent.error.tooLong", 100);
        }
        if (length(t.title()) > 100) {
            return problem("title", "talent.error.tooLong", 100);
        }
        if (length(t.honours()) > 1000) {
            return problem("honours", "talent.error.tooLong", 1000);
        }
        if (t.arrivedOn() != null && t.arrivedOn().isAfter(today)) {
            return problem("arrivedOn", "talent.error.arrivalInFuture");
        }
        String mobile = TextNormalizer.clean(t.mobile());
        if (mobile != null && !PHONE.matcher(mobile).matches()) {
            return problem("mobile", "talent.error.mobile");
        }
        String email = TextNormalizer.clean(t.email());
        if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 120)) {
            return problem("email", "talent.error.email");
        }
        return Optional.empty();
    }

    public static Optional<FieldInputException> checkTarget(int year, UUID unitId, Integer count) {
        if (year < 2000 || year > 2100) {
            return problem("year", "talent.error.year");
        }
        if (unitId == null) {
            return problem("unit", "talent.error.unitRequired");
        }
        if (count == null) {
            return problem("targetCount", "talent.error.countRequired");
        }
        if (count < 0 || count > 100_000) {
            return problem("targetCount", "talent.error.count");
        }
        return Optional.empty();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static Optional<FieldInputException> problem(String field, String key, Object... args) {
        return Optional.of(new FieldInputException(field, key, args));
    }
}
