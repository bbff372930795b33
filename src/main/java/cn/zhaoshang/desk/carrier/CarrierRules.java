package cn.zhaoshang.desk.carrier;

import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.common.text.TextNormalizer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a carrier valid on its own (the form checks these as the user types; the service checks
 * them again with the nesting rules before it writes).
 */
public final class CarrierRules {
    static final int NAME_MAX = 100;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,30}");

    private CarrierRules() {
    }

    /** The first problem of a carrier by itself, if any. */
    public static Optional<FieldInputException> check(Carrier c) {
        String name = TextNormalizer.clean(c.name());
        if (name == null) {
            return problem("name", "carrier.error.nameRequired");
        }
        if (name.length() > NAME_MAX) {
            return problem("name", "carrier.error.nameTooLong", NAME_MAX);
        }
        if (c.kind() == null) {
            return problem("kind", "carrier.error.kindRequired");
        }
        if (negative(c.totalArea())) {
            return problem("totalArea", "carrier.error.negativeArea");
        }
        if (negative(c.vacantArea())) {
            return problem("vacantArea", "carrier.error.negativeArea");
        }
        if (c.vacantArea() != null && c.totalArea() == null) {
            return problem("vacantArea", "carrier.error.vacantWithoutTotal");
        }
        if (c.vacantArea() != null && c.vacantArea().compareTo(c.totalArea()) > 0) {
            return problem("vacantArea", "carrier.error.vacantExceedsTotal");
        }
        String phone = TextNormalizer.clean(c.contactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            return problem("contactPhone", "carrier.error.phone");
        }
        return Optional.empty();
    }

    /** Checks of one dated occupancy entry against the carrier's total (may be null when unknown). */
    public static Optional<FieldInputException> checkOccupancy(OccupancyEntry e, BigDecimal total, LocalDate today) {
        if (e.recordedOn() == null) {
            return problem("recordedOn", "carrier.error.dateRequired");
        }
        if (e.recordedOn().isAfter(today)) {
            return problem("recordedOn", "carrier.error.dateInFuture");
        }
        if (e.occupiedArea() == null && e.vacantArea() == null) {
            return problem("occupiedArea", "carrier.error.figureRequired");
        }
        if (negative(e.occupiedArea())) {
            return problem("occupiedArea", "carrier.error.negativeArea");
        }
        if (negative(e.vacantArea())) {
            return problem("vacantArea", "carrier.error.negativeArea");
        }
        BigDecimal sum = nz(e.occupiedArea()).add(nz(e.vacantArea()));
        if (total != null && sum.compareTo(total) > 0) {
            return problem(e.vacantArea() != null ? "vacantArea" : "occupiedArea", "carrier.error.occupancyExceedsTotal",
                    total.stripTrailingZeros().toPlainString());
        }
        return Optional.empty();
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static boolean negative(BigDecimal v) {
        return v != null && v.signum() < 0;
    }

    private static Optional<FieldInputException> problem(String field, String key, Object... args) {
        return Optional.of(new FieldInputException(field, key, args));
    }
}
