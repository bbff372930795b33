package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.common.ui.DialogService.FileType;
import cn.zhaoshang.desk.project.InspectionTour;
import cn.zhaoshang.desk.project.InspectionTourService;
import cn.zhaoshang.desk.project.ListSort;
import cn.zhaoshang.desk.project.ProjectCard;
import cn.zhaoshang.desk.project.ProjectFilter;
import cn.zhaoshang.desk.project.ProjectService;
import cn.zhaoshang.desk.project.TourStop;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Inspection tours (重大项目观摩): the tours, the route of the chosen one, the projects to pick
 * from (major projects by default), and the commands that plan, reorder, comment and export.
 */
public final class TourViewModel {
    private static final int CANDIDATES = 200;

    private final InspectionTourService tours;
    private final ProjectService projects;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    // Properties
    private final ObservableList<InspectionTour> all = FXCollections.observableArrayList();
    private final ObjectProperty<InspectionTour> selected = new SimpleObjectProperty<>();
    private final ObservableList<TourStop> stops = FXCollections.observableArrayList();
    private final ObservableList<ProjectCard> candidates = FXCollections.observableArrayList();
    private final StringProperty candidateQuery = new SimpleStringProperty("");
    private final BooleanProperty majorOnly = new SimpleBooleanProperty(true);

    public TourViewModel(InspectionTourService tours, ProjectService projects, TaskRunner tasks, Messages messages,
                         DialogService dialogs) {
        this.tours = tours;
        this.projects = projects;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        selected.addListener((o, a, tour) -> loadStops());
    }

    public void load() {
        load(null);
    }

    /** Reloads the tours and selects {@code prefer} (else the one selected, else the first). */
    private void load(UUID prefer) {
        UUID keep = prefer != null ? prefer : selected.get() == null ? null : selected.get().id();
        tasks.run(messages.get("project.tour.loading"), p -> tours.tours(), list -> {
            all.setAll(list);
            InspectionTour choice = list.stream().filter(t -> t.id().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            boolean same = Objects.equals(choice, selected.get());
            selected.set(choice);
            if (same) {
                loadStops();
            }
        }, dialogs::showError);
    }

    private void loadStops() {
        InspectionTour tour = selected.get();
        if (tour == null) {
            stops.clear();
            return;
        }
        tasks.run(messages.get("project.tour.loading"), p -> tours.stops(tour.id()), list -> {
            if (tour.equals(selected.get())) {
                stops.setAll(list);
            }
        }, dialogs::showError);
    }

    // Commands

    public void create(String name, LocalDate date, String notes) {
        change(() -> tours.create(name, date, notes));
    }

    public void update(String name, LocalDate date, String notes) {
        InspectionTour tour = selected.get();
        change(() -> {
            tours.update(tour.id(), tour.version(), name, date, notes);
            return null;
        });
    }

    public void delete() {
        InspectionTour tour = selected.get();
        change(() -> {
            tours.delete(tour.id(), tour.version());
            return null;
        });
    }

    public void searchCandidates() {
        ProjectFilter filter = ProjectFilter.ALL.withMajorOnly(majorOnly.get()).withText(candidateQuery.get());
        tasks.run(messages.get("project.tour.loading"), p -> projects.list(filter, ListSort.NAME, null, CANDIDATES).rows(),
                candidates::setAll, dialogs::showError);
    }

    public void addProjects(List<UUID> projectIds) {
        InspectionTour tour = selected.get();
        if (tour != null && !projectIds.isEmpty()) {
            change(() -> {
                tours.addStops(tour.id(), projectIds);
                return null;
            });
        }
    }

    public void move(TourStop stop, int direction) {
        InspectionTour tour = selected.get();
        change(() -> {
            tours.move(tour.id(), stop.id(), direction);
            return null;
        });
    }

    public void remove(TourStop stop) {
        change(() -> {
            tours.remove(stop.id(), stop.version());
            return null;
        });
    }

    public void setRemarks(TourStop stop, String remarks) {
        change(() -> {
            tours.setRemarks(stop.id(), stop.version(), remarks);
            return null;
        });
    }

    /** Asks where, then writes the selected tour's route sheet. */
    public void export() {
        InspectionTour tour = selected.get();
        dialogs.chooseFileToSave(messages.get("project.tour.export"),
                messages.get("project.tour.exportFile", tour.name()) + ".xlsx", new FileType("Excel (*.xlsx)", "xlsx"))
                .ifPresent(file -> tasks.run(messages.get("project.tour.exporting"), p -> {
                    tours.exportRouteSheet(tour.id(), file, messages);
                    return file;
                }, done -> dialogs.notify(messages.get("project.tour.exported", done.getFileName().toString())),
                        dialogs::showError));
    }

    /** Runs a change in the background, then reloads (selecting the tour the change returns, if any). */
    private void change(Supplier<UUID> work) {
        tasks.run(messages.get("project.detail.saving"), p -> Optional.ofNullable(work.get()),
                select -> load(select.orElse(null)), error -> {
            dialogs.showError(error);
            load();
        });
    }

    public ObservableList<InspectionTour> tours() { return all; }
    public ObjectProperty<InspectionTour> selectedProperty() { return selected; }
    public ObservableList<TourStop> stops() { return stops; }
    public ObservableList<ProjectCard> candidates() { return candidates; }
    public StringProperty candidateQueryProperty() { return candidateQuery; }
    public BooleanProperty majorOnlyProperty() { return majorOnly; }
}
