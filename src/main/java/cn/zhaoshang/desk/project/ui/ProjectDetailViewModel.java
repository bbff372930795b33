package cn.zhaoshang.desk.project.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.project.ClockState;
import cn.zhaoshang.desk.project.IndustryChoice;
import cn.zhaoshang.desk.project.Project;
import cn.zhaoshang.desk.project.ProjectService;
import cn.zhaoshang.desk.project.StageHistoryEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One project in full: its fields with the names of what they refer to, its stage clock and its
 * stage history. Reloaded after every change made from the detail.
 */
public final class ProjectDetailViewModel {
    private final ProjectService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private final UUID id;
    // Properties
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<ClockState> clock = new SimpleObjectProperty<>(ClockState.NONE);
    private final ObservableList<StageHistoryEntry> history = FXCollections.observableArrayList();
    private final Map<UUID, String> names = new HashMap<>();
    private final Map<String, String> industries = new HashMap<>();

    public ProjectDetailViewModel(ProjectService service, TaskRunner tasks, Messages messages, Consumer<Throwable> onError,
                                  UUID id) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        this.id = id;
    }

    public UUID id() {
        return id;
    }

    private record Loaded(Project project, ClockState clock, List<StageHistoryEntry> history, Map<UUID, String> names,
                          List<IndustryChoice> industries) { }

    public void load() {
        tasks.run(messages.get("project.detail.loading"), p -> {
            Project loaded = service.get(id);
            Map<UUID, String> lookup = new HashMap<>();
            for (List<Choice> list : List.of(service.teams(), service.units(), service.carriers(), service.chainNodes())) {
                list.forEach(c -> lookup.put(c.id(), c.name()));
            }
            return new Loaded(loaded, service.clock(loaded.stage(), loaded.stageEnteredOn()), service.history(id), lookup,
                    service.industries());
        }, loaded -> {
            names.putAll(loaded.names());
            loaded.industries().forEach(i -> industries.put(i.code(), i.code() + " " + i.name()));
            clock.set(loaded.clock());
            history.setAll(loaded.history());
            project.set(loaded.project());
        }, onError);
    }

    /** The name of a team, unit, carrier or chain node; empty for none. */
    public String nameOf(UUID ref) {
        return ref == null ? "" : names.getOrDefault(ref, "");
    }

    public String industryName(String code) {
        return code == null ? "" : industries.getOrDefault(code, code);
    }

    public String chainNodeNames(Project p) {
        return p.chainNodeIds().stream().map(this::nameOf).collect(Collectors.joining(messages.get("project.list.separator")));
    }

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public ObjectProperty<ClockState> clockProperty() {
        return clock;
    }

    public ObservableList<StageHistoryEntry> history() {
        return history;
    }
}
