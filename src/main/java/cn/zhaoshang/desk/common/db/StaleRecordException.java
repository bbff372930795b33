package cn.zhaoshang.desk.common.db;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.util.Map;

/**
 * A save was refused because someone else saved the record first (optimistic locking). Carries
 * the fields that differ between what the user started from and what is stored now.
 */
public class StaleRecordException extends DeskException {
    private final Map<String, FieldChange> theirChanges;

    public StaleRecordException(String table, Map<String, FieldChange> theirChanges, String changedBy) {
        super("common.error.stale", changedBy, String.join(", ", theirChanges.keySet()));
        this.theirChanges = Map.copyOf(theirChanges);
    }

    /** Field → (value the user started from, value stored now). */
    public Map<String, FieldChange> theirChanges() {
        return theirChanges;
    }
}
