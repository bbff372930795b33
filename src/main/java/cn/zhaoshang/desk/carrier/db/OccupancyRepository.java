package cn.zhaoshang.desk.carrier.db;

import static cn.zhaoshang.desk.generated.Tables.CARRIER_OCCUPANCY;

import cn.zhaoshang.desk.carrier.OccupancyEntry;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.CarrierOccupancyRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.impl.DSL;

/** Dated occupancy figures of carriers: appended, never edited; a mistaken entry goes to the trash. */
public final class OccupancyRepository {
    private final Database database;
    private final RecordWriter writer;

    public OccupancyRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    /** The live entries of a carrier, oldest first (the order of the chart). */
    public List<OccupancyEntry> of(UUID carrierId) {
        return database.dsl().selectFrom(CARRIER_OCCUPANCY)
                .where(CARRIER_OCCUPANCY.CARRIER_ID.eq(carrierId)).and(CARRIER_OCCUPANCY.DELETED_AT.isNull())
                .orderBy(CARRIER_OCCUPANCY.RECORDED_ON, CARRIER_OCCUPANCY.CREATED_AT)
                .fetch(OccupancyRepository::toEntry);
    }

    /** The date of the carrier's latest live entry, if any. */
    public Optional<LocalDate> latestDate(UUID carrierId) {
        return Optional.ofNullable(database.dsl().select(DSL.max(CARRIER_OCCUPANCY.RECORDED_ON))
                .from(CARRIER_OCCUPANCY).where(CARRIER_OCCUPANCY.CARRIER_ID.eq(carrierId))
                .and(CARRIER_OCCUPANCY.DELETED_AT.isNull()).fetchOne(0, LocalDate.class));
    }

    public OccupancyEntry insert(OccupancyEntry e) {
        CarrierOccupancyRecord r = new CarrierOccupancyRecord();
        r.setCarrierId(e.carrierId());
        r.setRecordedOn(e.recordedOn());
        r.setOccupiedArea(e.occupiedArea());
        r.setVacantArea(e.vacantArea());
        return toEntry(writer.insert(r));
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(CARRIER_OCCUPANCY, id, version);
    }

    private static OccupancyEntry toEntry(CarrierOccupancyRecord r) {
        return new OccupancyEntry(r.getId(), r.getVersion(), r.getCarrierId(), r.getRecordedOn(), r.getOccupiedArea(),
                r.getVacantArea());
    }
}
