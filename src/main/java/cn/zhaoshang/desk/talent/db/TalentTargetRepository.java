package cn.zhaoshang.desk.talent.db;

import static cn.zhaoshang.desk.generated.Tables.TALENT_TARGET;
import static cn.zhaoshang.desk.generated.Tables.UNIT;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.TalentTargetRecord;
import cn.zhaoshang.desk.talent.TalentLevel;
import cn.zhaoshang.desk.talent.TalentTarget;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Talent targets per year, unit and level. */
public final class TalentTargetRepository {
    private final Database database;
    private final RecordWriter writer;

    public TalentTargetRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public List<TalentTarget> ofYear(int year) {
        return database.dsl().select(TALENT_TARGET.asterisk(), UNIT.NAME).from(TALENT_TARGET)
                .join(UNIT).on(UNIT.ID.eq(TALENT_TARGET.UNIT_ID))
                .where(TALENT_TARGET.TARGET_YEAR.eq(year)).and(TALENT_TARGET.DELETED_AT.isNull())
                .orderBy(UNIT.NAME, TALENT_TARGET.TALENT_LEVEL.nullsFirst())
                .fetch(r -> toTarget(r.into(TALENT_TARGET), r.get(UNIT.NAME)));
    }

    /** Which row holds a year, unit and level: its key, row version, and whether it is in the trash. */
    public record StoredTarget(UUID id, int version, boolean trashed) { }

    /** The row for a year, unit and level, trashed or not (the unique key covers trashed rows too). */
    public Optional<StoredTarget> findAny(int year, UUID unitId, TalentLevel level) {
        var levelCondition = level == null ? TALENT_TARGET.TALENT_LEVEL.isNull() : TALENT_TARGET.TALENT_LEVEL.eq(level.name());
        return database.dsl().selectFrom(TALENT_TARGET).where(TALENT_TARGET.TARGET_YEAR.eq(year))
                .and(TALENT_TARGET.UNIT_ID.eq(unitId)).and(levelCondition)
                .orderBy(TALENT_TARGET.DELETED_AT.nullsFirst()).limit(1)
                .fetchOptional(r -> new StoredTarget(r.getId(), r.getVersion(), r.getDeletedAt() != null));
    }

    public void insert(int year, UUID unitId, TalentLevel level, int count) {
        TalentTargetRecord r = new TalentTargetRecord();
        r.setTargetYear(year);
        r.setUnitId(unitId);
        r.setTalentLevel(level == null ? null : level.name());
        r.setTargetCount(count);
        writer.insert(r);
    }

    /** Sets the count of an existing row; refused as stale when it changed since {@code expectedVersion}. */
    public void setCount(UUID id, int expectedVersion, int count) {
        TalentTargetRecord r = writer.load(TALENT_TARGET, id);
        r.setTargetCount(count);
        r.setVersion(expectedVersion);
        writer.update(r);
    }

    public void restore(UUID id, int version) {
        writer.restore(TALENT_TARGET, id, version);
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(TALENT_TARGET, id, version);
    }

    private static TalentTarget toTarget(TalentTargetRecord r, String unitName) {
        return new TalentTarget(r.getId(), r.getVersion(), r.getTargetYear(), r.getUnitId(), unitName,
                TalentLevel.of(r.getTalentLevel()).orElse(null), r.getTargetCount());
    }
}
