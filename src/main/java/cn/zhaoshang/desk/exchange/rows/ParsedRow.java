package cn.zhaoshang.desk.exchange.rows;

import cn.zhaoshang.desk.exchange.ImportField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;

/**
 * One data row after reading: the file's cells as they were (for the rejected-rows file), the
 * values by field, and what is wrong with it. A row with problems is rejected; the writers may add
 * a problem of their own (company not found, code taken).
 */
public final class ParsedRow {
    /** One reason: the field and column it concerns (null / -1 for the row as a whole), key and arguments. */
    public record Problem(ImportField field, int column, String key, Object[] args) { }

    private final long line;
    private final String[] cells;
    private final EnumMap<ImportField, Object> values = new EnumMap<>(ImportField.class);
    private final List<Problem> problems = new ArrayList<>(0);
    private UUID companyId;

    public ParsedRow(long line, String[] cells) {
        this.line = line;
        this.cells = cells;
    }

    public long line() {
        return line;
    }

    public String[] cells() {
        return cells;
    }

    public void put(ImportField field, Object value) {
        values.put(field, value);
    }

    public boolean has(ImportField field) {
        return values.get(field) != null;
    }

    public Object get(ImportField field) {
        return values.get(field);
    }

    public String text(ImportField field) {
        return (String) values.get(field);
    }

    public LocalDate date(ImportField field) {
        return (LocalDate) values.get(field);
    }

    public BigDecimal amount(ImportField field) {
        return (BigDecimal) values.get(field);
    }

    public Boolean bool(ImportField field) {
        return (Boolean) values.get(field);
    }

    public UUID uuid(ImportField field) {
        return (UUID) values.get(field);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(ImportField field) {
        Object v = values.get(field);
        return v == null ? List.of() : (List<String>) v;
    }

    public void problem(ImportField field, int column, String key, Object... args) {
        problems.add(new Problem(field, column, key, args));
    }

    /** A problem found while writing (the row as a whole). */
    public void reject(String key, Object... args) {
        problems.add(new Problem(null, -1, key, args));
    }

    /** The stored company this row belongs to, once the writer has found it. */
    public UUID companyId() {
        return companyId;
    }

    public void linkCompany(UUID id) {
        this.companyId = id;
    }

    public boolean isRejected() {
        return !problems.isEmpty();
    }

    public List<Problem> problems() {
        return problems;
    }
}
