package cn.zhaoshang.desk.sync;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Where a laptop stands with its team server.
 *
 * @param pushedSeq   this laptop's own changes are on the server up to this number of its change log
 * @param pulledSeq   the server's changes are here up to this number of the server's change log
 * @param waiting     this laptop's changes not yet on the server (records)
 * @param conflicts   conflicts waiting for a decision
 */
public record SyncState(UUID laptopId, String userName, long pushedSeq, long pulledSeq, OffsetDateTime lastSyncAt,
                        String lastError, int waiting, int conflicts) {
}
