package cn.zhaoshang.desk.policy.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.policy.IncentiveService;
import cn.zhaoshang.desk.policy.IncentiveTotals;
import cn.zhaoshang.desk.policy.PolicyService;
import cn.zhaoshang.desk.policy.ProjectRef;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 一企一策 in total: promised vs delivered per project and overall, and a project finder. */
final class IncentiveListViewModel {
    static final int RESULTS = 12;

    // Properties
    final ObservableList<IncentiveTotals> totals = FXCollections.observableArrayList();
    final ObjectProperty<IncentiveTotals> overall = new SimpleObjectProperty<>();
    final StringProperty search = new SimpleStringProperty("");
    final ObservableList<ProjectRef> results = FXCollections.observableArrayList();

    private final PolicyService policies;
    private final IncentiveService incentives;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private int generation;

    IncentiveListViewModel(PolicyService policies, IncentiveService incentives, TaskRunner tasks, Messages messages,
                           Consumer<Throwable> onError) {
        this.policies = policies;
        this.incentives = incentives;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        search.addListener((o, a, text) -> find(text));
    }

    private record Loaded(List<IncentiveTotals> perProject, IncentiveTotals overall) { }

    // Commands

    void load() {
        tasks.run(messages.get("policy.task.load"), p -> new Loaded(incentives.totalsByProject(), incentives.overall()),
                loaded -> {
                    totals.setAll(loaded.perProject());
                    overall.set(loaded.overall());
                }, onError);
    }

    /** Finds projects by name for the finder; an older answer arriving late is dropped. */
    void find(String text) {
        int mine = ++generation;
        if (text == null || text.isBlank()) {
            results.clear();
            return;
        }
        tasks.run(messages.get("policy.task.load"), p -> policies.findProjects(text, RESULTS), found -> {
            if (mine == generation) {
                results.setAll(found);
            }
        }, onError);
    }
}
