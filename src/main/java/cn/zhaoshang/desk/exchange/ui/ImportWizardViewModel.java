package cn.zhaoshang.desk.exchange.ui;

import cn.zhaoshang.desk.common.background.BackgroundTask;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.exchange.ColumnMapping;
import cn.zhaoshang.desk.exchange.DuplicatePolicy;
import cn.zhaoshang.desk.exchange.FilePreview;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.ImportRequest;
import cn.zhaoshang.desk.exchange.ImportService;
import cn.zhaoshang.desk.exchange.ImportSummary;
import cn.zhaoshang.desk.exchange.SavedMapping;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard's state and commands: pick a file → map columns → preview → choose what
 * duplicates do → run. Work that reads the file or the database goes through the task runner (the
 * tests run it at once). No controls here.
 */
public final class ImportWizardViewModel {
    public static final int PICK = 0;
    public static final int MAP = 1;
    public static final int PREVIEW = 2;
    public static final int RUN = 3;
    public static final int DONE = 4;
    static final int PREVIEW_ROWS = 100;

    // Properties
    private final IntegerProperty step = new SimpleIntegerProperty(PICK);
    private final StringProperty file = new SimpleStringProperty("");
    private final ObjectProperty<ImportEntity> entity = new SimpleObjectProperty<>(ImportEntity.COMPANIES);
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    private final ObservableList<SavedMapping> savedMappings = FXCollections.observableArrayList();
    private final StringProperty mappingName = new SimpleStringProperty("");
    private final ObjectProperty<FilePreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<DuplicatePolicy> policy = new SimpleObjectProperty<>(DuplicatePolicy.SKIP);
    private final ObjectProperty<ImportSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty onlyProblems = new SimpleBooleanProperty();
    private final ObservableList<FilePreview.Row> previewRows = FXCollections.observableArrayList();

    private final ImportService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public ImportWizardViewModel(ImportService service, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        preview.addListener((obs, old, now) -> showPreviewRows());
        onlyProblems.addListener((obs, old, now) -> showPreviewRows());
    }

    private void showPreviewRows() {
        FilePreview p = preview.get();
        previewRows.setAll(p == null ? List.of() : p.rows().stream()
                .filter(r -> !onlyProblems.get() || r.isRejected() || r.hasWarnings() || r.skipped()).toList());
    }

    public IntegerProperty step() { return step; }
    public StringProperty file() { return file; }
    public ObjectProperty<ImportEntity> entity() { return entity; }
    public ObjectProperty<ColumnMapping> mapping() { return mapping; }
    public ObservableList<SavedMapping> savedMappings() { return savedMappings; }
    public StringProperty mappingName() { return mappingName; }
    public ObjectProperty<FilePreview> preview() { return preview; }
    public ObjectProperty<DuplicatePolicy> policy() { return policy; }
    public ObjectProperty<ImportSummary> summary() { return summary; }
    public StringProperty error() { return error; }
    public StringProperty notice() { return notice; }
    public BooleanProperty busy() { return busy; }
    /** Whether the preview shows only rows that are rejected, lose a value or are skipped. */
    public BooleanProperty onlyProblems() { return onlyProblems; }
    /** The previewed rows the table shows. */
    public ObservableList<FilePreview.Row> previewRows() { return previewRows; }

    /** Required fields the current mapping leaves without a column, as labels ("" when none). */
    public String missingFields() {
        ColumnMapping m = mapping.get();
        if (m == null) {
            return "";
        }
        return String.join("、", m.missingRequired().stream().map(messages::label).toList());
    }

    /**
     * What the wizard understood of a column beyond its field: for an amount, the unit its bare
     * numbers are read in (投资额(亿元) → "按亿元读"); "" otherwise.
     */
    public String columnNote(int column) {
        ColumnMapping m = mapping.get();
        ImportField field = m == null ? null : m.fieldAt(column);
        if (field == null || field.kind() != ImportField.Kind.AMOUNT) {
            return "";
        }
        return messages.get("exchange.wizard.unit", messages.get("exchange.unit." + m.unitOf(column).name()));
    }

    /** The preview's header of a column: its text, and the field (with its unit) it becomes. */
    public String previewHeader(int column) {
        ColumnMapping m = preview.get().mapping();
        ImportField field = m.fieldAt(column);
        String header = m.headers().get(column);
        if (field == null) {
            return header;
        }
        String note = columnNote(column);
        return header + "\n→ " + messages.label(field) + (note.isEmpty() ? "" : "（" + note + "）");
    }

    /** "前 100 行：拒绝 2 行，部分未导入 3 行，跳过合计/说明行 1 行。文件：CSV · GB18030 · ','". */
    public String previewSummary() {
        FilePreview p = preview.get();
        return messages.get("exchange.wizard.previewSummary", p.rows().size(), p.rejectedCount(), p.warnedCount(),
                p.skippedCount(), p.source());
    }

    /** The result in words: counts, rows merged, rows with values left out. */
    public String resultText() {
        ImportSummary s = summary.get();
        String counts = messages.get("exchange.wizard.result", s.imported(), s.updated(), s.skipped(), s.rejected());
        if (s.merged() > 0) {
            counts += messages.get("exchange.wizard.resultMerged", s.merged());
        }
        if (!s.changes().isEmpty()) {
            counts += messages.get("exchange.wizard.resultChanges", String.join("、", s.changes().entrySet().stream()
                    .map(e -> messages.get("exchange.cli.fieldCount", messages.label(e.getKey()), e.getValue())).toList()));
        }
        return counts;
    }

    public BooleanBinding canGoOn() {
        return Bindings.createBooleanBinding(() -> !busy.get() && switch (step.get()) {
            case PICK -> !file.get().isBlank();
            case MAP -> mapping.get() != null && mapping.get().missingRequired().isEmpty();
            case PREVIEW -> preview.get() != null;
            default -> false;
        }, step, file, mapping, preview, busy);
    }

    // Commands

    /** Asks for the table to import among the kinds of file the reader knows. */
    public void browse() {
        dialogs.chooseFileToOpen(messages.get("exchange.wizard.browse"), new DialogService.FileType(
                        messages.get("exchange.wizard.fileTypes"), "xlsx", "csv", "txt", "tsv"))
                .ifPresent(chosen -> file.set(chosen.toAbsolutePath().toString()));
    }

    /** Moves on: reading the file's headers, then the preview, then to the duplicate choice. */
    public void next() {
        error.set("");
        switch (step.get()) {
            case PICK -> background(p -> {
                Path path = Path.of(file.get().strip());
                ColumnMapping guessed = service.guessMapping(path, entity.get());
                return new Object[] {guessed, service.savedMappings(entity.get())};
            }, result -> {
                mapping.set((ColumnMapping) result[0]);
                @SuppressWarnings("unchecked")
                List<SavedMapping> saved = (List<SavedMapping>) result[1];
                savedMappings.setAll(saved);
                step.set(MAP);
            });
            case MAP -> background(p -> new Object[] {service.preview(Path.of(file.get().strip()), mapping.get(),
                    PREVIEW_ROWS, messages)}, result -> {
                preview.set((FilePreview) result[0]);
                step.set(PREVIEW);
            });
            case PREVIEW -> step.set(RUN);
            default -> { }
        }
    }

    public void back() {
        error.set("");
        if (step.get() > PICK && step.get() < DONE) {
            step.set(step.get() - 1);
        }
    }

    /** Maps a column to a field (null: not imported). */
    public void map(int column, ImportField field) {
        mapping.set(mapping.get().with(column, field));
        preview.set(null);
    }

    public void applySaved(SavedMapping saved) {
        ColumnMapping current = mapping.get();
        mapping.set(ColumnMapping.fromDefinition(current.entity(), current.headers(), saved.definition()));
        mappingName.set(saved.name());
        notice.set(messages.get("exchange.wizard.mappingApplied", saved.name()));
    }

    public void saveMapping() {
        String name = mappingName.get();
        ColumnMapping current = mapping.get();
        background(p -> new Object[] {service.saveMapping(name, current), service.savedMappings(current.entity())},
                result -> {
                    @SuppressWarnings("unchecked")
                    List<SavedMapping> saved = (List<SavedMapping>) result[1];
                    savedMappings.setAll(saved);
                    notice.set(messages.get("exchange.wizard.mappingSaved", ((SavedMapping) result[0]).name()));
                });
    }

    /** The import itself, for the view to run with a progress dialog. */
    public BackgroundTask<ImportSummary> importJob() {
        ImportRequest request = new ImportRequest(Path.of(file.get().strip()), entity.get(), mapping.get(), policy.get(),
                messages);
        return progress -> service.run(request, progress);
    }

    public void finished(ImportSummary done) {
        summary.set(done);
        step.set(DONE);
    }

    public void failed(Throwable failure) {
        error.set(messages.describe(failure));
    }

    /** Back to the start for another file. */
    public void reset() {
        step.set(PICK);
        onlyProblems.set(false);
        mapping.set(null);
        preview.set(null);
        summary.set(null);
        error.set("");
        notice.set("");
    }

    private void background(BackgroundTask<Object[]> work, Consumer<Object[]> then) {
        busy.set(true);
        tasks.run(messages.get("exchange.wizard.reading"), work, result -> {
            busy.set(false);
            then.accept(result);
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }
}
