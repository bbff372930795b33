package cn.zhaoshang.desk.event.ui;

import cn.zhaoshang.desk.common.background.BackgroundTask;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.event.EventDraft;
import cn.zhaoshang.desk.event.EventService;
import cn.zhaoshang.desk.event.FieldEvent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Events of the last months and the coming ones, the one selected in full, and what is done to it. */
public final class EventViewModel {
    static final int MONTHS_BACK = 12;
    static final int MONTHS_AHEAD = 6;

    // Properties
    public final ObservableList<FieldEvent> rows = FXCollections.observableArrayList();
    public final ObjectProperty<FieldEvent> selected = new SimpleObjectProperty<>();

    private final EventService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;

    public EventViewModel(EventService service, TaskRunner tasks, Messages messages, Consumer<Throwable> onError) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
    }

    public EventService service() {
        return service;
    }

    public LocalDate today() {
        return service.today();
    }

    // Commands

    public void load() {
        LocalDate today = service.today();
        tasks.run(messages.get("event.task.loading"), p -> service.list(today.minusMonths(MONTHS_BACK),
                today.plusMonths(MONTHS_AHEAD)), rows::setAll, onError);
    }

    public void select(FieldEvent e) {
        if (e == null) {
            selected.set(null);
        } else {
            tasks.run(messages.get("event.task.loading"), p -> service.get(e.id()), selected::set, onError);
        }
    }

    public void create(EventDraft draft, Consumer<FieldEvent> onSaved, Consumer<Throwable> onFailure) {
        tasks.run(messages.get("event.task.saving"), p -> service.create(draft), saved -> {
            onSaved.accept(saved);
            load();
            selected.set(saved);
        }, onFailure);
    }

    public void invite(UUID companyId) {
        change(p -> service.invite(selected.get().id(), companyId), e -> { }, onError);
    }

    public void attended(UUID companyId, boolean attended, String representative) {
        change(p -> service.attended(selected.get().id(), companyId, attended, representative), e -> { }, onError);
    }

    public void sign(UUID projectId, BigDecimal amount, Consumer<FieldEvent> onSaved, Consumer<Throwable> onFailure) {
        change(p -> service.sign(selected.get().id(), projectId, amount), onSaved, onFailure);
    }

    public void writeList(Path file, boolean signIn, Runnable done) {
        UUID id = selected.get().id();
        tasks.run(messages.get("event.task.writing"), p -> {
            if (signIn) {
                service.writeSignInSheet(id, messages, file);
            } else {
                service.writeList(id, messages, file);
            }
            return file;
        }, f -> done.run(), onError);
    }

    private void change(BackgroundTask<FieldEvent> work, Consumer<FieldEvent> onSaved,
                        Consumer<Throwable> onFailure) {
        tasks.run(messages.get("event.task.saving"), work, saved -> {
            selected.set(saved);
            onSaved.accept(saved);
        }, onFailure);
    }
}
