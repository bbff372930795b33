package cn.zhaoshang.desk.policy;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A file attached to a policy version; the bytes live beside the database under their SHA-256. */
public record PolicyAttachment(UUID id, int version, UUID policyId, String fileName, String sha256, long sizeBytes,
                               OffsetDateTime addedAt) {
}
