package cn.zhaoshang.desk.team.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.team.Membership;
import cn.zhaoshang.desk.team.PersonRef;
import cn.zhaoshang.desk.team.TeamService;
import cn.zhaoshang.desk.team.TeamSummary;
import cn.zhaoshang.desk.team.UnitRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 小分队: the teams on the left (the signed-in person's own team chosen first); the chosen team's
 * current roster and its rotation history (轮岗); people with their home unit, and units, added here.
 */
public final class TeamView {
    private final UiKit kit;
    private final TeamService service;
    private final SplitPane root = new SplitPane();
    private final ListView<TeamSummary> teams = new ListView<>();
    private final TableView<Membership> roster;
    private final TableView<Membership> history;
    private boolean firstLoad = true;

    public TeamView(UiKit kit, TeamService service) {
        this.kit = kit;
        this.service = service;
        this.roster = table("team-roster");
        this.history = table("team-history");
        root.setId("team-view");
        teams.setId("team-list");
        teams.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(TeamSummary t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : kit.t("team.list.item", t.name(), t.baseCity(),
                        t.region() == null ? "" : t.region(), String.valueOf(t.currentMembers())));
            }
        });
        teams.getSelectionModel().selectedItemProperty().addListener((o, old, t) -> loadMembers());
        Button addTeam = new Button(kit.t("team.action.addTeam"), new FontIcon(Feather.PLUS));
        addTeam.setId("team-add");
        addTeam.setOnAction(e -> addTeam());
        Button addPerson = new Button(kit.t("team.action.addPerson"), new FontIcon(Feather.USER));
        addPerson.setId("team-add-person");
        addPerson.setOnAction(e -> addPerson());
        Button addUnit = new Button(kit.t("team.action.addUnit"), new FontIcon(Feather.HOME));
        addUnit.setId("team-add-unit");
        addUnit.setOnAction(e -> addUnit());
        FlowPane actions = new FlowPane(8, 8, addTeam, addPerson, addUnit);
        VBox left = new VBox(8, actions, teams);
        left.setPadding(new Insets(8));
        VBox.setVgrow(teams, Priority.ALWAYS);
        Button join = new Button(kit.t("team.action.join"), new FontIcon(Feather.USER_PLUS));
        join.setId("team-join");
        join.setOnAction(e -> join());
        Button leave = new Button(kit.t("team.action.leave"), new FontIcon(Feather.USER_MINUS));
        leave.setId("team-leave");
        leave.disableProperty().bind(roster.getSelectionModel().selectedItemProperty().isNull());
        leave.setOnAction(e -> leave(roster.getSelectionModel().getSelectedItem()));
        VBox right = new VBox(8, new HBox(8, new Label(kit.t("team.roster.title")), join, leave), roster,
                new Label(kit.t("team.history.title")), history);
        right.setPadding(new Insets(8));
        VBox.setVgrow(roster, Priority.ALWAYS);
        VBox.setVgrow(history, Priority.ALWAYS);
        root.getItems().setAll(left, right);
        root.setDividerPositions(0.3);
        loadTeams();
    }

    public Node root() {
        return root;
    }

    private TableView<Membership> table(String id) {
        TableView<Membership> t = new TableView<>();
        t.setId(id);
        t.setPlaceholder(new Label(kitText("team.members.empty")));
        t.getColumns().add(column("team.column.person", Membership::personName, 100));
        t.getColumns().add(column("team.column.unit", Membership::unitName, 150));
        t.getColumns().add(column("team.column.role", m -> kitText("team.role." + m.role()), 80));
        t.getColumns().add(column("team.column.from", m -> m.from().toString(), 100));
        t.getColumns().add(column("team.column.to", m -> m.to() == null ? kitText("team.current") : m.to().toString(), 100));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private String kitText(String key) {
        return kit.messages().has(key) ? kit.t(key) : key;
    }

    private TableColumn<Membership, String> column(String key, Function<Membership, String> value, double width) {
        TableColumn<Membership, String> c = new TableColumn<>(kitText(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void loadTeams() {
        boolean first = firstLoad;
        firstLoad = false;
        kit.tasks().run(kit.t("team.loading"), p -> Map.entry(service.teams(),
                Optional.ofNullable(first ? service.defaultTeamFilter() : null)), found -> {
            List<TeamSummary> list = found.getKey();
            var selected = teams.getSelectionModel().getSelectedItem();
            UUID wanted = selected != null ? selected.id() : found.getValue().orElse(null);
            teams.getItems().setAll(list);
            int index = wanted == null ? 0 : Math.max(0, list.stream().map(TeamSummary::id).toList().indexOf(wanted));
            if (!list.isEmpty()) {
                teams.getSelectionModel().select(index);
            }
        }, kit.dialogs()::showError);
    }

    private void loadMembers() {
        TeamSummary team = teams.getSelectionModel().getSelectedItem();
        if (team == null) {
            return;
        }
        kit.tasks().run(kit.t("team.loading"), p -> List.of(service.roster(team.id()), service.history(team.id())), lists -> {
            roster.getItems().setAll(lists.get(0));
            history.getItems().setAll(lists.get(1));
        }, kit.dialogs()::showError);
    }

    private void addTeam() {
        TextField name = new TextField();
        name.setId("team-new-name");
        TextField city = new TextField();
        city.setId("team-new-city");
        TextField region = new TextField();
        GridPane form = form("team.field.name", name, "team.field.city", city, "team.field.region", region);
        if (ask(kit.t("team.action.addTeam"), form)) {
            kit.tasks().run(kit.t("team.loading"), p -> service.addTeam(name.getText(), city.getText(), region.getText()),
                    id -> loadTeams(), kit.dialogs()::showError);
        }
    }

    private void join() {
        TeamSummary team = teams.getSelectionModel().getSelectedItem();
        if (team == null) {
            return;
        }
        kit.tasks().run(kit.t("team.loading"), p -> service.people(), people -> join(team, people), kit.dialogs()::showError);
    }

    private void join(TeamSummary team, List<PersonRef> people) {
        ComboBox<PersonRef> person = new ComboBox<>();
        person.setId("team-join-person");
        person.getItems().setAll(people);
        person.setConverter(new StringConverter<>() {
            @Override public String toString(PersonRef p) { return p == null ? "" : p.name() + (p.unitName() == null ? "" : "（" + p.unitName() + "）"); }
            @Override public PersonRef fromString(String s) { return null; }
        });
        ComboBox<String> role = new ComboBox<>();
        role.getItems().setAll("MEMBER", "LEADER");
        role.setValue("MEMBER");
        role.setConverter(new StringConverter<>() {
            @Override public String toString(String r) { return r == null ? "" : kitText("team.role." + r); }
            @Override public String fromString(String s) { return null; }
        });
        DatePicker from = new DatePicker(service.today());
        if (ask(kit.t("team.action.join"), form("team.column.person", person, "team.column.role", role, "team.column.from", from))) {
            PersonRef chosen = person.getValue();
            kit.tasks().run(kit.t("team.loading"), p -> service.join(team.id(), chosen == null ? null : chosen.id(),
                    role.getValue(), from.getValue()), id -> loadTeams(), kit.dialogs()::showError);
        }
    }

    private void addPerson() {
        kit.tasks().run(kit.t("team.loading"), p -> service.units(), this::addPerson, kit.dialogs()::showError);
    }

    private void addPerson(List<UnitRef> units) {
        TextField name = new TextField();
        name.setId("team-person-name");
        ComboBox<UnitRef> unit = new ComboBox<>();
        unit.setId("team-person-unit");
        unit.getItems().setAll(units);
        unit.setConverter(new StringConverter<>() {
            @Override public String toString(UnitRef u) { return u == null ? "" : u.name(); }
            @Override public UnitRef fromString(String s) { return null; }
        });
        TextField title = new TextField();
        title.setId("team-person-title");
        TextField mobile = new TextField();
        mobile.setId("team-person-mobile");
        if (ask(kit.t("team.action.addPerson"), form("team.column.person", name, "team.column.unit", unit,
                "team.field.title", title, "team.field.mobile", mobile))) {
            UUID unitId = unit.getValue() == null ? null : unit.getValue().id();
            kit.tasks().run(kit.t("team.loading"), p -> service.addPerson(name.getText(), unitId, title.getText(), mobile.getText()),
                    id -> kit.dialogs().notify(kit.t("team.person.added", name.getText().strip())), kit.dialogs()::showError);
        }
    }

    private void addUnit() {
        TextField name = new TextField();
        name.setId("team-unit-name");
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("team-unit-kind");
        kind.getItems().setAll(TeamService.UNIT_KINDS);
        kind.setValue("DEPARTMENT");
        kind.setConverter(new StringConverter<>() {
            @Override public String toString(String k) { return k == null ? "" : kitText("team.unitKind." + k); }
            @Override public String fromString(String s) { return null; }
        });
        if (ask(kit.t("team.action.addUnit"), form("team.field.name", name, "team.field.unitKind", kind))) {
            kit.tasks().run(kit.t("team.loading"), p -> service.addUnit(name.getText(), kind.getValue()),
                    id -> kit.dialogs().notify(kit.t("team.unit.added", name.getText().strip())), kit.dialogs()::showError);
        }
    }

    private void leave(Membership membership) {
        DatePicker to = new DatePicker(service.today());
        if (ask(kit.t("team.action.leave"), form("team.column.to", to))) {
            LocalDate day = to.getValue();
            kit.tasks().run(kit.t("team.loading"), p -> {
                service.leave(membership, day);
                return true;
            }, ok -> loadTeams(), kit.dialogs()::showError);
        }
    }

    private GridPane form(Object... keysAndFields) {
        GridPane grid = new GridPane(8, 8);
        for (int i = 0; i < keysAndFields.length; i += 2) {
            grid.add(new Label(kit.t((String) keysAndFields[i])), 0, i / 2);
            grid.add((Node) keysAndFields[i + 1], 1, i / 2);
        }
        return grid;
    }

    private boolean ask(String title, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
