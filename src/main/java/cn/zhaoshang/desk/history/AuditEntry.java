package cn.zhaoshang.desk.history;

import cn.zhaoshang.desk.common.db.FieldChange;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One line of the audit log: who did what to which record, field by field. */
public record AuditEntry(UUID id, OffsetDateTime occurredAt, String userName, String action, String table,
                         String recordId, Map<String, FieldChange> changes) {
}
