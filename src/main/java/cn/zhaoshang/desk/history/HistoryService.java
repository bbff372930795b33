package cn.zhaoshang.desk.history;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.history.db.HistoryRepository;
import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.security.Permission;
import java.util.List;

/**
 * The history of every change (from the audit log), the export log beside it, and the trash of
 * soft-deleted records with restore and empty. Reading the whole log and the export log is for
 * managers; restoring and emptying the trash for administrators.
 */
public final class HistoryService {
    private final HistoryRepository repository;
    private final AccessPolicy access;
    private final CompanyAccess companies;

    public HistoryService(Database database, RecordWriter writer, AuditLog audit, CompanyAccess companies) {
        this.repository = new HistoryRepository(database, writer, audit);
        this.access = companies.policy();
        this.companies = companies;
    }

    /** Every change of one record, newest first; a hidden company's or project's history is refused like the record. */
    public List<AuditEntry> recordHistory(String table, Object recordId) {
        access.requireSignedIn();
        if ("company".equals(table) && recordId instanceof java.util.UUID id) {
            companies.requireVisible(id);
        } else if ("project".equals(table) && recordId instanceof java.util.UUID id) {
            companies.requireProjectVisible(id);
        }
        return repository.recordHistory(table, String.valueOf(recordId));
    }

    /** The whole database's changes matching the filter, newest first. */
    public List<AuditEntry> search(AuditFilter filter) {
        access.require(Permission.READ_WHOLE_HISTORY);
        return repository.search(filter);
    }

    public List<String> auditedTables() {
        access.require(Permission.READ_WHOLE_HISTORY);
        return repository.auditedTables();
    }

    public List<ExportEntry> exports(int limit) {
        access.require(Permission.READ_EXPORT_LOG);
        return repository.exports(limit);
    }

    public List<TrashItem> trash() {
        access.require(Permission.READ_WHOLE_HISTORY);
        return repository.trash();
    }

    public void restore(TrashItem item) {
        access.require(Permission.MANAGE_TRASH);
        repository.restore(item);
    }

    /**
     * Deletes trashed records for good. Records others still refer to (a company with contacts that
     * are not in the trash) stay; the number removed is returned.
     */
    public int empty(List<TrashItem> items) {
        access.require(Permission.MANAGE_TRASH);
        return repository.purge(items);
    }
}
