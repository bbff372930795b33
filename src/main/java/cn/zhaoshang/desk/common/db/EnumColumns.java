package cn.zhaoshang.desk.common.db;

import org.jooq.Converter;
import org.jooq.Field;

/**
 * Columns that hold an enum's name (decision 0172) between their two forms: the enum the generated field carries
 * and the name the column stores. Rows that code builds by column rather than by record (a bulk insert, an
 * import's values) may carry either form; these put a value in the one that is needed.
 */
public final class EnumColumns {
    private EnumColumns() {
    }

    /** The value as the column stores it: an enum becomes its name; a value already stored passes unchanged. */
    public static Object stored(Field<?> column, Object value) {
        Converter<Object, Object> converter = converter(column);
        return value != null && converter.fromType() != converter.toType() && converter.toType().isInstance(value)
                ? converter.to(value) : value;
    }

    /**
     * The value as the field carries it: a name becomes the column's enum (an unknown name fails, as reading it
     * would); a value already of the field's type, or one of a column without a converter, passes unchanged.
     */
    public static Object typed(Field<?> column, Object value) {
        Converter<Object, Object> converter = converter(column);
        return value != null && converter.fromType() != converter.toType() && converter.fromType().isInstance(value)
                ? converter.from(value) : value;
    }

    /**
     * The column as the text it stores, for a feature that keeps the names of an enum another feature owns (the
     * chain map counts projects by stage name) and so neither depends on that feature nor fails on a name the enum
     * no longer has. The SQL is the column itself, without a cast, so its indexes still serve.
     */
    public static Field<String> names(Field<? extends Enum<?>> column) {
        return column.coerce(String.class);
    }

    @SuppressWarnings("unchecked")
    private static Converter<Object, Object> converter(Field<?> column) {
        return (Converter<Object, Object>) column.getConverter();
    }
}
