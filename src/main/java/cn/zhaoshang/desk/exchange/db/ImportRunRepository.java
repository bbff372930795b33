package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.generated.Tables.IMPORT_RUN;

import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportRun;
import cn.zhaoshang.desk.generated.tables.records.ImportRunRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The import_run rows: one per import, written in the import's own transaction. */
public final class ImportRunRepository {
    private final Database database;

    public ImportRunRepository(Database database) {
        this.database = database;
    }

    public void start(UUID id, ImportEntity entity, String fileName, String userName, OffsetDateTime now) {
        database.dsl().insertInto(IMPORT_RUN)
                .set(IMPORT_RUN.ID, id).set(IMPORT_RUN.CREATED_AT, now).set(IMPORT_RUN.UPDATED_AT, now)
                .set(IMPORT_RUN.VERSION, 0).set(IMPORT_RUN.ENTITY, entity)
                .set(IMPORT_RUN.FILE_NAME, fileName.length() > 500 ? fileName.substring(fileName.length() - 500) : fileName)
                .set(IMPORT_RUN.USER_NAME, userName)
                .execute();
        database.recordChange(IMPORT_RUN, ChangeKind.CREATE, id);
    }

    public void finish(UUID id, long imported, long updated, long skipped, long rejected, OffsetDateTime now) {
        database.dsl().update(IMPORT_RUN)
                .set(IMPORT_RUN.IMPORTED, (int) imported).set(IMPORT_RUN.UPDATED, (int) updated)
                .set(IMPORT_RUN.SKIPPED, (int) skipped).set(IMPORT_RUN.REJECTED, (int) rejected)
                .set(IMPORT_RUN.FINISHED_AT, now).set(IMPORT_RUN.UPDATED_AT, now)
                .set(IMPORT_RUN.VERSION, IMPORT_RUN.VERSION.plus(1))
                .where(IMPORT_RUN.ID.eq(id)).execute();
        database.recordChange(IMPORT_RUN, ChangeKind.UPDATE, id);
    }

    public void markUndone(UUID id, OffsetDateTime now) {
        database.dsl().update(IMPORT_RUN)
                .set(IMPORT_RUN.UNDONE_AT, now).set(IMPORT_RUN.UPDATED_AT, now)
                .set(IMPORT_RUN.VERSION, IMPORT_RUN.VERSION.plus(1))
                .where(IMPORT_RUN.ID.eq(id)).execute();
        database.recordChange(IMPORT_RUN, ChangeKind.UPDATE, id);
    }

    public Optional<ImportRun> find(UUID id) {
        return database.dsl().selectFrom(IMPORT_RUN).where(IMPORT_RUN.ID.eq(id)).fetchOptional(ImportRunRepository::toRun);
    }

    public List<ImportRun> recent(int limit) {
        return database.dsl().selectFrom(IMPORT_RUN).where(IMPORT_RUN.DELETED_AT.isNull())
                .orderBy(IMPORT_RUN.CREATED_AT.desc(), IMPORT_RUN.ID).limit(limit).fetch(ImportRunRepository::toRun);
    }

    private static ImportRun toRun(ImportRunRecord r) {
        return new ImportRun(r.getId(), r.getEntity(), r.getFileName(), r.getUserName(),
                r.getCreatedAt(), r.getFinishedAt(), r.getImported(), r.getUpdated(), r.getSkipped(), r.getRejected(),
                r.getUndoneAt());
    }
}
