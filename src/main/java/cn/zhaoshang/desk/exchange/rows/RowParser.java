package cn.zhaoshang.desk.exchange.rows;

import static cn.zhaoshang.desk.exchange.ImportField.*;

import cn.zhaoshang.desk.common.text.Money;
import cn.zhaoshang.desk.common.text.PhoneNumbers;
import cn.zhaoshang.desk.exchange.ColumnMapping;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.file.TableSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a file row into a {@link ParsedRow}: a totals or notes row is marked and left; every mapped
 * cell is read by its field's kind; the parts of a place (省, 市, 区县) settle one division; several
 * phone numbers and addresses in a cell are shared out (the first as the main one, the rest kept as
 * further numbers); then the entity's rules ({@link RowRules}) judge the whole row. A value that
 * cannot be read rejects the row only when the entity depends on it; otherwise it is left out with
 * a warning and the rest of the row is imported.
 */
public final class RowParser {
    private final ColumnMapping mapping;
    private final ImportEntity entity;
    private final int[] columns;
    private final ImportField[] fields;
    private final Money.Unit[] units;
    private final ReferenceLookup reference;
    private final RowRules rules;

    /**
     * @param sourceNote where contacts of this file come from, for the PIPL note of a contact whose
     *                   file gives none ("导入自 名单.xlsx（2026-06-15）")
     */
    public RowParser(ColumnMapping mapping, ReferenceLookup reference, LocalDate today, String sourceNote) {
        this.mapping = mapping;
        this.entity = mapping.entity();
        this.reference = reference;
        this.rules = new RowRules(mapping, today, sourceNote);
        int n = mapping.fields().size();
        this.columns = new int[n];
        this.fields = new ImportField[n];
        this.units = new Money.Unit[n];
        int i = 0;
        for (Map.Entry<Integer, ImportField> e : mapping.fields().entrySet()) {
            columns[i] = e.getKey();
            fields[i] = e.getValue();
            units[i] = mapping.unitOf(e.getKey());
            i++;
        }
    }

    public ParsedRow parse(TableSource.SourceRow source) {
        ParsedRow row = new ParsedRow(source.lineNumber(), source.cells());
        if (NoteRows.isNote(source.cells())) {
            row.markNote();
            return row;
        }
        List<String> numbers = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        String divisionText = null;
        for (int i = 0; i < columns.length; i++) {
            String value = Cells.clean(source.cell(columns[i]));
            if (value == null) {
                continue;
            }
            ImportField field = fields[i];
            switch (field.kind()) {
                case MOBILE, PHONE -> numbers.addAll(each(row, field, columns[i], PhoneNumbers.split(value), Cells::phone));
                case EMAIL -> emails.addAll(each(row, field, columns[i], Cells.parts(value), Cells::email));
                case PHONES -> row.put(field, each(row, field, columns[i], PhoneNumbers.split(value), Cells::phone));
                case EMAILS -> row.put(field, each(row, field, columns[i], Cells.parts(value), Cells::email));
                case DIVISION -> divisionText = value;
                default -> read(row, field, columns[i], value, units[i]);
            }
        }
        place(row, divisionText);
        shareOut(row, numbers, emails);
        rules.check(row);
        return row;
    }

    private void read(ParsedRow row, ImportField field, int column, String value, Money.Unit unit) {
        try {
            row.put(field, switch (field.kind()) {
                case TEXT, PLACE -> Cells.text(value, field.maxLength());
                case USCC -> Cells.uscc(value);
                case DATE -> Cells.date(value);
                case AMOUNT -> field == REGISTERED_CAPITAL ? Cells.amount(value, unit) : Cells.rmb(value, unit);
                case COUNT -> Cells.count(value);
                case BOOLEAN -> Cells.bool(value);
                case INDUSTRY -> reference.industry(value);
                case WORD -> reference.word(field.words(), value);
                case TEAM -> reference.team(value);
                case UNIT -> reference.unit(value);
                case CARRIER -> reference.carrier(value);
                case TEAM_OR_UNIT -> reference.visitFor(value);
                case TAGS -> tags(value, field.maxLength());
                default -> throw new IllegalStateException("read elsewhere: " + field);
            });
        } catch (CellProblem p) {
            if (p.key().equals("exchange.reason.tooLong") && !entity.rejectsOn(field)) {
                row.put(field, value.substring(0, field.maxLength()));
                row.warn(field, column, "exchange.warning.truncated", field.maxLength(), value.length());
            } else {
                report(row, field, column, p);
            }
        }
    }

    /** A problem with a cell: rejects the row when the entity depends on the field, else a warning. */
    private void report(ParsedRow row, ImportField field, int column, CellProblem p) {
        if (entity.rejectsOn(field)) {
            row.problem(field, column, p.key(), p.args());
        } else {
            row.warn(field, column, p.key(), p.args());
        }
    }

    /** Each part of a multi-valued cell read alone: the readable ones are kept, each other one is reported. */
    private List<String> each(ParsedRow row, ImportField field, int column, List<String> parts,
                              Function<String, String> reader) {
        Set<String> read = new LinkedHashSet<>();
        for (String part : parts) {
            try {
                read.add(reader.apply(part));
            } catch (CellProblem p) {
                report(row, field, column, p);
            }
        }
        return new ArrayList<>(read);
    }

    private static List<String> tags(String value, int maxLength) {
        Set<String> tags = new LinkedHashSet<>();
        for (String t : value.split("[,;，；、|/]+")) {
            String tag = t.strip();
            if (!tag.isEmpty()) {
                tags.add(Cells.text(tag, maxLength));
            }
        }
        return new ArrayList<>(tags);
    }

    /**
     * One division from a code or name and the place columns of registry exports (所属省份, 所属城市,
     * 所属区县). A name several cities share is settled by the others; what stays unsettled is a
     * warning and the division is the nearest one found above it. No row is refused for its place.
     */
    private void place(ParsedRow row, String divisionText) {
        String province = row.text(PROVINCE);
        String city = row.text(CITY);
        String county = row.text(COUNTY);
        row.put(PROVINCE, null);
        row.put(CITY, null);
        row.put(COUNTY, null);
        boolean parts = province != null || city != null || county != null;
        int column = columnOf(divisionText != null ? DIVISION : county != null ? COUNTY : city != null ? CITY : PROVINCE);
        if (divisionText != null) {
            try {
                row.put(DIVISION, reference.division(divisionText));
                return;
            } catch (CellProblem p) {
                if (!parts) {
                    report(row, DIVISION, column, p);
                    return;
                }
                county = county == null ? divisionText : county;
            }
        }
        if (!parts && divisionText == null) {
            return;
        }
        try {
            ReferenceLookup.Place found = reference.place(province, city, county);
            row.put(DIVISION, found.code());
            if (found.unsettled() != null) {
                row.warn(DIVISION, column, "exchange.warning.placeUnsettled", found.unsettled(), found.name());
            }
        } catch (CellProblem p) {
            report(row, DIVISION, column, p);
        }
    }

    /**
     * Phone numbers and addresses of the contact columns: the first mobile, landline and address are
     * the contact's; the others are kept as the company's further numbers (in a company list) or
     * named in a warning (a contact has one of each). Without a contact name they are the company's.
     */
    private void shareOut(ParsedRow row, List<String> numbers, List<String> emails) {
        List<String> extraNumbers = new ArrayList<>();
        List<String> extraEmails = new ArrayList<>();
        if (entity == ImportEntity.COMPANIES && !row.has(CONTACT_NAME)) {
            extraNumbers.addAll(numbers);
            extraEmails.addAll(emails);
        } else {
            for (String n : numbers) {
                ImportField slot = PhoneNumbers.isMobile(n) ? CONTACT_MOBILE : CONTACT_PHONE;
                if (row.has(slot)) {
                    extraNumbers.add(n);
                } else {
                    row.put(slot, n);
                }
            }
            for (String e : emails) {
                if (row.has(CONTACT_EMAIL)) {
                    extraEmails.add(e);
                } else {
                    row.put(CONTACT_EMAIL, e);
                }
            }
        }
        if (entity == ImportEntity.COMPANIES) {
            row.put(MORE_PHONES, joined(row.list(MORE_PHONES), extraNumbers));
            row.put(MORE_EMAILS, joined(row.list(MORE_EMAILS), extraEmails));
        } else if (!extraNumbers.isEmpty() || !extraEmails.isEmpty()) {
            List<String> extra = new ArrayList<>(extraNumbers);
            extra.addAll(extraEmails);
            row.warn(extraNumbers.isEmpty() ? CONTACT_EMAIL : CONTACT_PHONE, columnOf(CONTACT_PHONE),
                    "exchange.warning.extraContactDetails", String.join("、", extra));
        }
    }

    private static List<String> joined(List<String> first, List<String> more) {
        if (more.isEmpty()) {
            return first.isEmpty() ? null : first;
        }
        List<String> all = new ArrayList<>(more);
        all.addAll(first);
        return all;
    }

    private int columnOf(ImportField field) {
        return mapping.columnOf(field).orElse(-1);
    }

    public ImportEntity entity() {
        return entity;
    }
}
