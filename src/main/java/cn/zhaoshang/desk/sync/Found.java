package cn.zhaoshang.desk.sync;

import java.util.UUID;

/** A conflict found while merging, before it is written to the laptop's queue with names and times. */
record Found(SyncTable table, UUID recordId, ConflictKind kind, String field, String mine, String theirs,
             SyncRow mineRow, SyncRow theirRow) {
}
