package cn.zhaoshang.desk.project.db;

import static cn.zhaoshang.desk.generated.Tables.CARRIER;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.INSPECTION_STOP;
import static cn.zhaoshang.desk.generated.Tables.INSPECTION_TOUR;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.UNIT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.generated.tables.records.InspectionStopRecord;
import cn.zhaoshang.desk.generated.tables.records.InspectionTourRecord;
import cn.zhaoshang.desk.project.InspectionTour;
import cn.zhaoshang.desk.project.ProjectVisibility;
import cn.zhaoshang.desk.project.TourStop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Inspection tours and their stops; every write goes through {@link RecordWriter}. */
public final class TourRepository {
    private final Database database;
    private final RecordWriter writer;

    public TourRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public List<InspectionTour> tours() {
        var stops = database.dsl().select(INSPECTION_STOP.TOUR_ID, count().as("n")).from(INSPECTION_STOP)
                .where(INSPECTION_STOP.DELETED_AT.isNull()).groupBy(INSPECTION_STOP.TOUR_ID).asTable("s");
        var n = stops.field("n", Integer.class);
        return database.dsl().select(INSPECTION_TOUR.ID, INSPECTION_TOUR.VERSION, INSPECTION_TOUR.NAME,
                        INSPECTION_TOUR.TOUR_DATE, INSPECTION_TOUR.NOTES, n)
                .from(INSPECTION_TOUR).leftJoin(stops).on(stops.field(INSPECTION_STOP.TOUR_ID).eq(INSPECTION_TOUR.ID))
                .where(INSPECTION_TOUR.DELETED_AT.isNull())
                .orderBy(INSPECTION_TOUR.TOUR_DATE.desc(), INSPECTION_TOUR.NAME)
                .fetch(r -> new InspectionTour(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? 0 : r.value6()));
    }

    public InspectionTour tour(UUID id) {
        return tours().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new DeskException("project.tour.error.notFound"));
    }

    public UUID insertTour(String name, LocalDate date, String notes) {
        InspectionTourRecord r = database.dsl().newRecord(INSPECTION_TOUR);
        r.setName(name);
        r.setTourDate(date);
        r.setNotes(notes);
        return writer.insert(r).getId();
    }

    public void updateTour(UUID id, int version, String name, LocalDate date, String notes) {
        InspectionTourRecord r = writer.load(INSPECTION_TOUR, id);
        r.setName(name);
        r.setTourDate(date);
        r.setNotes(notes);
        r.setVersion(version);
        writer.update(r);
    }

    public void deleteTour(UUID id, int version) {
        writer.softDelete(INSPECTION_TOUR, id, version);
    }

    /** The stops in route order; project names as the viewer may see them. */
    public List<TourStop> stops(UUID tourId, boolean realNames) {
        return database.dsl().select(INSPECTION_STOP.ID, INSPECTION_STOP.VERSION, INSPECTION_STOP.SEQ, PROJECT.ID,
                        PROJECT.NAME, PROJECT.CODE_NAME, COMPANY.NAME, CARRIER.NAME, CARRIER.ADDRESS, PROJECT.STAGE,
                        ProjectQueries.AMOUNT, PROJECT.LEADER_IN_CHARGE, UNIT.NAME, INSPECTION_STOP.REMARKS)
                .from(INSPECTION_STOP).join(PROJECT).on(PROJECT.ID.eq(INSPECTION_STOP.PROJECT_ID))
                .leftJoin(COMPANY).on(COMPANY.ID.eq(PROJECT.COMPANY_ID))
                .leftJoin(CARRIER).on(CARRIER.ID.eq(PROJECT.CARRIER_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(PROJECT.RESPONSIBLE_UNIT_ID))
                .where(INSPECTION_STOP.TOUR_ID.eq(tourId)).and(INSPECTION_STOP.DELETED_AT.isNull())
                .orderBy(INSPECTION_STOP.SEQ, INSPECTION_STOP.CREATED_AT)
                .fetch(r -> new TourStop(r.value1(), r.value2(), r.value3(), r.value4(),
                        ProjectVisibility.shownName(r.value5(), r.value6(), realNames), r.value7(), r.value8(), r.value9(),
                        r.value10(), r.value11(), r.value12(), r.value13(), r.value14()));
    }

    public Set<UUID> projectsOf(UUID tourId) {
        return database.dsl().select(INSPECTION_STOP.PROJECT_ID).from(INSPECTION_STOP)
                .where(INSPECTION_STOP.TOUR_ID.eq(tourId)).and(INSPECTION_STOP.DELETED_AT.isNull())
                .fetchSet(INSPECTION_STOP.PROJECT_ID).stream().collect(Collectors.toSet());
    }

    public int lastSeq(UUID tourId) {
        Integer last = database.dsl().select(max(INSPECTION_STOP.SEQ)).from(INSPECTION_STOP)
                .where(INSPECTION_STOP.TOUR_ID.eq(tourId)).and(INSPECTION_STOP.DELETED_AT.isNull()).fetchOne().value1();
        return last == null ? 0 : last;
    }

    public void insertStop(UUID tourId, UUID projectId, int seq) {
        InspectionStopRecord r = database.dsl().newRecord(INSPECTION_STOP);
        r.setTourId(tourId);
        r.setProjectId(projectId);
        r.setSeq(seq);
        writer.insert(r);
    }

    public void setSeq(UUID stopId, int version, int seq) {
        InspectionStopRecord r = writer.load(INSPECTION_STOP, stopId);
        r.setSeq(seq);
        r.setVersion(version);
        writer.update(r);
    }

    public void setRemarks(UUID stopId, int version, String remarks) {
        InspectionStopRecord r = writer.load(INSPECTION_STOP, stopId);
        r.setRemarks(remarks);
        r.setVersion(version);
        writer.update(r);
    }

    public void deleteStop(UUID stopId, int version) {
        writer.softDelete(INSPECTION_STOP, stopId, version);
    }

    public boolean projectExists(UUID projectId) {
        return database.dsl().fetchExists(PROJECT, PROJECT.ID.eq(projectId).and(PROJECT.DELETED_AT.isNull()));
    }
}
