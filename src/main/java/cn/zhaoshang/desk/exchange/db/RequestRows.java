package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.exchange.ImportField.OCCURRED_ON;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_REQUEST;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_REQUEST_STEP;
import static cn.zhaoshang.desk.generated.Tables.REQUEST_IMPORT;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.RequestStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The company's requests (企业诉求) a visit ledger names, collected over a chunk and written in one batch:
 * each received (受理) on the visit's day, heard at that visit, credited to the visiting team or else the
 * company's owner team, with its first history step; request_import says which import brought it in.
 */
final class RequestRows {
    private static final List<Field<?>> INSERT = List.of(COMPANY_REQUEST.ID, COMPANY_REQUEST.CREATED_AT,
            COMPANY_REQUEST.UPDATED_AT, COMPANY_REQUEST.VERSION, COMPANY_REQUEST.COMPANY_ID,
            COMPANY_REQUEST.INTERACTION_ID, COMPANY_REQUEST.CATEGORY, COMPANY_REQUEST.CONTENT, COMPANY_REQUEST.TEAM_ID,
            COMPANY_REQUEST.STATUS, COMPANY_REQUEST.RECEIVED_ON, COMPANY_REQUEST.RECORDED_BY);
    private static final List<Field<?>> STEP = List.of(COMPANY_REQUEST_STEP.ID, COMPANY_REQUEST_STEP.CREATED_AT,
            COMPANY_REQUEST_STEP.UPDATED_AT, COMPANY_REQUEST_STEP.VERSION, COMPANY_REQUEST_STEP.REQUEST_ID,
            COMPANY_REQUEST_STEP.STEP_ON, COMPANY_REQUEST_STEP.TO_STATUS, COMPANY_REQUEST_STEP.DONE_BY);

    private final Database database;
    private final BulkInserter bulk;
    private final List<Object[]> requests = new ArrayList<>();
    private final List<Object[]> steps = new ArrayList<>();
    private final List<Object[]> stamps = new ArrayList<>();
    private final List<UUID> ids = new ArrayList<>();

    RequestRows(Database database, BulkInserter bulk) {
        this.database = database;
        this.bulk = bulk;
    }

    void add(UUID visitId, ParsedRow row, UUID teamId, ImportContext context) {
        UUID id = Ids.next();
        String content = row.text(ImportField.COMPANY_REQUEST);
        requests.add(new Object[] {id, context.now(), context.now(), 0, row.companyId(), visitId,
                RequestCategory.of(content).name(), content, teamId, RequestStatus.RECEIVED.name(), row.date(OCCURRED_ON),
                context.userName()});
        stamps.add(new Object[] {id, context.importId()});
        steps.add(new Object[] {Ids.next(), context.now(), context.now(), 0, id, row.date(OCCURRED_ON),
                RequestStatus.RECEIVED.name(), context.userName()});
        ids.add(id);
    }

    /** Writes the requests after their visits; one without a visiting team counts for the company's owner team. */
    void flush() {
        if (requests.isEmpty()) {
            return;
        }
        bulk.insert(COMPANY_REQUEST, INSERT, requests.iterator(), Progress.NONE, requests.size());
        bulk.insert(COMPANY_REQUEST_STEP, STEP, steps.iterator(), Progress.NONE, steps.size());
        bulk.insert(REQUEST_IMPORT, List.of(REQUEST_IMPORT.REQUEST_ID, REQUEST_IMPORT.IMPORT_ID), stamps.iterator(),
                Progress.NONE, stamps.size());
        database.dsl().update(COMPANY_REQUEST)
                .set(COMPANY_REQUEST.TEAM_ID, DSL.select(COMPANY.OWNER_TEAM_ID).from(COMPANY)
                        .where(COMPANY.ID.eq(COMPANY_REQUEST.COMPANY_ID)).<UUID>asField())
                .where(InLists.in(COMPANY_REQUEST.ID, ids)).and(COMPANY_REQUEST.TEAM_ID.isNull()).execute();
        database.recordChange(COMPANY_REQUEST.getName(), ChangeKind.UPDATE, ids);
        requests.clear();
        steps.clear();
        stamps.clear();
        ids.clear();
    }
}
