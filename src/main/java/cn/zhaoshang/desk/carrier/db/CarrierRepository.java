package cn.zhaoshang.desk.carrier.db;

import static cn.zhaoshang.desk.generated.Tables.CARRIER;

import cn.zhaoshang.desk.carrier.Carrier;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.CarrierRecord;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes carriers; every write goes through the record writer (audit, optimistic locking). */
public final class CarrierRepository {
    private final Database database;
    private final RecordWriter writer;

    public CarrierRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    /** All carriers not in the trash; there are a few hundred at most, so the list is read whole. */
    public List<Carrier> findLive() {
        return database.dsl().selectFrom(CARRIER).where(CARRIER.DELETED_AT.isNull()).orderBy(CARRIER.NAME)
                .fetch(CarrierRepository::toCarrier);
    }

    public Optional<Carrier> findLive(UUID id) {
        return database.dsl().selectFrom(CARRIER).where(CARRIER.ID.eq(id)).and(CARRIER.DELETED_AT.isNull())
                .fetchOptional(CarrierRepository::toCarrier);
    }

    public Carrier insert(Carrier c) {
        CarrierRecord record = new CarrierRecord();
        fill(record, c);
        return toCarrier(writer.insert(record));
    }

    /** Saves the user's changes; refused as stale when {@code c.version()} is no longer the stored one. */
    public Carrier update(Carrier c) {
        CarrierRecord record = writer.load(CARRIER, c.id());
        fill(record, c);
        record.setVersion(c.version());
        return toCarrier(writer.update(record));
    }

    /** Sets the current vacant area (from a newer occupancy entry), audited like any edit. */
    public void setVacantArea(UUID id, BigDecimal vacant) {
        CarrierRecord record = writer.load(CARRIER, id);
        record.setVacantArea(vacant);
        writer.update(record);
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(CARRIER, id, version);
    }

    private static void fill(CarrierRecord r, Carrier c) {
        r.setParentId(c.parentId());
        r.setName(c.name());
        r.setKind(c.kind());
        r.setAddress(c.address());
        r.setFocusIndustries(c.focusIndustries().isEmpty() ? null : String.join("|", c.focusIndustries()));
        r.setTotalArea(c.totalArea());
        r.setVacantArea(c.vacantArea());
        r.setOperator(c.operator());
        r.setContactName(c.contactName());
        r.setContactPhone(c.contactPhone());
    }

    static Carrier toCarrier(CarrierRecord r) {
        List<String> focus = r.getFocusIndustries() == null ? List.of()
                : Arrays.stream(r.getFocusIndustries().split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Carrier(r.getId(), r.getVersion(), r.getParentId(), r.getName(), r.getKind(),
                r.getAddress(), focus, r.getTotalArea(), r.getVacantArea(), r.getOperator(), r.getContactName(),
                r.getContactPhone());
    }
}
