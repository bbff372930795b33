package cn.zhaoshang.desk.talent.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.UNIT;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.talent.CompanyRef;
import java.util.List;

/** Reads the district's units (the team area owns them) and its companies (the company library owns them). */
public final class UnitRepository {
    private final Database database;

    public UnitRepository(Database database) {
        this.database = database;
    }

    public List<Choice> live() {
        return database.dsl().select(UNIT.ID, UNIT.NAME).from(UNIT).where(UNIT.DELETED_AT.isNull())
                .orderBy(UNIT.KIND, UNIT.NAME).fetch(r -> new Choice(r.value1(), r.value2()));
    }

    /** Companies already located in the district, by name: where the inventory's people work. */
    public List<CompanyRef> companiesInDistrict(int limit) {
        return database.dsl().select(COMPANY.ID, COMPANY.NAME).from(COMPANY)
                .where(COMPANY.LOCATED_IN_DISTRICT.isTrue()).and(COMPANY.DELETED_AT.isNull())
                .orderBy(COMPANY.NAME).limit(limit).fetch(r -> new CompanyRef(r.value1(), r.value2()));
    }
}
