package cn.zhaoshang.desk.attachment.db;

import static cn.zhaoshang.desk.generated.Tables.ATTACHMENT;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_REQUEST;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.RECEPTION;

import cn.zhaoshang.desk.attachment.Attachment;
import cn.zhaoshang.desk.attachment.AttachmentOwner;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.AttachmentRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The attachment rows (the bytes are in the attachment store, by hash). */
public final class AttachmentRepository {
    private final Database database;
    private final RecordWriter writer;

    public AttachmentRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public List<Attachment> of(AttachmentOwner kind, UUID ownerId) {
        return database.dsl().selectFrom(ATTACHMENT).where(ATTACHMENT.OWNER_KIND.eq(kind))
                .and(ATTACHMENT.OWNER_ID.eq(ownerId)).and(ATTACHMENT.DELETED_AT.isNull())
                .orderBy(ATTACHMENT.CREATED_AT, ATTACHMENT.ID).fetch(AttachmentRepository::toAttachment);
    }

    public Optional<Attachment> find(UUID id) {
        return database.dsl().selectFrom(ATTACHMENT).where(ATTACHMENT.ID.eq(id)).fetchOptional(AttachmentRepository::toAttachment);
    }

    public Attachment insert(AttachmentOwner kind, UUID ownerId, String fileName, String sha256, long size, String by) {
        AttachmentRecord r = new AttachmentRecord();
        r.setOwnerKind(kind);
        r.setOwnerId(ownerId);
        r.setFileName(fileName);
        r.setSha256(sha256);
        r.setSizeBytes(size);
        r.setAddedBy(by);
        return toAttachment(writer.insert(r));
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(ATTACHMENT, id, version);
    }

    public void restore(UUID id, int version) {
        writer.restore(ATTACHMENT, id, version);
    }

    /** The company a record belongs to (whose visibility decides who may see its files); empty for events. */
    public Optional<UUID> companyOf(AttachmentOwner kind, UUID ownerId) {
        var dsl = database.dsl();
        UUID company = switch (kind) {
            case COMPANY -> ownerId;
            case PROJECT -> dsl.select(PROJECT.COMPANY_ID).from(PROJECT).where(PROJECT.ID.eq(ownerId)).fetchOne(PROJECT.COMPANY_ID);
            case VISIT -> dsl.select(INTERACTION.COMPANY_ID).from(INTERACTION).where(INTERACTION.ID.eq(ownerId))
                    .fetchOne(INTERACTION.COMPANY_ID);
            case REQUEST -> dsl.select(COMPANY_REQUEST.COMPANY_ID).from(COMPANY_REQUEST).where(COMPANY_REQUEST.ID.eq(ownerId))
                    .fetchOne(COMPANY_REQUEST.COMPANY_ID);
            case RECEPTION -> dsl.select(RECEPTION.COMPANY_ID).from(RECEPTION).where(RECEPTION.ID.eq(ownerId))
                    .fetchOne(RECEPTION.COMPANY_ID);
            case EVENT -> null;
        };
        return Optional.ofNullable(company);
    }

    private static Attachment toAttachment(AttachmentRecord r) {
        return new Attachment(r.getId(), r.getVersion(), r.getOwnerKind(), r.getOwnerId(),
                r.getFileName(), r.getSha256(), r.getSizeBytes(), r.getAddedBy(), r.getCreatedAt());
    }
}
