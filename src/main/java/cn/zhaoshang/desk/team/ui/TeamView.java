package cn.zhaoshang.desk.team.ui;

import cn.zhaoshang.desk.common.ui.UiKit;
import cn.zhaoshang.desk.team.Membership;
import cn.zhaoshang.desk.team.PersonRef;
import cn.zhaoshang.desk.team.TeamService;
import cn.zhaoshang.desk.team.TeamSummary;
import cn.zhaoshang.desk.team.UnitRef;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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
 * The view builds the lists and forms; {@link TeamViewModel} loads and changes.
 */
public final class TeamView {
    private final UiKit kit;
    private final TeamViewModel model;
    private final SplitPane root = new SplitPane();
    private final ListView<TeamSummary> teams = new ListView<>();
    private final TableView<Membership> roster;
    private final TableView<Membership> history;

    public TeamView(UiKit kit, TeamService service) {
        this.kit = kit;
        this.model = new TeamViewModel(service, kit.tasks(), kit.dialogs(), kit.messages());
        this.roster = table("team-roster", model.roster());
        this.history = table("team-history", model.history());
        root.setId("team-view");
        teams.setId("team-list");
        teams.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(TeamSummary t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : kit.t("team.list.item", t.name(), t.baseCity(),
                        t.region() == null ? "" : t.region(), String.valueOf(t.currentMembers())));
            }
        });
        teams.setItems(model.teams());
        teams.getSelectionModel().selectedItemProperty().addListener((o, old, t) -> model.selected().set(t));
        model.selected().addListener((o, old, t) -> {
            if (t == null) {
                teams.getSelectionModel().clearSelection();
            } else if (t != teams.getSelectionModel().getSelectedItem()) {
                teams.getSelectionModel().select(t);
            }
        });
        Button addTeam = new Button(kit.t("team.action.addTeam"), new FontIcon(Feather.PLUS));
        addTeam.setId("team-add");
        addTeam.setOnAction(e -> addTeam());
        Button addPerson = new Button(kit.t("team.action.addPerson"), new FontIcon(Feather.USER));
        addPerson.setId("team-add-person");
        addPerson.setOnAction(e -> model.loadUnits(this::addPerson));
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
        model.loadTeams();
    }

    public Node root() {
        return root;
    }

    private TableView<Membership> table(String id, ObservableList<Membership> rows) {
        TableView<Membership> t = new TableView<>(rows);
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

    private void addTeam() {
        TextField name = new TextField();
        name.setId("team-new-name");
        TextField city = new TextField();
        city.setId("team-new-city");
        TextField region = new TextField();
        GridPane form = form("team.field.name", name, "team.field.city", city, "team.field.region", region);
        if (kit.dialogs().showForm(kit.t("team.action.addTeam"), form)) {
            model.addTeam(name.getText(), city.getText(), region.getText());
        }
    }

    private void join() {
        if (model.selected().get() != null) {
            model.loadPeople(this::join);
        }
    }

    private void join(List<PersonRef> people) {
        ComboBox<PersonRef> person = new ComboBox<>();
        person.setId("team-join-person");
        person.getItems().setAll(people);
        person.setConverter(new StringConverter<>() {
            @Override public String toString(PersonRef p) { return p == null ? "" : p.name() + (p.unitName() == null ? "" : "（" + p.unitName() + "）"); }
            @Override public PersonRef fromString(String s) { return null; }
        });
        ComboBox<String> role = new ComboBox<>();
        role.getItems().setAll(TeamViewModel.ROLES);
        role.setValue(TeamViewModel.ROLES.getFirst());
        role.setConverter(new StringConverter<>() {
            @Override public String toString(String r) { return r == null ? "" : kitText("team.role." + r); }
            @Override public String fromString(String s) { return null; }
        });
        DatePicker from = new DatePicker(model.today());
        if (kit.dialogs().showForm(kit.t("team.action.join"),
                form("team.column.person", person, "team.column.role", role, "team.column.from", from))) {
            model.join(person.getValue(), role.getValue(), from.getValue());
        }
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
        if (kit.dialogs().showForm(kit.t("team.action.addPerson"), form("team.column.person", name, "team.column.unit", unit,
                "team.field.title", title, "team.field.mobile", mobile))) {
            model.addPerson(name.getText(), unit.getValue(), title.getText(), mobile.getText());
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
        if (kit.dialogs().showForm(kit.t("team.action.addUnit"), form("team.field.name", name, "team.field.unitKind", kind))) {
            model.addUnit(name.getText(), kind.getValue());
        }
    }

    private void leave(Membership membership) {
        DatePicker to = new DatePicker(model.today());
        if (kit.dialogs().showForm(kit.t("team.action.leave"), form("team.column.to", to))) {
            model.leave(membership, to.getValue());
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
}
