package cn.zhaoshang.desk.sync;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A laptop tied to the team server, as the server knows it. */
public record Laptop(UUID id, String name, String userName, OffsetDateTime createdAt, OffsetDateTime lastSyncAt,
                     long pulledSeq, OffsetDateTime revokedAt, String revokedBy) {
    public boolean revoked() {
        return revokedAt != null;
    }
}
