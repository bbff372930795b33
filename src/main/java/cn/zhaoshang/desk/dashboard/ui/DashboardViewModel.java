package cn.zhaoshang.desk.dashboard.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.dashboard.DashboardData;
import cn.zhaoshang.desk.dashboard.DashboardFilter;
import cn.zhaoshang.desk.dashboard.DashboardService;
import cn.zhaoshang.desk.dashboard.DrillDown;
import cn.zhaoshang.desk.dashboard.DrillRow;
import cn.zhaoshang.desk.dashboard.Period;
import cn.zhaoshang.desk.dashboard.PeriodKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the dashboard: the period and team picked, the figures loaded for them, the error if any. */
public final class DashboardViewModel {
    private final DashboardService service;
    private final TaskRunner tasks;
    private final Messages messages;

    // Properties
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> team = new SimpleObjectProperty<>();
    private final ObjectProperty<DashboardData> data = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final Supplier<UUID> myTeam;
    private Map<UUID, String> teams = Map.of();

    /** @param myTeam the signed-in person's current team or null ("my workspace"); asked in the background */
    public DashboardViewModel(DashboardService service, TaskRunner tasks, Messages messages, Supplier<UUID> myTeam) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.myTeam = myTeam;
        period.set(service.defaultFilter(null).period());
    }

    public ObjectProperty<Period> period() { return period; }
    public ObjectProperty<UUID> team() { return team; }
    public ObjectProperty<DashboardData> data() { return data; }
    public BooleanProperty loading() { return loading; }
    public StringProperty error() { return error; }
    public Map<UUID, String> teams() { return teams; }

    public DashboardFilter filter() {
        return new DashboardFilter(period.get(), team.get());
    }

    // Commands

    /** Loads the team list and the user's own team once (the screen opens on it), then the figures. */
    public void start(Runnable teamsLoaded) {
        tasks.run(messages.get("dashboard.loading"), p -> Map.entry(service.teams(), Optional.ofNullable(myTeam.get())),
                found -> {
                    teams = found.getKey();
                    team.set(found.getValue().filter(teams::containsKey).orElse(null));
                    teamsLoaded.run();
                    reload();
                }, e -> error.set(messages.describe(e)));
    }

    public void reload() {
        loading.set(true);
        error.set(null);
        DashboardFilter filter = filter();
        tasks.run(messages.get("dashboard.loading"), p -> service.load(filter), loaded -> {
            loading.set(false);
            data.set(loaded);
        }, e -> {
            loading.set(false);
            error.set(messages.describe(e));
        });
    }

    /** Same period length, one step back (-1) or forward (+1). */
    public void shift(int steps) {
        period.set(period.get().shift(steps));
        reload();
    }

    /** Switches year / quarter / month around the current period's anchor day (today when inside). */
    public void periodKind(PeriodKind kind) {
        Period p = period.get();
        LocalDate today = service.today();
        LocalDate anchor = today.isBefore(p.from()) || today.isAfter(p.to()) ? p.from() : today;
        period.set(Period.of(kind, anchor));
        reload();
    }

    public void selectTeam(UUID teamId) {
        team.set(teamId);
        reload();
    }

    /** Loads the rows behind a figure and hands them over (on the UI thread). */
    public void drill(DrillDown drill, Consumer<List<DrillRow>> show) {
        drill(drill, filter(), show);
    }

    /** The rows behind a figure of another period or team than the picked one (progress cells, rankings). */
    public void drill(DrillDown drill, DashboardFilter filter, Consumer<List<DrillRow>> show) {
        tasks.run(messages.get("dashboard.loading"), p -> service.drill(drill, filter), show,
                e -> error.set(messages.describe(e)));
    }
}
