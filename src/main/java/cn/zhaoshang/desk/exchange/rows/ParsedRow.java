package cn.zhaoshang.desk.exchange.rows;

import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.exchange.ImportField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;

/**
 * One data row after reading: the file's cells as they were (for the rejected-rows file), the
 * values by field, what is wrong with it (problems: the row is rejected) and what was left out of
 * it (warnings: the row is imported without those values). A totals or notes row is marked as a
 * note and skipped. The writers may add a problem of their own (company not found, code taken).
 */
public final class ParsedRow {
    /** One reason: the field and column it concerns (null / -1 for the row as a whole), key and arguments. */
    public record Problem(ImportField field, int column, String key, Object[] args) { }

    private final long line;
    private final String[] cells;
    private final EnumMap<ImportField, Object> values = new EnumMap<>(ImportField.class);
    private final List<Problem> problems = new ArrayList<>(0);
    private final List<Problem> warnings = new ArrayList<>(0);
    private boolean note;
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
        if (value == null) {
            values.remove(field);
        } else {
            values.put(field, value);
        }
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

    /** An amount in 万元 人民币 (the capital's RMB amount; null when it is in another currency). */
    public BigDecimal amount(ImportField field) {
        Object v = values.get(field);
        if (v instanceof Money.Amount a) {
            return a.isRmb() ? a.wan() : null;
        }
        return (BigDecimal) v;
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

    /** Something left out of a row that is still imported. */
    public void warn(ImportField field, int column, String key, Object... args) {
        warnings.add(new Problem(field, column, key, args));
    }

    /** A problem found while writing (the row as a whole). */
    public void reject(String key, Object... args) {
        problems.add(new Problem(null, -1, key, args));
    }

    /** Marks a totals or notes row (合计, 注：…): it is skipped, never imported. */
    void markNote() {
        this.note = true;
    }

    public boolean isNote() {
        return note;
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

    /** True for a row that can be written: neither rejected nor a note. */
    public boolean isData() {
        return !note && problems.isEmpty();
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> warnings() {
        return warnings;
    }

    public boolean hasProblemWith(ImportField field) {
        return problems.stream().anyMatch(p -> p.field() == field) || warnings.stream().anyMatch(p -> p.field() == field);
    }
}
