package cn.zhaoshang.desk.policy.db;

import static cn.zhaoshang.desk.generated.Tables.POLICY_ATTACHMENT;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.PolicyAttachmentRecord;
import cn.zhaoshang.desk.policy.PolicyAttachment;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The attachment rows of policy versions (the bytes are in the attachment store, by hash). */
public final class AttachmentRepository {
    private final Database database;
    private final RecordWriter writer;

    public AttachmentRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public List<PolicyAttachment> of(UUID policyId) {
        return database.dsl().selectFrom(POLICY_ATTACHMENT).where(POLICY_ATTACHMENT.POLICY_ID.eq(policyId))
                .and(POLICY_ATTACHMENT.DELETED_AT.isNull()).orderBy(POLICY_ATTACHMENT.FILE_NAME)
                .fetch(AttachmentRepository::toAttachment);
    }

    public Optional<PolicyAttachment> find(UUID id) {
        return database.dsl().selectFrom(POLICY_ATTACHMENT).where(POLICY_ATTACHMENT.ID.eq(id))
                .fetchOptional(AttachmentRepository::toAttachment);
    }

    public PolicyAttachment insert(UUID policyId, String fileName, String sha256, long size) {
        PolicyAttachmentRecord r = new PolicyAttachmentRecord();
        r.setPolicyId(policyId);
        r.setFileName(fileName);
        r.setSha256(sha256);
        r.setSizeBytes(size);
        return toAttachment(writer.insert(r));
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(POLICY_ATTACHMENT, id, version);
    }

    private static PolicyAttachment toAttachment(PolicyAttachmentRecord r) {
        return new PolicyAttachment(r.getId(), r.getVersion(), r.getPolicyId(), r.getFileName(), r.getSha256(),
                r.getSizeBytes(), r.getCreatedAt());
    }
}
