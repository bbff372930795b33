package cn.zhaoshang.desk.common.db;

/** One field's old and new value, as text for the audit log and the stale-save message. */
public record FieldChange(String before, String after) {
}
