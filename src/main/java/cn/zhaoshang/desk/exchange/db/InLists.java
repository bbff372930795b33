package cn.zhaoshang.desk.exchange.db;

import java.util.Collection;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * IN conditions for the chunk look-ups, with the values inlined as (escaped) literals. H2 turns a
 * list of constants into a hash set; a list of bind values (which jOOQ wraps in casts) is checked
 * value by value for every candidate row, which made each 2,500-row chunk cost millions of
 * comparisons (measured: the look-ups took longer than the inserts).
 */
final class InLists {
    private InLists() {
    }

    static <T> Condition in(Field<T> field, Collection<T> values) {
        return field.in(values.stream().map(DSL::inline).toList());
    }
}
