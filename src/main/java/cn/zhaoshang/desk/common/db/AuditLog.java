package cn.zhaoshang.desk.common.db;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.session.Session;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit trail: who did what to which record, with each field's old and new value.
 * Called inside the same transaction as the change, so a change and its record stand or fall together.
 */
public final class AuditLog {
    public enum Action {
        CREATE, UPDATE, DELETE, RESTORE, MERGE, IMPORT, UNDO, EXPORT, SYNC,
        /** Somebody tried what their role or scope does not allow. */
        REFUSED,
        /** A sign-in with a wrong name or password, or while the name is locked. */
        SIGN_IN_FAILED,
        /** A backup was put back in place of the database. */
        RESTORE_DATABASE,
        /** The database file was encrypted (or a backup of it). */
        ENCRYPT
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database database;
    private final Session session;
    private final Clock clock;

    public AuditLog(Database database, Session session, Clock clock) {
        this.database = database;
        this.session = session;
        this.clock = clock;
    }

    public void record(Action action, String table, Object recordId, Map<String, FieldChange> changes) {
        record(action, table, recordId, changes, null);
    }

    public void record(Action action, String table, Object recordId, Map<String, FieldChange> changes, UUID importId) {
        UUID id = Ids.next();
        database.dsl().insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ID, id)
                .set(AUDIT_LOG.OCCURRED_AT, now())
                .set(AUDIT_LOG.USER_NAME, session.userName())
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.TABLE_NAME, table)
                .set(AUDIT_LOG.RECORD_ID, String.valueOf(recordId))
                .set(AUDIT_LOG.CHANGES, toJson(changes))
                .set(AUDIT_LOG.IMPORT_ID, importId)
                .execute();
        database.recordChange(AUDIT_LOG, ChangeKind.CREATE, id);
    }

    /**
     * Writes the entry at once on a connection of its own, so that it stays when the work around it
     * fails: a refused action throws, and the caller's transaction rolls back — the record of the
     * refusal must not go with it. Never fails the caller: a log that cannot be written is logged.
     */
    public void recordIndependently(Action action, String table, Object recordId, Map<String, FieldChange> changes) {
        try (Connection connection = database.independentConnection()) {
            connection.setAutoCommit(true);
            DSL.using(connection, database.engine().dialect()).insertInto(AUDIT_LOG)
                    .set(AUDIT_LOG.ID, Ids.next())
                    .set(AUDIT_LOG.OCCURRED_AT, now())
                    .set(AUDIT_LOG.USER_NAME, session.userName())
                    .set(AUDIT_LOG.ACTION, action.name())
                    .set(AUDIT_LOG.TABLE_NAME, table)
                    .set(AUDIT_LOG.RECORD_ID, clip(String.valueOf(recordId), 60))
                    .set(AUDIT_LOG.CHANGES, toJson(changes))
                    .execute();
        } catch (SQLException | RuntimeException e) {
            LoggerFactory.getLogger(AuditLog.class).warn("Cannot record {} {} {}", action, table, recordId, e);
        }
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** A summary entry for work on many rows at once (import, merge, demo data). */
    public void recordBulk(Action action, String table, String what, UUID importId) {
        record(action, table, what, Map.of(), importId);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public String userName() {
        return session.userName();
    }

    static String toJson(Map<String, FieldChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        Map<String, List<String>> plain = new LinkedHashMap<>();
        changes.forEach((field, change) -> plain.put(field, Arrays.asList(change.before(), change.after())));
        try {
            return JSON.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes not serialisable", e);
        }
    }

    /** Reads back what {@link #toJson} wrote, for the history screens. */
    public static Map<String, FieldChange> parseChanges(String json) {
        Map<String, FieldChange> result = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return result;
        }
        try {
            Map<?, ?> raw = JSON.readValue(json, Map.class);
            raw.forEach((k, v) -> {
                List<?> pair = (List<?>) v;
                result.put(String.valueOf(k), new FieldChange(
                        pair.get(0) == null ? null : String.valueOf(pair.get(0)),
                        pair.get(1) == null ? null : String.valueOf(pair.get(1))));
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes unreadable", e);
        }
        return result;
    }
}
