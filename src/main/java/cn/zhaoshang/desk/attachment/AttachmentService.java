package cn.zhaoshang.desk.attachment;

import cn.zhaoshang.desk.attachment.db.AttachmentRepository;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.security.CompanyAccess;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Files on companies, projects, visits, requests, receptions and events: contract scans, business
 * cards, photos, minutes. The bytes are stored once by hash, encrypted with the database's attachment
 * key ({@link AttachmentStore}); a row ties a file to its record. Removing one puts the row in the trash
 * like any record. Every open and download is written to the audit log (who, which file, how). A file
 * whose record belongs to a company the user may not read is refused like the company itself.
 */
public final class AttachmentService {
    /** How a file left the store: opened with the system viewer, shown in the preview, or saved elsewhere. */
    public enum Access { OPEN, PREVIEW, DOWNLOAD }

    private final Database database;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final AuditLog audit;
    private final Session session;
    private final CompanyAccess access;

    public AttachmentService(Database database, RecordWriter writer, AttachmentStore store,
                             AuditLog audit, Session session, CompanyAccess access) {
        this.database = database;
        this.attachments = new AttachmentRepository(database, writer);
        this.store = store;
        this.audit = audit;
        this.session = session;
        this.access = access;
    }

    public List<Attachment> of(AttachmentOwner kind, UUID ownerId) {
        requireVisible(kind, ownerId);
        return attachments.of(kind, ownerId);
    }

    /** Stores the file encrypted (refused when unreadable or over {@link AttachmentStore#MAX_BYTES}) and attaches it. */
    public Attachment add(AttachmentOwner kind, UUID ownerId, Path file) {
        requireVisible(kind, ownerId);
        AttachmentStore.Stored stored = store.store(file);
        return database.transaction(() -> attachments.insert(kind, ownerId, file.getFileName().toString(), stored.sha256(),
                stored.sizeBytes(), session.displayName()));
    }

    /** A plain copy in the system's temporary folder, for the system viewer; recorded. */
    public Path open(UUID id) {
        Attachment a = get(id);
        Path copy = store.openCopy(a.sha256(), a.fileName());
        record(a, Access.OPEN, null);
        return copy;
    }

    /** The plain bytes, for the preview pane; recorded. */
    public byte[] bytes(UUID id) {
        Attachment a = get(id);
        byte[] plain = store.read(a.sha256());
        record(a, Access.PREVIEW, null);
        return plain;
    }

    /** Saves a plain copy where the user chose; recorded with the target's name. */
    public void download(UUID id, Path target) {
        Attachment a = get(id);
        store.copyTo(a.sha256(), target);
        record(a, Access.DOWNLOAD, target.getFileName().toString());
    }

    /** To the trash; the stored file stays (the same bytes may be attached elsewhere). */
    public void remove(UUID id, int version) {
        get(id);
        attachments.softDelete(id, version);
    }

    public void restore(UUID id, int version) {
        Attachment a = attachments.find(id).orElseThrow(() -> new DeskException("attachment.error.notFound"));
        requireVisible(a.ownerKind(), a.ownerId());
        attachments.restore(id, version);
    }

    private Attachment get(UUID id) {
        Attachment a = attachments.find(id).orElseThrow(() -> new DeskException("attachment.error.notFound"));
        requireVisible(a.ownerKind(), a.ownerId());
        return a;
    }

    private void requireVisible(AttachmentOwner kind, UUID ownerId) {
        attachments.companyOf(kind, ownerId).ifPresent(access::requireVisible);
    }

    private void record(Attachment a, Access how, String target) {
        Map<String, FieldChange> what = new LinkedHashMap<>();
        what.put("access", new FieldChange(null, how.name()));
        what.put("file_name", new FieldChange(null, a.fileName()));
        if (target != null) {
            what.put("target", new FieldChange(null, target));
        }
        database.transaction(() -> audit.record(AuditLog.Action.EXPORT, "attachment", a.id(), what));
    }
}
