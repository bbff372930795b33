package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.project.IndustryChoice;
import cn.zhaoshang.desk.project.ProjectFilter;
import cn.zhaoshang.desk.project.ProjectService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The filter the board and the list share: team, industry, chain node, carrier, responsible unit,
 * major flag and a search text. Every change produces a new {@link ProjectFilter}.
 */
public final class ProjectFilterViewModel {
    private final ProjectService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    // Properties
    private final ObservableList<Choice> teams = FXCollections.observableArrayList();
    private final ObservableList<IndustryChoice> industries = FXCollections.observableArrayList();
    private final ObservableList<Choice> chainNodes = FXCollections.observableArrayList();
    private final ObservableList<Choice> carriers = FXCollections.observableArrayList();
    private final ObservableList<Choice> units = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> team = new SimpleObjectProperty<>();
    private final ObjectProperty<IndustryChoice> industry = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> chainNode = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> carrier = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> unit = new SimpleObjectProperty<>();
    private final BooleanProperty majorOnly = new SimpleBooleanProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ProjectFilter> filter = new ReadOnlyObjectWrapper<>(ProjectFilter.ALL);

    public ProjectFilterViewModel(ProjectService service, TaskRunner tasks, Messages messages, Consumer<Throwable> onError) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        team.addListener((o, a, b) -> update());
        industry.addListener((o, a, b) -> update());
        chainNode.addListener((o, a, b) -> update());
        carrier.addListener((o, a, b) -> update());
        unit.addListener((o, a, b) -> update());
        majorOnly.addListener((o, a, b) -> update());
    }

    private record Lists(List<Choice> teams, List<IndustryChoice> industries, List<Choice> nodes, List<Choice> carriers,
                         List<Choice> units) { }

    /** Loads the choices (teams, industries …) in the background. */
    public void load() {
        tasks.run(messages.get("project.filter.loading"), progress -> new Lists(service.teams(), service.industries(),
                service.chainNodes(), service.carriers(), service.units()), lists -> {
                    teams.setAll(withAny(lists.teams()));
                    industries.setAll(withAny(lists.industries()));
                    chainNodes.setAll(withAny(lists.nodes()));
                    carriers.setAll(withAny(lists.carriers()));
                    units.setAll(withAny(lists.units()));
                }, onError);
    }

    /** A null first item stands for "any". */
    private static <T> List<T> withAny(List<T> items) {
        ArrayList<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(items);
        return all;
    }

    /** Applies the typed search text (on Enter or after a pause in typing). */
    public void applyText() {
        update();
    }

    public void clear() {
        team.set(null);
        industry.set(null);
        chainNode.set(null);
        carrier.set(null);
        unit.set(null);
        majorOnly.set(false);
        text.set("");
        update();
    }

    private void update() {
        ProjectFilter f = ProjectFilter.ALL
                .withTeam(team.get() == null ? null : team.get().id())
                .withIndustry(industry.get() == null ? null : industry.get().code())
                .withChainNode(chainNode.get() == null ? null : chainNode.get().id())
                .withCarrier(carrier.get() == null ? null : carrier.get().id())
                .withUnit(unit.get() == null ? null : unit.get().id())
                .withMajorOnly(majorOnly.get())
                .withText(text.get());
        if (!f.equals(filter.get())) {
            filter.set(f);
        }
    }

    public ReadOnlyObjectProperty<ProjectFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public boolean isActive() {
        return !ProjectFilter.ALL.equals(filter.get());
    }

    public ObservableList<Choice> teams() { return teams; }
    public ObservableList<IndustryChoice> industries() { return industries; }
    public ObservableList<Choice> chainNodes() { return chainNodes; }
    public ObservableList<Choice> carriers() { return carriers; }
    public ObservableList<Choice> units() { return units; }
    public ObjectProperty<Choice> teamProperty() { return team; }
    public ObjectProperty<IndustryChoice> industryProperty() { return industry; }
    public ObjectProperty<Choice> chainNodeProperty() { return chainNode; }
    public ObjectProperty<Choice> carrierProperty() { return carrier; }
    public ObjectProperty<Choice> unitProperty() { return unit; }
    public BooleanProperty majorOnlyProperty() { return majorOnly; }
    public StringProperty textProperty() { return text; }
}
