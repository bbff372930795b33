package cn.zhaoshang.desk.carrier.db;

import static cn.zhaoshang.desk.generated.Tables.CARRIER;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;

import cn.zhaoshang.desk.carrier.CarrierProject;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.EnumColumns;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.impl.DSL;

/**
 * Reads the project rows that name a carrier. The project library owns these rows and their rules;
 * carriers only read them (stage, company, planned investment), so this stays read-only.
 */
public final class CarrierProjectRepository {
    private final Database database;

    public CarrierProjectRepository(Database database) {
        this.database = database;
    }

    /** Live projects per carrier id (carriers without projects are absent). */
    public Map<UUID, Integer> countsByCarrier() {
        Map<UUID, Integer> counts = new HashMap<>();
        database.dsl().select(PROJECT.CARRIER_ID, DSL.count()).from(PROJECT)
                .where(PROJECT.CARRIER_ID.isNotNull()).and(PROJECT.DELETED_AT.isNull())
                .groupBy(PROJECT.CARRIER_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Live projects naming any of the carriers, newest stage change first. */
    public List<CarrierProject> projectsIn(Collection<UUID> carrierIds) {
        if (carrierIds.isEmpty()) {
            return List.of();
        }
        // A confidential project shows only its code name: who may see more is the project library's call.
        return database.dsl().select(PROJECT.ID, PROJECT.NAME, PROJECT.CODE_NAME, COMPANY.NAME,
                        EnumColumns.names(PROJECT.STAGE), PROJECT.STAGE_ENTERED_ON, PROJECT.PLANNED_INVESTMENT,
                        PROJECT.CARRIER_ID, CARRIER.NAME)
                .from(PROJECT)
                .join(CARRIER).on(CARRIER.ID.eq(PROJECT.CARRIER_ID))
                .leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .where(PROJECT.CARRIER_ID.in(carrierIds)).and(PROJECT.DELETED_AT.isNull())
                .orderBy(PROJECT.STAGE_ENTERED_ON.desc(), PROJECT.NAME)
                .fetch(r -> {
                    boolean secret = r.value3() != null;
                    return new CarrierProject(r.value1(), secret ? r.value3() : r.value2(), secret ? null : r.value4(),
                            r.value5(), r.value6(), r.value7(), r.value8(), r.value9());
                });
    }

    /** True when a live project names the carrier (it cannot go to the trash then). */
    public boolean anyIn(UUID carrierId) {
        return database.dsl().fetchExists(PROJECT, PROJECT.CARRIER_ID.eq(carrierId).and(PROJECT.DELETED_AT.isNull()));
    }
}
