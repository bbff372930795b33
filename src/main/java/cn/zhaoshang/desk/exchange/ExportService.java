package cn.zhaoshang.desk.exchange;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.exchange.db.ContactListRepository;
import cn.zhaoshang.desk.exchange.db.ExportLogRepository;
import cn.zhaoshang.desk.exchange.file.ContactListWriter;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.security.CompanyScope;
import cn.zhaoshang.desk.security.Permission;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Contact lists (通讯录) out of the database: the contacts of the companies a {@link ContactFilter}
 * selects, as .xlsx, .csv (UTF-8 with BOM) or vCard, masked on request, formula-like cells
 * neutralised. Contacts are personal information (PIPL): every export is written to the export log
 * (who, when, which filter, how many rows, masked or not) in the same step that makes the file
 * appear, and only managers read that log.
 */
public final class ExportService {
    private final Database database;
    private final AuditLog audit;
    private final Session session;
    private final ContactListRepository contacts;
    private final ExportLogRepository log;
    private final CompanyAccess access;

    public ExportService(Database database, AuditLog audit, Session session, CompanyAccess access) {
        this.database = database;
        this.access = access;
        this.audit = audit;
        this.session = session;
        this.contacts = new ContactListRepository(database);
        this.log = new ExportLogRepository(database);
    }

    /** How many contacts the filter selects (for the dialog, before exporting). */
    public int count(ContactFilter filter) {
        return contacts.count(filter, access.scope());
    }

    /**
     * Must this user's exports mask phones, e-mail and WeChat whatever they ask? Recruiters and team
     * leads: yes ({@link cn.zhaoshang.desk.security.AccessPolicy}); the dialog shows the box ticked and fixed.
     */
    public boolean maskingRequired() {
        return access.policy().mustMaskPersonalDataInExports();
    }

    /**
     * Writes the list to a temporary file beside the target, then records the export and moves the
     * file into place: a failed or cancelled export leaves neither a file nor a log entry.
     */
    public ExportResult exportContacts(ExportRequest asked, Progress progress) {
        // Only the companies this user may read, and masked for those who must not take phones away.
        ExportRequest request = maskingRequired() && !asked.mask() ? new ExportRequest(asked.file(), asked.format(),
                asked.filter(), asked.columns(), true, asked.messages()) : asked;
        CompanyScope scope = access.scope();
        Path target = request.file().toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        Messages messages = request.messages();
        ContactListWriter.Labels labels = new ContactListWriter.Labels(
                request.columns().stream().map(messages::label).toList(), messages.get("exchange.export.yes"),
                messages.get("exchange.export.no"), messages.get("exchange.export.sheet"), messages.get("common.sheet.footer"));
        progress.step("exchange.step.exporting", target.getFileName());
        long total = progress == Progress.NONE ? -1 : contacts.count(request.filter(), scope);
        long rows;
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(temp);
                 ContactListWriter writer = ContactListWriter.open(request.format(), out, request.columns(), labels)) {
                long[] n = {0};
                rows = new RowPipe<ContactListRow>().run(sink -> contacts.forEach(request.filter(), scope, sink::accept), row -> {
                    writer.write(request.mask() ? row.masked() : row);
                    if (++n[0] % 5_000 == 0) {
                        progress.update(n[0], total);
                        progress.checkCancelled();
                    }
                });
            }
            database.transaction(() -> {
                log.record(audit.now(), session.userName(), "CONTACTS_" + request.format().name(),
                        request.filter().toText(), rows, request.mask(), target.toString());
                audit.record(AuditLog.Action.EXPORT, "contact", request.format().name(), Map.of(
                        "file", new FieldChange(null, target.toString()),
                        "rows", new FieldChange(null, String.valueOf(rows))));
                move(temp, target);
            });
        } catch (DeskException e) {
            deleteQuietly(temp);
            throw e;
        } catch (Exception e) {
            deleteQuietly(temp);
            throw new DeskException(e, "exchange.error.exportFailed", target, String.valueOf(e.getMessage()));
        }
        progress.update(rows, rows);
        return new ExportResult(target, rows, request.mask());
    }

    private static void move(Path temp, Path target) {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DeskException(e, "exchange.error.exportFailed", target, e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The export already failed with its own message; a leftover .part file is harmless.
        }
    }

    /** Whether the signed-in user may read the export log (managers and admins). */
    public boolean canReadLog() {
        return access.policy().mayReadExportLog();
    }

    /** The latest exports, newest first; refused for anyone but managers and admins. */
    public List<ExportRecord> recentExports(int limit) {
        access.policy().require(Permission.READ_EXPORT_LOG);
        return log.recent(limit);
    }
}
