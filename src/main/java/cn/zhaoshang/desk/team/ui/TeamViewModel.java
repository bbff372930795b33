package cn.zhaoshang.desk.team.ui;

import cn.zhaoshang.desk.common.background.BackgroundTask;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.team.Membership;
import cn.zhaoshang.desk.team.PersonRef;
import cn.zhaoshang.desk.team.TeamService;
import cn.zhaoshang.desk.team.TeamSummary;
import cn.zhaoshang.desk.team.UnitRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The team screen's state and commands: the teams (the signed-in person's own team chosen on the first
 * load, the chosen one kept on later loads), the chosen team's roster and rotation history, and the
 * changes made from the screen's forms. Errors and notices go through the {@link DialogService}.
 */
public final class TeamViewModel {
    /** The roles a member can have on a team, as stored. */
    public static final List<String> ROLES = List.of("MEMBER", "LEADER");

    // Properties
    private final ObservableList<TeamSummary> teams = FXCollections.observableArrayList();
    private final ObjectProperty<TeamSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<Membership> roster = FXCollections.observableArrayList();
    private final ObservableList<Membership> history = FXCollections.observableArrayList();

    private final TeamService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private boolean firstLoad = true;

    public TeamViewModel(TeamService service, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        selected.addListener((obs, old, team) -> loadMembers());
    }

    public ObservableList<TeamSummary> teams() { return teams; }
    /** The chosen team; the view's list follows it and sets it. */
    public ObjectProperty<TeamSummary> selected() { return selected; }
    public ObservableList<Membership> roster() { return roster; }
    public ObservableList<Membership> history() { return history; }

    /** The day the forms start from (the service's clock, so that tests see a fixed day). */
    public LocalDate today() {
        return service.today();
    }

    // Commands

    public void loadTeams() {
        boolean first = firstLoad;
        firstLoad = false;
        run(p -> Map.entry(service.teams(), Optional.ofNullable(first ? service.defaultTeamFilter() : null)),
                found -> showTeams(found.getKey(), found.getValue().orElse(null)));
    }

    private void showTeams(List<TeamSummary> list, UUID preferred) {
        TeamSummary before = selected.get();
        UUID wanted = before != null ? before.id() : preferred;
        teams.setAll(list);
        TeamSummary pick = list.stream().filter(t -> t.id().equals(wanted)).findFirst()
                .orElse(list.isEmpty() ? null : list.getFirst());
        if (Objects.equals(selected.get(), pick)) {
            loadMembers(); // the same team, equal as before: its members may still have changed
        } else {
            selected.set(pick);
        }
    }

    private void loadMembers() {
        TeamSummary team = selected.get();
        if (team == null) {
            return;
        }
        run(p -> List.of(service.roster(team.id()), service.history(team.id())), lists -> {
            TeamSummary now = selected.get();
            if (now != null && now.id().equals(team.id())) { // an earlier choice's load may finish after a later one
                roster.setAll(lists.get(0));
                history.setAll(lists.get(1));
            }
        });
    }

    /** Everyone who can join a team, for the join form. */
    public void loadPeople(Consumer<List<PersonRef>> then) {
        run(p -> service.people(), then);
    }

    /** Every unit a person can belong to, for the new-person form. */
    public void loadUnits(Consumer<List<UnitRef>> then) {
        run(p -> service.units(), then);
    }

    public void addTeam(String name, String city, String region) {
        run(p -> service.addTeam(name, city, region), id -> loadTeams());
    }

    /** Puts a person on the chosen team from a day; nothing when no team is chosen. */
    public void join(PersonRef person, String role, LocalDate from) {
        TeamSummary team = selected.get();
        if (team == null) {
            return;
        }
        UUID personId = person == null ? null : person.id();
        run(p -> service.join(team.id(), personId, role, from), id -> loadTeams());
    }

    public void leave(Membership membership, LocalDate day) {
        run(p -> {
            service.leave(membership, day);
            return true;
        }, ok -> loadTeams());
    }

    public void addPerson(String name, UnitRef unit, String title, String mobile) {
        UUID unitId = unit == null ? null : unit.id();
        run(p -> service.addPerson(name, unitId, title, mobile),
                id -> dialogs.notify(messages.get("team.person.added", name.strip())));
    }

    public void addUnit(String name, String kind) {
        run(p -> service.addUnit(name, kind), id -> dialogs.notify(messages.get("team.unit.added", name.strip())));
    }

    private <T> void run(BackgroundTask<T> job, Consumer<T> onSuccess) {
        tasks.run(messages.get("team.loading"), job, onSuccess, dialogs::showError);
    }
}
