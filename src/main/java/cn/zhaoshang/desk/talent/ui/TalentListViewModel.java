package cn.zhaoshang.desk.talent.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.common.ui.DialogService.FileType;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.talent.Talent;
import cn.zhaoshang.desk.talent.TalentFilter;
import cn.zhaoshang.desk.talent.TalentLevel;
import cn.zhaoshang.desk.talent.TalentService;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The talent inventory (底数台账): search and filters, one page of people (at most
 * {@link TalentService#PAGE}) with the total count, and the masked, logged export of what matches.
 */
final class TalentListViewModel {
    // Properties
    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<Choice> unit = new SimpleObjectProperty<>();
    final ObjectProperty<TalentLevel> level = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final ObservableList<Talent> rows = FXCollections.observableArrayList();
    final IntegerProperty total = new SimpleIntegerProperty();
    final ObservableList<Choice> units = FXCollections.observableArrayList();

    private final TalentService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private int generation;

    TalentListViewModel(TalentService service, TaskRunner tasks, Messages messages, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        search.addListener((o, a, b) -> load(() -> { }));
        unit.addListener((o, a, b) -> load(() -> { }));
        level.addListener((o, a, b) -> load(() -> { }));
        year.addListener((o, a, b) -> load(() -> { }));
    }

    TalentFilter filter() {
        return new TalentFilter(search.get(), unit.get() == null ? null : unit.get().id(), level.get(), year.get());
    }

    boolean filtered() {
        return !search.get().isBlank() || unit.get() != null || level.get() != null || year.get() != null;
    }

    // Commands

    /** Reads the units (for the filter and the form) once, then the list. */
    void start(Runnable then) {
        tasks.run(messages.get("talent.task.load"), p -> service.units(), loaded -> {
            units.setAll(loaded);
            load(then);
        }, dialogs::showError);
    }

    void load(Runnable then) {
        int mine = ++generation;
        TalentFilter filter = filter();
        tasks.run(messages.get("talent.task.load"), p -> service.list(filter), page -> {
            if (mine == generation) {
                rows.setAll(page.rows());
                total.set(page.total());
                then.run();
            }
        }, dialogs::showError);
    }

    /** Asks where, then exports what the filter matches (masked); reports the count. */
    void export() {
        TalentFilter filter = filter();
        dialogs.chooseFileToSave(messages.get("talent.action.export"),
                messages.get("talent.export.fileName", service.today().toString()), new FileType("CSV", "csv"))
                .ifPresent(file -> tasks.run(messages.get("talent.task.export"), p -> service.export(filter, file, messages),
                        n -> dialogs.notify(messages.get("talent.export.done", n, file.getFileName().toString())),
                        dialogs::showError));
    }
}
