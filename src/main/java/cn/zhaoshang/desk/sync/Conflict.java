package cn.zhaoshang.desk.sync;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A disagreement the merge left for a person: both values side by side, who changed what when.
 *
 * @param mine   this laptop's value (for a delete: the time it was deleted)
 * @param theirs the server's value, which the record holds until someone takes "mine"
 */
public record Conflict(UUID id, OffsetDateTime createdAt, String table, UUID recordId, String recordLabel,
                       ConflictKind kind, String field, String mine, String theirs, String myUser, OffsetDateTime myAt,
                       String theirUser, OffsetDateTime theirAt, OffsetDateTime resolvedAt, String resolution) {
    public boolean open() {
        return resolvedAt == null;
    }
}
