package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.COMPANY_TAG;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;
import static cn.zhaoshang.desk.generated.Tables.IMPORT_RUN;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.PROJECT_STAGE_HISTORY;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.Database;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Takes back an import that did not finish (cancelled, failed, or cut off by a crash) as if it had not
 * run: the rows it created are deleted (they never belonged to a finished import, so they do not go to
 * the trash), the rows it updated get their previous values and version back, and its audit entries and
 * its import_run row go. A chunk per transaction; running it again after a crash of its own finds less.
 */
public final class ImportDiscard {
    private static final int CHUNK = UndoRepository.CHUNK;
    private final Database database;
    private final UndoRepository undo;

    public ImportDiscard(Database database, UndoRepository undo) {
        this.database = database;
        this.undo = undo;
    }

    public void discard(UUID importId, OffsetDateTime now) {
        deleteChunked(INTERACTION.ID, INTERACTION.IMPORT_ID.eq(importId), List.of());
        deleteChunked(PROJECT_STAGE_HISTORY.ID, PROJECT_STAGE_HISTORY.DETAILS.eq("import " + importId), List.of());
        deleteChunked(PROJECT.ID, PROJECT.IMPORT_ID.eq(importId), List.of());
        deleteChunked(CONTACT.ID, CONTACT.IMPORT_ID.eq(importId), List.of());
        deleteChunked(COMPANY.ID, COMPANY.IMPORT_ID.eq(importId), List.of(COMPANY_TAG.COMPANY_ID));
        undo.restoreQuietly(importId, now);
        deleteChunked(AUDIT_LOG.ID, AUDIT_LOG.IMPORT_ID.eq(importId), List.of());
        database.transaction(() -> database.dsl().deleteFrom(IMPORT_RUN).where(IMPORT_RUN.ID.eq(importId)).execute());
    }

    /** Deletes the rows {@code which} picks, with the link rows hanging on them, a chunk at a time. */
    private void deleteChunked(TableField<?, UUID> id, Condition which, List<TableField<?, UUID>> links) {
        Table<?> table = id.getTable();
        List<UUID> chunk;
        do {
            chunk = database.dsl().select(id).from(table).where(which).limit(CHUNK).fetch(id);
            List<UUID> ids = chunk;
            if (!ids.isEmpty()) {
                database.transaction(() -> {
                    for (TableField<?, UUID> link : links) {
                        database.dsl().deleteFrom(link.getTable()).where(link.in(ids)).execute();
                    }
                    database.dsl().deleteFrom(table).where(id.in(ids)).execute();
                    database.recordChange(table.getName(), ChangeKind.PURGE, ids);
                });
            }
        } while (chunk.size() == CHUNK);
    }
}
