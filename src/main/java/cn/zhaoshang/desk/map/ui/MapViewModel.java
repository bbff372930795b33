package cn.zhaoshang.desk.map.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.dashboard.Period;
import cn.zhaoshang.desk.dashboard.PeriodKind;
import cn.zhaoshang.desk.map.MapFigures;
import cn.zhaoshang.desk.map.MapFilter;
import cn.zhaoshang.desk.map.MapMeasure;
import cn.zhaoshang.desk.map.MapService;
import cn.zhaoshang.desk.map.Region;
import cn.zhaoshang.desk.map.RegionEntry;
import cn.zhaoshang.desk.map.Station;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the investment map: the filters and measure, the figures loaded for them, the province zoomed into
 * (null = all of China), the region picked and the list behind it.
 */
public final class MapViewModel {
    private final MapService service;
    private final TaskRunner tasks;
    private final Messages messages;

    // Properties
    private final ObjectProperty<MapFilter> filter = new SimpleObjectProperty<>();
    private final ObjectProperty<MapMeasure> measure = new SimpleObjectProperty<>(MapMeasure.COMPANIES);
    private final ObjectProperty<MapFigures> figures = new SimpleObjectProperty<>();
    private final ObjectProperty<Region> focus = new SimpleObjectProperty<>();
    private final ObjectProperty<Region> selected = new SimpleObjectProperty<>();
    private final ObservableList<RegionEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty();
    private Map<UUID, String> teams = Map.of();
    private Map<UUID, String> chains = Map.of();

    public MapViewModel(MapService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        filter.set(service.defaultFilter());
    }

    public ObjectProperty<MapFilter> filter() { return filter; }
    public ObjectProperty<MapMeasure> measure() { return measure; }
    public ObjectProperty<MapFigures> figures() { return figures; }
    public ObjectProperty<Region> focus() { return focus; }
    public ObjectProperty<Region> selected() { return selected; }
    public ObservableList<RegionEntry> entries() { return entries; }
    public ObservableList<Station> stations() { return stations; }
    public StringProperty error() { return error; }
    public Map<UUID, String> teams() { return teams; }
    public Map<UUID, String> chains() { return chains; }

    /** The regions drawn now: the provinces, or the prefectures of the focused province. */
    public List<Region> shownRegions() {
        Region f = focus.get();
        return f == null ? service.atlas().provinces() : service.atlas().prefecturesOf(f.code());
    }

    public List<Region> insets() {
        return focus.get() == null ? service.atlas().insets() : List.of();
    }

    // Commands

    /** Loads the outlines, teams, chains and stations once, then the figures. */
    public void start(Runnable choicesLoaded) {
        tasks.run(messages.get("map.loading"), p -> {
            service.atlas();
            return new Choices(service.teams(), service.chains(), service.stations());
        }, found -> {
            teams = found.teams();
            chains = found.chains();
            stations.setAll(found.stations());
            choicesLoaded.run();
            reload();
        }, e -> error.set(messages.describe(e)));
    }

    private record Choices(Map<UUID, String> teams, Map<UUID, String> chains, List<Station> stations) { }

    public void reload() {
        error.set(null);
        MapFilter f = filter.get();
        tasks.run(messages.get("map.loading"), p -> service.figures(f), figures::set, e -> error.set(messages.describe(e)));
        if (selected.get() != null) {
            loadEntries(selected.get());
        }
    }

    public void setFilter(MapFilter f) {
        filter.set(f);
        reload();
    }

    public void setMeasure(MapMeasure m) {
        measure.set(m);
        if (selected.get() != null) {
            loadEntries(selected.get());
        }
    }

    /** Same period length, one step back (-1) or forward (+1). */
    public void shift(int steps) {
        setFilter(filter.get().withPeriod(filter.get().period().shift(steps)));
    }

    /** Year / quarter / month around today (or the period's start when today is outside it). */
    public void periodKind(PeriodKind kind) {
        Period p = filter.get().period();
        LocalDate today = service.today();
        LocalDate anchor = today.isBefore(p.from()) || today.isAfter(p.to()) ? p.from() : today;
        setFilter(filter.get().withPeriod(Period.of(kind, anchor)));
    }

    /**
     * A click on a region: the list is filtered to it; a province on the national map is also zoomed into,
     * showing its prefectures.
     */
    public void pick(Region region) {
        if (region.level() == Region.INSET) {
            return;
        }
        if (region.level() == Region.PROVINCE && focus.get() == null) {
            focus.set(region);
        }
        selected.set(region);
        loadEntries(region);
    }

    /** Back to all of China, nothing picked. */
    public void zoomOut() {
        focus.set(null);
        selected.set(null);
        entries.clear();
    }

    private void loadEntries(Region region) {
        MapFilter f = filter.get();
        MapMeasure m = measure.get();
        tasks.run(messages.get("map.loading"), p -> service.entries(region, m, f), entries::setAll,
                e -> error.set(messages.describe(e)));
    }
}
