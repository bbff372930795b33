package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.exchange.ImportField.COMPANY_NAME;
import static cn.zhaoshang.desk.exchange.ImportField.COMPANY_USCC;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.text.CompanyNames;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the stored company of each row of a chunk: by credit code, else by the exact name, else by
 * the normalised name (a ledger writes （郑州） where the register has (郑州)); a name two companies
 * share is ambiguous and the row says so. Companies in the trash do not count.
 */
final class CompanyLinks {
    private static final UUID AMBIGUOUS = new UUID(0, 0);

    private CompanyLinks() {
    }

    /** Links every row that names a company; rows whose company is not found are rejected. */
    static void link(Database database, List<ParsedRow> rows, boolean required) {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ParsedRow row : rows) {
            if (row.has(COMPANY_USCC)) {
                codes.add(row.text(COMPANY_USCC));
            } else if (row.has(COMPANY_NAME)) {
                names.add(row.text(COMPANY_NAME));
            }
        }
        var dsl = database.dsl();
        Map<String, UUID> byCode = new HashMap<>();
        Map<String, UUID> byName = new HashMap<>();
        Map<String, UUID> byNormalized = new HashMap<>();
        if (!codes.isEmpty()) {
            dsl.select(COMPANY.USCC, COMPANY.ID).from(COMPANY).where(InLists.in(COMPANY.USCC, codes)).and(COMPANY.DELETED_AT.isNull())
                    .forEach(r -> byCode.put(r.value1(), r.value2()));
        }
        if (!names.isEmpty()) {
            dsl.select(COMPANY.NAME, COMPANY.ID).from(COMPANY).where(InLists.in(COMPANY.NAME, names)).and(COMPANY.DELETED_AT.isNull())
                    .forEach(r -> byName.merge(r.value1(), r.value2(), (a, b) -> AMBIGUOUS));
            Set<String> normalized = new HashSet<>();
            names.stream().filter(n -> !byName.containsKey(n)).map(CompanyNames::normalize).forEach(normalized::add);
            if (!normalized.isEmpty()) {
                dsl.select(COMPANY.NORMALIZED_NAME, COMPANY.ID).from(COMPANY)
                        .where(InLists.in(COMPANY.NORMALIZED_NAME, normalized)).and(COMPANY.DELETED_AT.isNull())
                        .forEach(r -> byNormalized.merge(r.value1(), r.value2(), (a, b) -> AMBIGUOUS));
            }
        }
        for (ParsedRow row : rows) {
            if (row.has(COMPANY_USCC)) {
                UUID id = byCode.get(row.text(COMPANY_USCC));
                if (id == null) {
                    row.reject("exchange.reason.companyNotFound", row.text(COMPANY_USCC));
                } else {
                    row.linkCompany(id);
                }
            } else if (row.has(COMPANY_NAME)) {
                UUID id = byName.getOrDefault(row.text(COMPANY_NAME),
                        byNormalized.get(CompanyNames.normalize(row.text(COMPANY_NAME))));
                if (id == null) {
                    row.reject("exchange.reason.companyNotFound", row.text(COMPANY_NAME));
                } else if (id.equals(AMBIGUOUS)) {
                    row.reject("exchange.reason.companyAmbiguous", row.text(COMPANY_NAME));
                } else {
                    row.linkCompany(id);
                }
            } else if (required) {
                row.reject("exchange.reason.missingCompany");
            }
        }
    }
}
