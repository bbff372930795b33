package cn.zhaoshang.desk.talent.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.FieldInputException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.talent.TalentLevel;
import cn.zhaoshang.desk.talent.TalentProgress;
import cn.zhaoshang.desk.talent.TalentService;
import cn.zhaoshang.desk.talent.TalentTarget;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The talent target ledger (人才目标台账) of a year: each unit's target against the people counted from
 * the inventory, and a form that sets or removes a target (choosing a row fills it in).
 */
final class TalentTargetViewModel {
    // Properties
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final ObservableList<TalentProgress> rows = FXCollections.observableArrayList();
    final ObservableList<Choice> units = FXCollections.observableArrayList();
    final ObjectProperty<TalentProgress> chosen = new SimpleObjectProperty<>();
    final ObjectProperty<Choice> unit = new SimpleObjectProperty<>();
    final ObjectProperty<TalentLevel> level = new SimpleObjectProperty<>();
    final StringProperty count = new SimpleStringProperty("");
    final StringProperty unitError = new SimpleStringProperty("");
    final StringProperty countError = new SimpleStringProperty("");

    private final TalentService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private final Map<UUID, TalentTarget> targets = new HashMap<>();

    TalentTargetViewModel(TalentService service, TaskRunner tasks, Messages messages, Consumer<Throwable> onError) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        year.set(service.today().getYear());
        year.addListener((o, a, b) -> load());
        chosen.addListener((o, a, p) -> {
            clearErrors();
            if (p != null) {
                unit.set(units.stream().filter(u -> u.id().equals(p.unitId())).findFirst().orElse(null));
                level.set(p.level());
                count.set(p.targetId() == null ? "" : String.valueOf(p.target()));
            }
        });
    }

    int totalTarget() {
        return rows.stream().mapToInt(TalentProgress::target).sum();
    }

    int totalActual() {
        return rows.stream().mapToInt(TalentProgress::actual).sum();
    }

    private record Loaded(List<Choice> units, List<TalentProgress> progress, List<TalentTarget> targets) { }

    // Commands

    void load() {
        int y = year.get();
        tasks.run(messages.get("talent.task.load"), p -> new Loaded(service.units(), service.progress(y), service.targets(y)),
                loaded -> {
                    if (units.isEmpty()) {
                        units.setAll(loaded.units());
                    }
                    targets.clear();
                    loaded.targets().forEach(t -> targets.put(t.id(), t));
                    rows.setAll(loaded.progress());
                }, onError);
    }

    /** Empties the form for a new target. */
    void startNew() {
        chosen.set(null);
        unit.set(null);
        level.set(null);
        count.set("");
        clearErrors();
    }

    /** Sets the target of the chosen unit and level for the year (changes it when it exists). */
    void save(Runnable then) {
        clearErrors();
        Integer n;
        try {
            n = count.get() == null || count.get().isBlank() ? null : Integer.valueOf(count.get().strip());
        } catch (NumberFormatException e) {
            countError.set(messages.get("talent.error.count"));
            return;
        }
        UUID unitId = unit.get() == null ? null : unit.get().id();
        TalentLevel l = level.get();
        int y = year.get();
        int expected = existingVersion(unitId, l);
        Integer value = n;
        tasks.run(messages.get("talent.task.save"), p -> {
            service.setTarget(y, unitId, l, value, expected);
            return null;
        }, done -> {
            load();
            then.run();
        }, this::fail);
    }

    /** The row version of the target the form is about, or -1 when it does not exist yet. */
    private int existingVersion(UUID unitId, TalentLevel l) {
        return targets.values().stream().filter(t -> t.unitId().equals(unitId) && t.level() == l)
                .mapToInt(TalentTarget::version).findFirst().orElse(-1);
    }

    void delete(Runnable then) {
        TalentProgress p = chosen.get();
        if (p == null || p.targetId() == null) {
            return;
        }
        TalentTarget t = targets.get(p.targetId());
        tasks.run(messages.get("talent.task.save"), x -> {
            service.deleteTarget(t.id(), t.version());
            return null;
        }, done -> {
            startNew();
            load();
            then.run();
        }, onError);
    }

    private void fail(Throwable error) {
        if (error instanceof FieldInputException input) {
            (input.field().equals("targetCount") ? countError : unitError).set(messages.describe(input));
        } else {
            onError.accept(error);
        }
    }

    private void clearErrors() {
        unitError.set("");
        countError.set("");
    }
}
