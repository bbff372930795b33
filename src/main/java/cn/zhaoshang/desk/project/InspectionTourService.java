package cn.zhaoshang.desk.project;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.office.OutputFile;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.project.db.TourRepository;
import cn.zhaoshang.desk.security.CompanyAccess;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Major-project inspection tours (重大项目观摩): a named, dated route of projects in order; the
 * route sheet exported for printing; the comments made at each stop recorded afterwards.
 */
public final class InspectionTourService {
    private static final Logger LOG = LoggerFactory.getLogger(InspectionTourService.class);
    private final Database database;
    private final TourRepository repository;
    private final AuditLog audit;
    private final ProjectVisibility visibility;
    /** Only projects the organiser may read go on a route. */
    private final CompanyAccess access;

    public InspectionTourService(Database database, RecordWriter writer, AuditLog audit, Session session,
                                 CompanyAccess access) {
        this.database = database;
        this.access = access;
        this.repository = new TourRepository(database, writer);
        this.audit = audit;
        this.visibility = new ProjectVisibility(session);
    }

    public List<InspectionTour> tours() {
        return repository.tours();
    }

    public UUID create(String name, LocalDate date, String notes) {
        String clean = requireName(name, date);
        return database.transaction(() -> repository.insertTour(clean, date, blankToNull(notes)));
    }

    public void update(UUID id, int version, String name, LocalDate date, String notes) {
        String clean = requireName(name, date);
        database.transaction(() -> repository.updateTour(id, version, clean, date, blankToNull(notes)));
    }

    public void delete(UUID id, int version) {
        database.transaction(() -> repository.deleteTour(id, version));
    }

    private static String requireName(String name, LocalDate date) {
        if (name == null || name.isBlank()) {
            throw new DeskException("project.tour.error.nameRequired");
        }
        if (date == null) {
            throw new DeskException("project.tour.error.dateRequired");
        }
        return name.strip();
    }

    public List<TourStop> stops(UUID tourId) {
        return repository.stops(tourId, visibility.seesRealNames());
    }

    /** Appends the projects to the route in the given order; projects already on it are skipped. */
    public int addStops(UUID tourId, List<UUID> projectIds) {
        return database.transaction(() -> {
            Set<UUID> present = repository.projectsOf(tourId);
            int seq = repository.lastSeq(tourId);
            int added = 0;
            for (UUID projectId : projectIds) {
                if (present.add(projectId)) {
                    if (!repository.projectExists(projectId)) {
                        throw new DeskException("project.error.notFound");
                    }
                    access.requireProjectVisible(projectId);
                    repository.insertStop(tourId, projectId, ++seq);
                    added++;
                }
            }
            return added;
        });
    }

    /** Moves a stop one place earlier (-1) or later (+1) on the route. */
    public void move(UUID tourId, UUID stopId, int direction) {
        database.transaction(() -> {
            List<TourStop> stops = repository.stops(tourId, true);
            int at = indexOf(stops, stopId);
            int other = at + Integer.signum(direction);
            if (at < 0 || other < 0 || other >= stops.size()) {
                return;
            }
            // Renumber the whole route 1..n with the two swapped, so equal or gapped numbers heal too.
            for (int i = 0; i < stops.size(); i++) {
                int from = i == at ? other : i == other ? at : i;
                TourStop stop = stops.get(from);
                if (stop.seq() != i + 1) {
                    repository.setSeq(stop.id(), stop.version(), i + 1);
                }
            }
        });
    }

    private static int indexOf(List<TourStop> stops, UUID stopId) {
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).id().equals(stopId)) {
                return i;
            }
        }
        return -1;
    }

    public void remove(UUID stopId, int version) {
        database.transaction(() -> repository.deleteStop(stopId, version));
    }

    /** The comments made at a stop during the tour (观摩意见). */
    public void setRemarks(UUID stopId, int version, String remarks) {
        database.transaction(() -> repository.setRemarks(stopId, version, blankToNull(remarks)));
    }

    /**
     * Writes the route sheet to {@code file} (.xlsx), names as the viewer may see them. Written to
     * a temporary file first, so a failed export never leaves half a sheet behind.
     */
    public void exportRouteSheet(UUID tourId, Path file, Messages messages) {
        InspectionTour tour = repository.tour(tourId);
        List<TourStop> stops = stops(tourId);
        OutputFile.requireExtension(file, "xlsx");
        try {
            OutputFile.write(file, "xlsx", out -> RouteSheetWriter.write(out, tour, stops, messages));
        } catch (IOException e) {
            throw new DeskException(e, "project.tour.error.export", file);
        }
        Map<String, FieldChange> what = new LinkedHashMap<>();
        what.put("route_sheet", new FieldChange(null, file.getFileName().toString()));
        what.put("stops", new FieldChange(null, String.valueOf(stops.size())));
        database.transaction(() -> audit.record(AuditLog.Action.EXPORT, "inspection_tour", tourId, what));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
