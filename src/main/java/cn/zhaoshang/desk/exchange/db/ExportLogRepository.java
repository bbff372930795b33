package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.generated.Tables.EXPORT_LOG;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.exchange.ExportRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The export log (export_log): append-only, one row per export of personal data. */
public final class ExportLogRepository {
    private final Database database;

    public ExportLogRepository(Database database) {
        this.database = database;
    }

    public void record(OffsetDateTime at, String userName, String kind, String filter, long rows, boolean masked,
                       String fileName) {
        UUID id = Ids.next();
        database.dsl().insertInto(EXPORT_LOG)
                .set(EXPORT_LOG.ID, id).set(EXPORT_LOG.OCCURRED_AT, at)
                .set(EXPORT_LOG.USER_NAME, userName).set(EXPORT_LOG.KIND, kind)
                .set(EXPORT_LOG.FILTER_TEXT, filter == null || filter.length() <= 2000 ? filter : filter.substring(0, 2000))
                .set(EXPORT_LOG.ROW_COUNT, (int) rows).set(EXPORT_LOG.MASKED, masked)
                .set(EXPORT_LOG.FILE_NAME, fileName.length() > 500 ? fileName.substring(fileName.length() - 500) : fileName)
                .execute();
        database.recordChange(EXPORT_LOG, ChangeKind.CREATE, id);
    }

    public List<ExportRecord> recent(int limit) {
        return database.dsl().selectFrom(EXPORT_LOG).orderBy(EXPORT_LOG.OCCURRED_AT.desc(), EXPORT_LOG.ID).limit(limit)
                .fetch(r -> new ExportRecord(r.getId(), r.getOccurredAt(), r.getUserName(), r.getKind(),
                        r.getFilterText(), r.getRowCount(), r.getMasked(), r.getFileName()));
    }
}
