package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.exchange.ImportField.*;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;

import cn.zhaoshang.desk.common.db.EnumColumns;
import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Field;

/**
 * Which company column each field fills, and how a row's values meet a stored company's. What the
 * company register knows (legal representative, capital, address, status …) a newer export
 * refreshes; what the office keeps itself (pursuit status, owner team, notes, marks) and the credit
 * code an import only fills where it is empty, never overwrites (decision 0100).
 */
final class CompanyValues {
    /** How values are put on a company. */
    enum Mode {
        /** A new company (or one brought back from the trash): every value of the row. */
        ALL,
        /** A second row of the same company in one file: only what is still empty. */
        FILL,
        /** An update of a stored company: register fields overwritten, the office's own filled where empty. */
        REFRESH
    }

    /** Fields the company register knows: a refresh overwrites them. */
    static final Map<ImportField, Field<?>> REGISTRY = new LinkedHashMap<>();
    /** The credit code and the office's own fields: filled where empty, never overwritten. */
    static final Map<ImportField, Field<?>> KEPT = new LinkedHashMap<>();
    /** Capital: an amount in 万元 人民币, or in 万 of another currency with its code (never converted). */
    private static final List<Field<?>> CAPITAL = List.of(COMPANY.REGISTERED_CAPITAL, COMPANY.CAPITAL_CURRENCY,
            COMPANY.FOREIGN_CAPITAL);
    /** Every column an import writes besides the bookkeeping ones. */
    static final List<Field<?>> COLUMNS = new ArrayList<>();

    static {
        REGISTRY.put(COMPANY_NAME, COMPANY.NAME);
        REGISTRY.put(LEGAL_REP, COMPANY.LEGAL_REP);
        REGISTRY.put(PAID_IN_CAPITAL, COMPANY.PAID_IN_CAPITAL);
        REGISTRY.put(FOUNDED_ON, COMPANY.FOUNDED_ON);
        REGISTRY.put(REGISTRATION_STATUS, COMPANY.REGISTRATION_STATUS);
        REGISTRY.put(COMPANY_TYPE, COMPANY.COMPANY_TYPE);
        REGISTRY.put(INSURED_COUNT, COMPANY.INSURED_COUNT);
        REGISTRY.put(DIVISION, COMPANY.DIVISION_CODE);
        REGISTRY.put(ADDRESS, COMPANY.ADDRESS);
        REGISTRY.put(INDUSTRY, COMPANY.INDUSTRY_CODE);
        REGISTRY.put(BUSINESS_SCOPE, COMPANY.BUSINESS_SCOPE);
        REGISTRY.put(WEBSITE, COMPANY.WEBSITE);
        REGISTRY.put(LISTED, COMPANY.LISTED);
        KEPT.put(COMPANY_USCC, COMPANY.USCC);
        KEPT.put(SHORT_NAME, COMPANY.SHORT_NAME);
        KEPT.put(IN_DISTRICT, COMPANY.LOCATED_IN_DISTRICT);
        KEPT.put(SPECIALIZED, COMPANY.SPECIALIZED);
        KEPT.put(FORTUNE500, COMPANY.FORTUNE500);
        KEPT.put(SOURCE_CHANNEL, COMPANY.SOURCE_CHANNEL);
        KEPT.put(PURSUIT_STATUS, COMPANY.PURSUIT_STATUS);
        KEPT.put(OWNER_TEAM, COMPANY.OWNER_TEAM_ID);
        KEPT.put(NOTES, COMPANY.NOTES);
        COLUMNS.addAll(REGISTRY.values());
        COLUMNS.addAll(KEPT.values());
        COLUMNS.addAll(CAPITAL);
        COLUMNS.add(COMPANY.PHONES);
        COLUMNS.add(COMPANY.EMAILS);
    }

    private CompanyValues() {
    }

    /**
     * Puts the row's values into {@code values} (the company's state is {@code current}) as the mode
     * says; returns the fields whose value changed.
     */
    static Set<ImportField> apply(ParsedRow row, Map<Field<?>, Object> values, Function<Field<?>, Object> current,
                                  Mode mode) {
        Set<ImportField> changed = EnumSet.noneOf(ImportField.class);
        REGISTRY.forEach((field, column) -> {
            if (row.has(field) && put(values, current, column, row.get(field), mode != Mode.FILL)) {
                changed.add(field);
            }
        });
        KEPT.forEach((field, column) -> {
            if (row.has(field) && put(values, current, column, row.get(field), mode == Mode.ALL)) {
                changed.add(field);
            }
        });
        if (row.get(REGISTERED_CAPITAL) instanceof Money.Amount capital && capital(values, current, capital, mode)) {
            changed.add(REGISTERED_CAPITAL);
        }
        String phones = joined(row.list(COMPANY_PHONE), row.list(MORE_PHONES));
        if (phones != null && put(values, current, COMPANY.PHONES, phones, mode != Mode.FILL)) {
            changed.add(COMPANY_PHONE);
        }
        String emails = joined(row.list(COMPANY_EMAIL), row.list(MORE_EMAILS));
        if (emails != null && put(values, current, COMPANY.EMAILS, emails, mode != Mode.FILL)) {
            changed.add(COMPANY_EMAIL);
        }
        return changed;
    }

    /**
     * Sets one column unless it holds something and may not be overwritten; true when its value changes. The row's
     * value is taken as the column's type first: a status the file names meets the stored status as the same enum.
     */
    private static boolean put(Map<Field<?>, Object> values, Function<Field<?>, Object> current, Field<?> column,
                               Object read, boolean overwrite) {
        Object now = current.apply(column);
        Object value = EnumColumns.typed(column, read);
        if ((!overwrite && !isEmpty(column, now)) || UpdateBatch.same(now, value)) {
            return false;
        }
        values.put(column, value);
        return true;
    }

    /** The three capital columns move together: a foreign amount empties the RMB one and the other way round. */
    private static boolean capital(Map<Field<?>, Object> values, Function<Field<?>, Object> current, Money.Amount amount,
                                   Mode mode) {
        List<Object> stored = CAPITAL.stream().map(current).toList();
        if (mode == Mode.FILL && stored.stream().anyMatch(v -> v != null)) {
            return false;
        }
        List<Object> wanted = amount.isRmb() ? Arrays.asList(amount.wan(), null, null)
                : Arrays.asList(null, amount.currency(), amount.wan());
        boolean changed = false;
        for (int i = 0; i < CAPITAL.size(); i++) {
            if (!UpdateBatch.same(stored.get(i), wanted.get(i))) {
                values.put(CAPITAL.get(i), wanted.get(i));
                changed = true;
            }
        }
        return changed;
    }

    /** Nothing there yet: no value, an unset mark, or the status every imported company starts with. */
    private static boolean isEmpty(Field<?> column, Object value) {
        return value == null || Boolean.FALSE.equals(value)
                || (column == COMPANY.PURSUIT_STATUS && value == PursuitStatus.NEW);
    }

    /** Numbers or addresses as one column keeps them ("a; b"), as many as fit in its 300 characters. */
    private static String joined(List<String> first, List<String> more) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(more);
        StringBuilder text = new StringBuilder();
        for (String value : all) {
            if (text.length() + value.length() + 2 > COMPANY.PHONES.getDataType().length()) {
                break;
            }
            text.append(text.isEmpty() ? "" : "; ").append(value);
        }
        return text.isEmpty() ? null : text.toString();
    }
}
