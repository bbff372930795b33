package cn.zhaoshang.desk.sync.db;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.jooq.Field;

/** Column values as text and back, the same on H2 and PostgreSQL (times in UTC, decimals plain). */
final class RowText {
    private RowText() {
    }

    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
            case OffsetDateTime t -> t.withOffsetSameInstant(ZoneOffset.UTC).toString();
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            default -> value.toString();
        };
    }

    @SuppressWarnings("unchecked")
    static <T> T value(Field<T> field, String text) {
        if (text == null) {
            return null;
        }
        Class<T> type = field.getType();
        Object value;
        if (type == String.class) {
            value = text;
        } else if (type == UUID.class) {
            value = UUID.fromString(text);
        } else if (type == Integer.class) {
            value = Integer.valueOf(text);
        } else if (type == Long.class) {
            value = Long.valueOf(text);
        } else if (type == BigDecimal.class) {
            value = new BigDecimal(text);
        } else if (type == Boolean.class) {
            value = Boolean.valueOf(text);
        } else if (type == LocalDate.class) {
            value = LocalDate.parse(text);
        } else if (type == OffsetDateTime.class) {
            value = OffsetDateTime.parse(text);
        } else if (type == LocalDateTime.class) {
            value = LocalDateTime.parse(text);
        } else if (type == byte[].class) {
            value = Base64.getDecoder().decode(text);
        } else {
            value = field.getDataType().convert(text);
        }
        return (T) value;
    }
}
