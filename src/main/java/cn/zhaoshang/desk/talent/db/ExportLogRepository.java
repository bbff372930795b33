package cn.zhaoshang.desk.talent.db;

import static cn.zhaoshang.desk.generated.Tables.EXPORT_LOG;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import java.util.UUID;

/** The PIPL export log: one row per export of personal data, plus a summary in the audit trail. */
public final class ExportLogRepository {
    private final Database database;
    private final AuditLog audit;

    public ExportLogRepository(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    public void record(String kind, String filterText, int rows, boolean masked, String fileName) {
        database.transaction(() -> {
            UUID id = Ids.next();
            database.dsl().insertInto(EXPORT_LOG)
                    .set(EXPORT_LOG.ID, id)
                    .set(EXPORT_LOG.OCCURRED_AT, audit.now())
                    .set(EXPORT_LOG.USER_NAME, audit.userName())
                    .set(EXPORT_LOG.KIND, kind)
                    .set(EXPORT_LOG.FILTER_TEXT, filterText)
                    .set(EXPORT_LOG.ROW_COUNT, rows)
                    .set(EXPORT_LOG.MASKED, masked)
                    .set(EXPORT_LOG.FILE_NAME, fileName)
                    .execute();
            database.recordChange(EXPORT_LOG, ChangeKind.CREATE, id);
            audit.recordBulk(AuditLog.Action.EXPORT, "talent", kind + ": " + rows + " → " + fileName, null);
        });
    }
}
