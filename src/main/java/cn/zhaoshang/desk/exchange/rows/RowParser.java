package cn.zhaoshang.desk.exchange.rows;

import static cn.zhaoshang.desk.exchange.ImportField.*;

import cn.zhaoshang.desk.common.text.CompanyNames;
import cn.zhaoshang.desk.common.text.Money;
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

/**
 * Turns a file row into a {@link ParsedRow}: every mapped cell read by its field's kind, then the
 * rules of the form for the whole row (required fields, a signed project has its signing date …).
 * Every problem is collected, so a rejected row says everything that is wrong with it at once.
 */
public final class RowParser {
    private final ImportEntity entity;
    private final int[] columns;
    private final ImportField[] fields;
    private final Money.Unit[] units;
    private final ReferenceLookup reference;
    private final LocalDate today;

    public RowParser(ColumnMapping mapping, ReferenceLookup reference, LocalDate today) {
        this.entity = mapping.entity();
        this.reference = reference;
        this.today = today;
        int n = mapping.fields().size();
        this.columns = new int[n];
        this.fields = new ImportField[n];
        this.units = new Money.Unit[n];
        int i = 0;
        for (Map.Entry<Integer, ImportField> e : mapping.fields().entrySet()) {
            columns[i] = e.getKey();
            fields[i] = e.getValue();
            Money.Unit unit = Money.unitOfHeader(mapping.headers().get(e.getKey()));
            units[i] = unit == null ? Money.Unit.WAN : unit;
            i++;
        }
    }

    public ParsedRow parse(TableSource.SourceRow source) {
        ParsedRow row = new ParsedRow(source.lineNumber(), source.cells());
        for (int i = 0; i < columns.length; i++) {
            String value = Cells.clean(source.cell(columns[i]));
            if (value == null) {
                continue;
            }
            try {
                row.put(fields[i], read(fields[i], value, units[i]));
            } catch (CellProblem p) {
                row.problem(fields[i], columns[i], p.key(), p.args());
            }
        }
        checkRow(row);
        return row;
    }

    private Object read(ImportField field, String value, Money.Unit unit) {
        return switch (field.kind()) {
            case TEXT -> Cells.text(value, field.maxLength());
            case USCC -> Cells.uscc(value);
            case DATE -> Cells.date(value);
            case AMOUNT -> Cells.amount(value, unit);
            case BOOLEAN -> Cells.bool(value);
            case DIVISION -> reference.division(value);
            case INDUSTRY -> reference.industry(value);
            case TEAM -> reference.team(value);
            case PURSUIT_STATUS -> Vocabulary.pursuitStatus(value);
            case SOURCE_CHANNEL -> Vocabulary.sourceChannel(value);
            case STAGE -> Vocabulary.stage(value);
            case VISIT_KIND -> Vocabulary.visitKind(value);
            case MOBILE -> Cells.mobile(value);
            case PHONE -> Cells.phone(value);
            case EMAIL -> Cells.email(value);
            case TAGS -> tags(value, field.maxLength());
        };
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

    private void checkRow(ParsedRow row) {
        for (ImportField required : entity.requiredFields()) {
            if (!row.has(required) && !hasProblemWith(row, required)) {
                row.problem(required, -1, "exchange.reason.missing", required);
            }
        }
        if (entity.needsCompany() && !row.has(COMPANY_USCC) && !row.has(COMPANY_NAME)
                && !hasProblemWith(row, COMPANY_USCC)) {
            row.problem(COMPANY_NAME, -1, "exchange.reason.missingCompany");
        }
        switch (entity) {
            case COMPANIES -> checkCompany(row);
            case PROJECTS -> checkProject(row);
            default -> { }
        }
    }

    private void checkCompany(ParsedRow row) {
        if (row.has(COMPANY_NAME) && CompanyNames.normalize(row.text(COMPANY_NAME)).isEmpty()) {
            row.problem(COMPANY_NAME, -1, "exchange.reason.nameEmpty", row.text(COMPANY_NAME));
        }
        if (!row.has(CONTACT_NAME) && (row.has(CONTACT_MOBILE) || row.has(CONTACT_PHONE) || row.has(CONTACT_EMAIL))) {
            row.problem(CONTACT_NAME, -1, "exchange.reason.contactWithoutName");
        }
        if (row.has(FOUNDED_ON) && row.date(FOUNDED_ON).isAfter(today)) {
            row.problem(FOUNDED_ON, -1, "exchange.reason.futureDate", row.date(FOUNDED_ON));
        }
    }

    private void checkProject(ParsedRow row) {
        if (hasProblemWith(row, STAGE)) {
            return;
        }
        String stage = row.has(STAGE) ? row.text(STAGE) : "LEAD";
        int reached = Vocabulary.STAGE_ORDER.indexOf(stage);
        if (reached >= Vocabulary.STAGE_ORDER.indexOf("SIGNED") && !row.has(SIGNED_ON) && !hasProblemWith(row, SIGNED_ON)) {
            row.problem(SIGNED_ON, -1, "exchange.reason.signedNeedsDate");
        }
        if (stage.equals("DROPPED") && !row.has(DROP_REASON)) {
            row.problem(DROP_REASON, -1, "exchange.reason.droppedNeedsReason");
        }
    }

    private static boolean hasProblemWith(ParsedRow row, ImportField field) {
        for (ParsedRow.Problem p : row.problems()) {
            if (p.field() == field) {
                return true;
            }
        }
        return false;
    }

    public ImportEntity entity() {
        return entity;
    }
}
