package cn.zhaoshang.desk.event.ui;

import cn.zhaoshang.desk.common.background.BackgroundTask;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.common.ui.DialogService.FileType;
import cn.zhaoshang.desk.event.EventDraft;
import cn.zhaoshang.desk.event.EventService;
import cn.zhaoshang.desk.event.FieldEvent;
import java.math.BigDecimal;
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
    private final DialogService dialogs;

    public EventViewModel(EventService service, TaskRunner tasks, Messages messages, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
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
                today.plusMonths(MONTHS_AHEAD)), rows::setAll, dialogs::showError);
    }

    public void select(FieldEvent e) {
        if (e == null) {
            selected.set(null);
        } else {
            tasks.run(messages.get("event.task.loading"), p -> service.get(e.id()), selected::set, dialogs::showError);
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
        change(p -> service.invite(selected.get().id(), companyId), e -> { }, dialogs::showError);
    }

    public void attended(UUID companyId, boolean attended, String representative) {
        change(p -> service.attended(selected.get().id(), companyId, attended, representative), e -> { }, dialogs::showError);
    }

    public void sign(UUID projectId, BigDecimal amount, Consumer<FieldEvent> onSaved, Consumer<Throwable> onFailure) {
        change(p -> service.sign(selected.get().id(), projectId, amount), onSaved, onFailure);
    }

    /** Asks where, then writes the selected event's sign-in sheet or its list of guests. */
    public void writeList(boolean signIn) {
        FieldEvent event = selected.get();
        String suggested = event.name() + messages.get(signIn ? "event.file.signIn" : "event.file.list") + ".xlsx";
        dialogs.chooseFileToSave(null, suggested, new FileType("Excel", "xlsx")).ifPresent(file ->
                tasks.run(messages.get("event.task.writing"), p -> {
                    if (signIn) {
                        service.writeSignInSheet(event.id(), messages, file);
                    } else {
                        service.writeList(event.id(), messages, file);
                    }
                    return file;
                }, f -> dialogs.notify(messages.get("event.written", f.getFileName().toString())), dialogs::showError));
    }

    private void change(BackgroundTask<FieldEvent> work, Consumer<FieldEvent> onSaved,
                        Consumer<Throwable> onFailure) {
        tasks.run(messages.get("event.task.saving"), work, saved -> {
            selected.set(saved);
            onSaved.accept(saved);
        }, onFailure);
    }
}
