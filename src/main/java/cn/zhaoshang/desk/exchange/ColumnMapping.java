package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.text.Money;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Which column of a file feeds which field. Kept by column position for reading and by header text
 * for saving, so a saved mapping applies to next month's file with the same headers in another order.
 *
 * @param entity  what the rows are
 * @param headers the file's header row, as written there
 * @param fields  column index → field; unmapped columns are absent
 */
public record ColumnMapping(ImportEntity entity, List<String> headers, Map<Integer, ImportField> fields) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ColumnMapping {
        headers = List.copyOf(headers);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The field a column feeds, or null. */
    public ImportField fieldAt(int column) {
        return fields.get(column);
    }

    /** What a bare number in a money column counts in: the unit its header names (投资额(亿元) → 亿元), else 万元. */
    public Money.Unit unitOf(int column) {
        Money.Unit unit = column < headers.size() ? Money.unitOfHeader(headers.get(column)) : null;
        return unit == null ? Money.Unit.WAN : unit;
    }

    public OptionalInt columnOf(ImportField field) {
        for (Map.Entry<Integer, ImportField> e : fields.entrySet()) {
            if (e.getValue() == field) {
                return OptionalInt.of(e.getKey());
            }
        }
        return OptionalInt.empty();
    }

    public boolean maps(ImportField field) {
        return fields.containsValue(field);
    }

    /** The same mapping with one column changed; a field moves to that column if another had it. */
    public ColumnMapping with(int column, ImportField field) {
        Map<Integer, ImportField> copy = new LinkedHashMap<>(fields);
        if (field == null) {
            copy.remove(column);
        } else {
            copy.values().removeIf(f -> f == field);
            copy.put(column, field);
        }
        return new ColumnMapping(entity, headers, copy);
    }

    /** Required fields without a column (a company link counts when the entity needs one). */
    public List<ImportField> missingRequired() {
        List<ImportField> missing = new ArrayList<>();
        for (ImportField f : entity.requiredFields()) {
            if (!maps(f)) {
                missing.add(f);
            }
        }
        if (entity.needsCompany() && !maps(ImportField.COMPANY_USCC) && !maps(ImportField.COMPANY_NAME)) {
            missing.add(ImportField.COMPANY_NAME);
        }
        return missing;
    }

    /** Refuses a mapping that cannot import a single row, naming what is missing. */
    public void requireUsable(Function<ImportField, String> label) {
        List<ImportField> missing = missingRequired();
        if (!missing.isEmpty()) {
            throw new DeskException("exchange.error.noUsableColumns",
                    String.join("、", missing.stream().map(label).toList()));
        }
    }

    /**
     * JSON of header text → field name, as kept in import_mapping and in mapping files, with the whole
     * header row it was made for (so that it is found again for the next file with the same headers).
     */
    public String toDefinition() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("entity", entity.cliName());
        root.put("headers", headers.stream().filter(h -> !h.isBlank()).toList());
        Map<String, String> columns = new LinkedHashMap<>();
        fields.forEach((column, field) -> columns.put(headers.get(column), field.name()));
        root.put("columns", columns);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Mapping not serialisable", e);
        }
    }

    /**
     * Applies a saved definition to a file's headers: each saved header finds its column by text
     * (spaces and width ignored). Headers the definition does not know stay unmapped.
     */
    public static ColumnMapping fromDefinition(ImportEntity entity, List<String> headers, String definition) {
        Map<?, ?> columns;
        try {
            Map<?, ?> root = JSON.readValue(definition, Map.class);
            Object raw = root.get("columns");
            columns = raw instanceof Map<?, ?> m ? m : root;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new DeskException(e, "exchange.error.badMapping", e.getMessage());
        }
        Map<Integer, ImportField> fields = new LinkedHashMap<>();
        columns.forEach((header, fieldName) -> {
            ImportField field;
            try {
                field = ImportField.valueOf(String.valueOf(fieldName).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new DeskException("exchange.error.badMappingField", fieldName);
            }
            String wanted = ColumnGuesser.key(String.valueOf(header));
            for (int i = 0; i < headers.size(); i++) {
                if (ColumnGuesser.key(headers.get(i)).equals(wanted) && entity.fields().contains(field)
                        && !fields.containsKey(i)) {
                    fields.values().removeIf(f -> f == field);
                    fields.put(i, field);
                    break;
                }
            }
        });
        return new ColumnMapping(entity, headers, fields);
    }

    /** True when a saved definition was made for a file with the same headers (order, width and notes aside). */
    public static boolean madeFor(String definition, List<String> headers) {
        try {
            Object saved = JSON.readValue(definition, Map.class).get("headers");
            if (!(saved instanceof List<?> list) || list.isEmpty()) {
                return false;
            }
            return headerKeys(list.stream().map(String::valueOf).toList()).equals(headerKeys(headers));
        } catch (JsonProcessingException | RuntimeException e) {
            return false;
        }
    }

    private static Set<String> headerKeys(List<String> headers) {
        Set<String> keys = new HashSet<>();
        headers.stream().map(ColumnGuesser::key).filter(k -> !k.isEmpty()).forEach(keys::add);
        return keys;
    }

    /** The entity named in a definition, if it names one. */
    public static ImportEntity entityOf(String definition, ImportEntity fallback) {
        try {
            Object e = JSON.readValue(definition, Map.class).get("entity");
            return e == null ? fallback : ImportEntity.ofCliName(String.valueOf(e));
        } catch (JsonProcessingException | RuntimeException e) {
            return fallback;
        }
    }
}
