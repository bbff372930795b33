package cn.zhaoshang.desk.company.db;

import static cn.zhaoshang.desk.generated.Tables.SAVED_VIEW;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.SavedViewRecord;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;

/** Saved list views of one screen, per user (a view without owner is shared by everybody). */
public final class SavedViewRepository {
    private final Database database;
    private final RecordWriter writer;

    /** A stored view with its definition still as JSON text. */
    public record Row(UUID id, int version, String name, String definition, boolean isDefault, UUID ownerUserId) {
    }

    public SavedViewRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    private static Condition visibleTo(String screen, UUID userId) {
        Condition owner = userId == null ? SAVED_VIEW.OWNER_USER_ID.isNull()
                : SAVED_VIEW.OWNER_USER_ID.eq(userId).or(SAVED_VIEW.OWNER_USER_ID.isNull());
        return SAVED_VIEW.SCREEN.eq(screen).and(SAVED_VIEW.DELETED_AT.isNull()).and(owner);
    }

    public List<Row> list(String screen, UUID userId) {
        return database.dsl().selectFrom(SAVED_VIEW).where(visibleTo(screen, userId)).orderBy(SAVED_VIEW.NAME)
                .fetch(SavedViewRepository::toRow);
    }

    public Row insert(String screen, UUID userId, String name, String definition) {
        SavedViewRecord r = database.dsl().newRecord(SAVED_VIEW);
        r.setScreen(screen);
        r.setOwnerUserId(userId);
        r.setName(name);
        r.setDefinition(definition);
        r.setIsDefault(false);
        return toRow(writer.insert(r));
    }

    public Row update(UUID id, int version, String name, String definition) {
        SavedViewRecord r = writer.load(SAVED_VIEW, id);
        r.setName(name);
        r.setDefinition(definition);
        r.setVersion(version);
        return toRow(writer.update(r));
    }

    /** Makes one view the default of its screen for the user (or none, with {@code id} null). */
    public void setDefault(String screen, UUID userId, UUID id) {
        for (SavedViewRecord r : database.dsl().selectFrom(SAVED_VIEW).where(visibleTo(screen, userId)).fetch()) {
            boolean wanted = r.getId().equals(id);
            if (r.getIsDefault() != wanted) {
                r.setIsDefault(wanted);
                writer.update(r);
            }
        }
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(SAVED_VIEW, id, version);
    }

    private static Row toRow(SavedViewRecord r) {
        return new Row(r.getId(), r.getVersion(), r.getName(), r.getDefinition(), r.getIsDefault(), r.getOwnerUserId());
    }
}
