package cn.zhaoshang.desk.request.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.request.CompanyRequest;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.RequestDraft;
import cn.zhaoshang.desk.request.RequestQuery;
import cn.zhaoshang.desk.request.RequestService;
import cn.zhaoshang.desk.request.RequestStatus;
import cn.zhaoshang.desk.request.RequestStep;
import cn.zhaoshang.desk.request.Satisfaction;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The request list (all requests with filters, or one company's): rows, the selected request and its
 * history, and the commands that move a request along its loop. No controls here; the view binds.
 */
public final class RequestListViewModel {
    // Properties
    public final ObjectProperty<Choice> unit = new SimpleObjectProperty<>();
    public final ObjectProperty<RequestCategory> category = new SimpleObjectProperty<>();
    public final ObjectProperty<RequestStatus> status = new SimpleObjectProperty<>();
    public final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    public final ObservableList<CompanyRequest> rows = FXCollections.observableArrayList();
    public final ObjectProperty<CompanyRequest> selected = new SimpleObjectProperty<>();
    public final ObservableList<RequestStep> history = FXCollections.observableArrayList();
    public final ObservableList<Choice> units = FXCollections.observableArrayList();
    public final StringProperty countText = new SimpleStringProperty("");
    /** The company shown (one company's list), for the new-request form. */
    public final StringProperty companyName = new SimpleStringProperty();

    private final RequestService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private UUID companyId;

    public RequestListViewModel(RequestService service, TaskRunner tasks, Messages messages, Consumer<Throwable> onError) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        unit.addListener(o -> load());
        category.addListener(o -> load());
        status.addListener(o -> load());
        overdueOnly.addListener(o -> load());
        selected.addListener((o, old, now) -> loadHistory(now));
    }

    public RequestService service() {
        return service;
    }

    public LocalDate today() {
        return service.today();
    }

    /** Shows one company's requests only (null: every company under the filters). */
    public void showCompany(UUID company) {
        companyId = company;
        companyName.set(null);
        if (company == null) {
            rows.clear();
            selected.set(null);
        } else {
            tasks.run(messages.get("request.task.loading"), p -> service.companyName(company), name -> {
                if (company.equals(companyId)) {
                    companyName.set(name);
                }
            }, onError);
            load();
        }
    }

    public UUID companyId() {
        return companyId;
    }

    // Commands

    public void loadUnits() {
        tasks.run(messages.get("request.task.loading"), p -> service.units(), units::setAll, onError);
    }

    public void load() {
        RequestQuery q = new RequestQuery(unit.get() == null ? null : unit.get().id(), category.get(), status.get(),
                overdueOnly.get(), companyId, null);
        UUID keep = selected.get() == null ? null : selected.get().id();
        tasks.run(messages.get("request.task.loading"), p -> service.list(q), found -> {
            rows.setAll(found);
            countText.set(messages.get("request.list.count", found.size()));
            selected.set(found.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
        }, onError);
    }

    private void loadHistory(CompanyRequest r) {
        history.clear();
        if (r != null) {
            tasks.run(messages.get("request.task.loading"), p -> service.history(r.id()), steps -> {
                if (selected.get() != null && selected.get().id().equals(r.id())) {
                    history.setAll(steps);
                }
            }, onError);
        }
    }

    public void record(RequestDraft draft, Consumer<CompanyRequest> onSaved, Consumer<Throwable> onFailure) {
        tasks.run(messages.get("request.task.saving"), p -> service.record(draft), saved -> {
            onSaved.accept(saved);
            reloadSelecting(saved);
        }, onFailure);
    }

    /** The steps a request can take next. */
    public enum Action { START, CLOSE, REVISIT, REOPEN }

    public List<Action> actions(CompanyRequest r) {
        if (r == null) {
            return List.of();
        }
        return switch (r.status()) {
            case RECEIVED -> List.of(Action.START, Action.CLOSE);
            case IN_PROGRESS -> List.of(Action.CLOSE);
            case CLOSED -> List.of(Action.REVISIT, Action.REOPEN);
            case REVISITED -> List.of(Action.REOPEN);
        };
    }

    /** Takes the step for the selected request; {@code onDone} after it was saved (the list reloads). */
    public void step(Action action, LocalDate on, String note, Satisfaction satisfaction, Runnable onDone,
                     Consumer<Throwable> onFailure) {
        CompanyRequest r = selected.get();
        tasks.run(messages.get("request.task.saving"), p -> switch (action) {
            case START -> service.start(r.id(), r.version(), on, note);
            case CLOSE -> service.close(r.id(), r.version(), on, note);
            case REVISIT -> service.revisit(r.id(), r.version(), on, satisfaction, note);
            case REOPEN -> service.reopen(r.id(), r.version(), on, note);
        }, saved -> {
            onDone.run();
            reloadSelecting(saved);
        }, onFailure);
    }

    private void reloadSelecting(CompanyRequest saved) {
        selected.set(saved);
        load();
    }
}
