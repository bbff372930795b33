package cn.zhaoshang.desk.talent.db;

import static cn.zhaoshang.desk.generated.Tables.UNIT;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.talent.UnitRef;
import java.util.List;

/** Reads the district's units (the team area owns them). */
public final class UnitRepository {
    private final Database database;

    public UnitRepository(Database database) {
        this.database = database;
    }

    public List<UnitRef> live() {
        return database.dsl().select(UNIT.ID, UNIT.NAME).from(UNIT).where(UNIT.DELETED_AT.isNull())
                .orderBy(UNIT.KIND, UNIT.NAME).fetch(r -> new UnitRef(r.value1(), r.value2()));
    }
}
