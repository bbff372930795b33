package cn.zhaoshang.desk.history;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.history.db.HistoryNames;
import cn.zhaoshang.desk.history.db.HistoryRepository;
import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.security.Permission;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The history of every change (from the audit log), the export log beside it, and the trash of
 * soft-deleted records with restore and empty. Reading the whole log and the export log is for
 * managers; restoring and emptying the trash for administrators.
 */
public final class HistoryService {
    private final Database database;
    private final HistoryRepository repository;
    private final AccessPolicy access;
    private final CompanyAccess companies;

    public HistoryService(Database database, RecordWriter writer, AuditLog audit, CompanyAccess companies) {
        this.database = database;
        this.repository = new HistoryRepository(database, writer, audit);
        this.access = companies.policy();
        this.companies = companies;
    }

    /** Every change of one record, newest first; a hidden company's or project's history is refused like the record. */
    public List<AuditEntry> recordHistory(String table, Object recordId) {
        access.requireSignedIn();
        if ("company".equals(table) && recordId instanceof UUID id) {
            companies.requireVisible(id);
        } else if ("project".equals(table) && recordId instanceof UUID id) {
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

    // As people read it

    /** One record's changes as readable lines (see {@link HistoryLine}), newest first. */
    public List<HistoryLine> recordLines(String table, Object recordId, Messages messages) {
        return readable(recordHistory(table, recordId), messages);
    }

    /** The whole database's changes matching the filter as readable lines (managers and administrators). */
    public List<HistoryLine> lines(AuditFilter filter, Messages messages) {
        return readable(search(filter), messages);
    }

    /**
     * Changes for the command line: of one table or all, of one record — named (企业名称, 项目名称 …) or by
     * id — or all, since a day (the office's calendar), at most {@code limit}; managers and administrators.
     */
    public List<HistoryLine> lines(String table, String record, LocalDate since, int limit, Messages messages) {
        access.require(Permission.READ_WHOLE_HISTORY);
        List<String> ids = null;
        if (record != null && !record.isBlank()) {
            ids = new ArrayList<>(repository.idsNamed(record.strip(), table));
            ids.add(record.strip());
        }
        OffsetDateTime from = since == null ? null : since.atStartOfDay(OfficeZone.ZONE).toOffsetDateTime();
        return readable(repository.find(table, ids, from, limit), messages);
    }

    /** The export log as readable lines (managers and administrators). */
    public List<HistoryLine> exportLines(int limit, Messages messages) {
        List<ExportEntry> entries = exports(limit);
        HistoryText text = new HistoryText(messages, new HistoryNames(database));
        return entries.stream().map(text::export).toList();
    }

    /** A table's name for people (company → 企业). */
    /** A field's label as the history shows it (the table's own form label, else the history's, else the column). */
    public static String fieldLabel(String table, String column, Messages messages) {
        return HistoryText.fieldLabel(table, column, messages);
    }

    /** A stored value in words where it is a code (阶段 SIGNED → 签约, true → 是); other values as they are. */
    public static String codeText(String column, String raw, Messages messages) {
        return HistoryText.codeText(column, raw, messages);
    }

    public static String tableLabel(String table, Messages messages) {
        return messages.has("history.table." + table) ? messages.get("history.table." + table) : table;
    }

    private List<HistoryLine> readable(List<AuditEntry> entries, Messages messages) {
        HistoryText text = new HistoryText(messages, new HistoryNames(database));
        return entries.stream().map(text::line).toList();
    }
}
