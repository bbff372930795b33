package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.exchange.ImportField.*;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.company.db.VisitCredit;
import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import cn.zhaoshang.desk.exchange.rows.ReferenceLookup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;

/**
 * Visits (走访/洽谈记录) from a list. The same company, day and summary is a duplicate. Visits are
 * append-only, so "update" leaves a stored visit as it is (counted as skipped) and only
 * "keep both" adds the row again. A visit counts for the team or unit the file names (走访单位), else
 * as decision 0041 says; the company's request (企业诉求) becomes a request heard at that visit.
 */
public final class VisitImportWriter implements ChunkWriter {
    private static final List<Field<?>> INSERT = List.of(INTERACTION.ID, INTERACTION.CREATED_AT, INTERACTION.UPDATED_AT,
            INTERACTION.VERSION, INTERACTION.COMPANY_ID, INTERACTION.OCCURRED_ON, INTERACTION.KIND,
            INTERACTION.OUR_PARTICIPANTS, INTERACTION.THEIR_PARTICIPANTS, INTERACTION.SUMMARY, INTERACTION.NEXT_STEP,
            INTERACTION.NEXT_STEP_DUE_ON, INTERACTION.RECORDED_BY, INTERACTION.IMPORT_ID, INTERACTION.TEAM_ID,
            INTERACTION.UNIT_ID);

    private final Database database;
    private final BulkInserter bulk;
    private final RequestRows requests;

    public VisitImportWriter(Database database, BulkInserter bulk) {
        this.database = database;
        this.bulk = bulk;
        this.requests = new RequestRows(database, bulk);
    }

    @Override
    public ChunkResult write(List<ParsedRow> rows, ImportContext context) {
        CompanyLinks.link(database, rows, true);
        List<ParsedRow> candidates = rows.stream().filter(r -> !r.isRejected()).toList();
        Set<String> seen = storedVisits(candidates);
        List<Object[]> inserts = new ArrayList<>();
        ChunkResult result = new ChunkResult();
        for (ParsedRow row : candidates) {
            String summary = row.text(SUMMARY);
            String key = key(row.companyId(), row.date(OCCURRED_ON), summary);
            if (!seen.add(key) && context.policy() != DuplicatePolicy.KEEP_BOTH) {
                result.skipped++;
                continue;
            }
            ReferenceLookup.VisitFor credited = (ReferenceLookup.VisitFor) row.get(VISIT_FOR);
            UUID visitId = Ids.next();
            if (row.has(COMPANY_REQUEST)) {
                requests.add(visitId, row, credited == null ? null : credited.teamId(), context);
            }
            inserts.add(new Object[] {visitId, context.now(), context.now(), 0, row.companyId(),
                    row.date(OCCURRED_ON), row.text(VISIT_KIND), row.text(OUR_PARTICIPANTS), row.text(THEIR_PARTICIPANTS),
                    summary, row.text(NEXT_STEP), row.date(NEXT_STEP_DUE_ON), context.userName(), context.importId(),
                    credited == null ? null : credited.teamId(), credited == null ? null : credited.unitId()});
            result.imported++;
        }
        bulk.insert(INTERACTION, INSERT, inserts.iterator(), Progress.NONE, inserts.size());
        requests.flush();
        if (!inserts.isEmpty()) {
            VisitCredit.assign(database.dsl(), InLists.in(INTERACTION.ID, inserts.stream().map(r -> (UUID) r[0]).toList()));
        }
        return result;
    }

    private static String key(UUID company, LocalDate on, String summary) {
        return company + "/" + on + "/" + summary;
    }

    private Set<String> storedVisits(List<ParsedRow> rows) {
        Set<UUID> companies = new HashSet<>();
        rows.forEach(r -> companies.add(r.companyId()));
        Set<String> keys = new HashSet<>();
        if (!companies.isEmpty()) {
            database.dsl().select(INTERACTION.COMPANY_ID, INTERACTION.OCCURRED_ON, INTERACTION.SUMMARY).from(INTERACTION)
                    .where(InLists.in(INTERACTION.COMPANY_ID, companies)).and(INTERACTION.DELETED_AT.isNull())
                    .forEach(r -> keys.add(key(r.value1(), r.value2(), r.value3())));
        }
        return keys;
    }
}
