package cn.zhaoshang.desk.policy.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.policy.PolicyLadderTier;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.policy.PolicyFilter;
import cn.zhaoshang.desk.policy.PolicyService;
import cn.zhaoshang.desk.policy.PolicyStatus;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The policy library: current versions filtered by text, industry, tier and status; and how many
 * policies end within the warning period (the banner above the list).
 */
final class PolicyListViewModel {
    // Properties
    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<String> industry = new SimpleObjectProperty<>();
    final ObjectProperty<PolicyLadderTier> tier = new SimpleObjectProperty<>();
    final ObjectProperty<PolicyStatus> status = new SimpleObjectProperty<>();
    final IntegerProperty expiring = new SimpleIntegerProperty();
    final ObservableList<Policy> rows = FXCollections.observableArrayList();
    final ObjectProperty<Map<String, String>> industryNames = new SimpleObjectProperty<>(Map.of());

    private final PolicyService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private int generation;

    PolicyListViewModel(PolicyService service, TaskRunner tasks, Messages messages, Consumer<Throwable> onError) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        search.addListener((o, a, b) -> load(() -> { }));
        industry.addListener((o, a, b) -> load(() -> { }));
        tier.addListener((o, a, b) -> load(() -> { }));
        status.addListener((o, a, b) -> load(() -> { }));
    }

    PolicyService service() {
        return service;
    }

    // Commands

    /** Reads the industry names once (for filters and conditions), then the list. */
    void start(Runnable then) {
        tasks.run(messages.get("policy.task.load"), p -> service.industryChoices(), names -> {
            industryNames.set(names);
            load(then);
        }, onError);
    }

    /** Reads the filtered library; answers that arrive after a newer request are dropped. */
    void load(Runnable then) {
        int mine = ++generation;
        PolicyFilter filter = new PolicyFilter(search.get(), industry.get(), tier.get(), status.get());
        tasks.run(messages.get("policy.task.load"), p -> new Loaded(service.library(filter),
                service.expiringWithin(PolicyService.EXPIRY_WARNING_DAYS).size()), loaded -> {
            if (mine == generation) {
                rows.setAll(loaded.policies());
                expiring.set(loaded.expiring());
                then.run();
            }
        }, onError);
    }

    /** Shows only what ends soon (the banner's link). */
    void showExpiring() {
        status.set(PolicyStatus.EXPIRING);
    }

    private record Loaded(List<Policy> policies, int expiring) { }
}
