package cn.zhaoshang.desk.history;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A soft-deleted record waiting in the trash. */
public record TrashItem(String table, UUID id, int version, String label, OffsetDateTime deletedAt) {
}
