package cn.zhaoshang.desk.history;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.history.db.HistoryRepository;
import cn.zhaoshang.desk.security.AccessPolicy;
import java.util.List;

/**
 * The history of every change (from the audit log), the export log beside it, and the trash of
 * soft-deleted records with restore and empty. Reading the whole log and the export log is for
 * managers; restoring and emptying the trash for administrators.
 */
public final class HistoryService {
    private final HistoryRepository repository;
    private final AccessPolicy access;

    public HistoryService(Database database, RecordWriter writer, AuditLog audit, AccessPolicy access) {
        this.repository = new HistoryRepository(database, writer, audit);
        this.access = access;
    }

    /** Every change of one record, newest first. */
    public List<AuditEntry> recordHistory(String table, Object recordId) {
        return repository.recordHistory(table, String.valueOf(recordId));
    }

    /** The whole database's changes matching the filter, newest first. */
    public List<AuditEntry> search(AuditFilter filter) {
        requireManager();
        return repository.search(filter);
    }

    public List<String> auditedTables() {
        return repository.auditedTables();
    }

    public List<ExportEntry> exports(int limit) {
        if (!access.mayReadExportLog()) {
            throw new DeskException("history.error.managersOnly");
        }
        return repository.exports(limit);
    }

    public List<TrashItem> trash() {
        requireManager();
        return repository.trash();
    }

    public void restore(TrashItem item) {
        requireAdmin();
        repository.restore(item);
    }

    /**
     * Deletes trashed records for good. Records others still refer to (a company with contacts that
     * are not in the trash) stay; the number removed is returned.
     */
    public int empty(List<TrashItem> items) {
        requireAdmin();
        return repository.purge(items);
    }

    private void requireManager() {
        if (!access.seesEverything()) {
            throw new DeskException("history.error.managersOnly");
        }
    }

    private void requireAdmin() {
        if (!access.mayManageUsers()) {
            throw new DeskException("history.error.adminsOnly");
        }
    }
}
