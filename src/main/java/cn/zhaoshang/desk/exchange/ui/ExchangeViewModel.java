package cn.zhaoshang.desk.exchange.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.ui.CompanyChoices;
import cn.zhaoshang.desk.exchange.ExportRecord;
import cn.zhaoshang.desk.exchange.ExportService;
import cn.zhaoshang.desk.exchange.ImportRun;
import cn.zhaoshang.desk.exchange.ImportService;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The exchange area's own state and commands: past imports with a confirmed undo, and the export log for
 * those who may read it. The import wizard and the export form have models of their own, made here so that
 * they share this area's task runner and dialogs.
 */
public final class ExchangeViewModel {
    static final int RUNS = 200;
    static final int LOG_LINES = 500;

    // Properties
    private final ObservableList<ImportRun> runs = FXCollections.observableArrayList();
    private final ObservableList<ExportRecord> log = FXCollections.observableArrayList();

    private final ImportService imports;
    private final ExportService exports;
    private final CompanyService companies;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public ExchangeViewModel(ImportService imports, ExportService exports, CompanyService companies, TaskRunner tasks,
                             DialogService dialogs, Messages messages) {
        this.imports = imports;
        this.exports = exports;
        this.companies = companies;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Recent imports, newest first. */
    public ObservableList<ImportRun> runs() { return runs; }
    /** Recent exports (导出记录); stays empty for those who may not read it. */
    public ObservableList<ExportRecord> log() { return log; }

    public boolean canReadLog() {
        return exports.canReadLog();
    }

    public ImportWizardViewModel wizard() {
        return new ImportWizardViewModel(imports, tasks, dialogs, messages);
    }

    public ExportViewModel exportForm() {
        return new ExportViewModel(exports, tasks, dialogs, messages);
    }

    // Commands

    /** The export form's pickers: teams, tags, industries and places that companies use. */
    public void loadChoices(Consumer<CompanyChoices> then) {
        tasks.run(messages.get("company.task.choices"), p -> CompanyChoices.load(companies, null), then, dialogs::showError);
    }

    public void refreshRuns() {
        tasks.run(messages.get("exchange.runs.loading"), p -> imports.recentRuns(RUNS), runs::setAll, dialogs::showError);
    }

    public void refreshLog() {
        if (canReadLog()) {
            tasks.run(messages.get("exchange.runs.loading"), p -> exports.recentExports(LOG_LINES), log::setAll,
                    dialogs::showError);
        }
    }

    /** Takes back what an import wrote, once the user confirmed; edits made since are kept. */
    public void undo(ImportRun run) {
        if (run == null || !dialogs.confirm(messages.get("exchange.runs.confirmUndo", run.fileName(), run.imported(),
                run.updated()))) {
            return;
        }
        dialogs.runInBackground(messages.get("exchange.runs.undoing"), p -> imports.undo(run.id(), p), s -> {
            dialogs.notify(messages.get("exchange.cli.undone", s.removed(), s.restored(), s.keptChangedSince()));
            refreshRuns();
        });
    }
}
