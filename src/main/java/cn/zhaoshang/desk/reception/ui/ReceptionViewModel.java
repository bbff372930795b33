package cn.zhaoshang.desk.reception.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.reception.NextStep;
import cn.zhaoshang.desk.reception.Reception;
import cn.zhaoshang.desk.reception.ReceptionDraft;
import cn.zhaoshang.desk.reception.ReceptionService;
import cn.zhaoshang.desk.reception.RouteStop;
import cn.zhaoshang.desk.reception.Visitor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The receptions of the last months and next weeks, the one selected in full, and the commands on them. */
public final class ReceptionViewModel {
    /** How far back and ahead the list reaches. */
    static final int MONTHS_BACK = 6;
    static final int MONTHS_AHEAD = 2;

    // Properties
    public final ObservableList<Reception> rows = FXCollections.observableArrayList();
    public final ObjectProperty<Reception> selected = new SimpleObjectProperty<>();
    public final ObservableList<Choice> carriers = FXCollections.observableArrayList();

    private final ReceptionService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;

    public ReceptionViewModel(ReceptionService service, TaskRunner tasks, Messages messages, Consumer<Throwable> onError) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
    }

    public ReceptionService service() {
        return service;
    }

    public LocalDate today() {
        return service.today();
    }

    // Commands

    public void load() {
        LocalDate today = service.today();
        tasks.run(messages.get("reception.task.loading"), p -> service.list(today.minusMonths(MONTHS_BACK),
                today.plusMonths(MONTHS_AHEAD)), rows::setAll, onError);
        tasks.run(messages.get("reception.task.loading"), p -> service.carriers(), carriers::setAll, onError);
    }

    public void select(Reception r) {
        if (r == null) {
            selected.set(null);
            return;
        }
        tasks.run(messages.get("reception.task.loading"), p -> service.get(r.id()), selected::set, onError);
    }

    /**
     * Records a reception from the form's texts: visitors one a line ("name title"), next steps one a line,
     * the route as chosen.
     */
    public void record(Choice company, LocalDate on, String delegation, String visitors, String leaders, List<Choice> route,
                       String outcome, String steps, Consumer<Reception> onSaved, Consumer<Throwable> onFailure) {
        ReceptionDraft draft = new ReceptionDraft(company == null ? null : company.id(), on, delegation, visitors(visitors),
                leaders, route.stream().map(c -> new RouteStop(c.id(), c.name(), null)).toList(), outcome,
                lines(steps).stream().map(s -> NextStep.of(s, null)).toList());
        tasks.run(messages.get("reception.task.saving"), p -> service.record(draft), saved -> {
            onSaved.accept(saved);
            load();
            selected.set(saved);
        }, onFailure);
    }

    public void stepsToTasks(Consumer<Integer> made) {
        Reception r = selected.get();
        tasks.run(messages.get("reception.task.saving"), p -> service.stepsToTasks(r.id()).size(), n -> {
            made.accept(n);
            select(r);
        }, onError);
    }

    /** "王建国 副总裁" → name 王建国, title 副总裁; a line without a space is a name alone. */
    static List<Visitor> visitors(String text) {
        List<Visitor> result = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split("[\\s　,，、]+", 2);
            result.add(new Visitor(parts[0], parts.length > 1 ? parts[1] : null));
        }
        return result;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
