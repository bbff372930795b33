package cn.zhaoshang.desk.exchange.ui;

import cn.zhaoshang.desk.common.background.BackgroundTask;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.exchange.ContactFilter;
import cn.zhaoshang.desk.exchange.ExportColumn;
import cn.zhaoshang.desk.exchange.ExportFormat;
import cn.zhaoshang.desk.exchange.ExportRequest;
import cn.zhaoshang.desk.exchange.ExportResult;
import cn.zhaoshang.desk.exchange.ExportService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contact-list export form: filter fields, columns, format, masking, target file; counts what
 * the filter selects and runs the export. Masking is on by default (PIPL: personal data leaves masked
 * unless the user decides otherwise).
 */
public final class ExportViewModel {
    // Properties
    private final StringProperty industry = new SimpleStringProperty("");
    private final StringProperty division = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty team = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty stage = new SimpleStringProperty("");
    private final ObservableList<ExportColumn> columns = FXCollections.observableArrayList(ExportColumn.values());
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.XLSX);
    private final BooleanProperty mask = new SimpleBooleanProperty(true);
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final ExportService service;
    private final TaskRunner tasks;
    private final Messages messages;

    public ExportViewModel(ExportService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
    }

    public StringProperty industry() { return industry; }
    public StringProperty division() { return division; }
    public StringProperty status() { return status; }
    public StringProperty team() { return team; }
    public StringProperty tag() { return tag; }
    public StringProperty name() { return name; }
    public StringProperty stage() { return stage; }
    public ObservableList<ExportColumn> columns() { return columns; }
    public ObjectProperty<ExportFormat> format() { return format; }
    public BooleanProperty mask() { return mask; }

    /** Recruiters and team leads always export masked: the box stays ticked and cannot be changed. */
    public boolean maskFixed() {
        return service.maskingRequired();
    }
    public StringProperty file() { return file; }
    public StringProperty countText() { return countText; }
    public StringProperty message() { return message; }
    public StringProperty error() { return error; }

    /** The filter as the form says it (the same text the command line takes). */
    public ContactFilter filter() {
        List<String> parts = new ArrayList<>();
        add(parts, "industry", industry.get());
        add(parts, "division", division.get());
        add(parts, "status", status.get());
        add(parts, "team", team.get());
        add(parts, "tag", tag.get());
        add(parts, "name", name.get());
        add(parts, "stage", stage.get());
        return ContactFilter.parse(String.join(",", parts));
    }

    private static void add(List<String> parts, String key, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(key + "=" + value.strip().replace(',', '|').replace('，', '|'));
        }
    }

    // Commands

    public void count() {
        error.set("");
        ContactFilter filter;
        try {
            filter = filter();
        } catch (DeskException e) {
            error.set(messages.describe(e));
            return;
        }
        tasks.run(messages.get("exchange.export.counting"), p -> service.count(filter),
                n -> countText.set(messages.get("exchange.export.count", n)), e -> error.set(messages.describe(e)));
    }

    /** The file name with the format's extension, so that a typed "通讯录" becomes "通讯录.xlsx". */
    Path target() {
        String f = file.get().strip();
        if (f.isEmpty()) {
            throw new DeskException("exchange.error.noTarget");
        }
        if (!f.toLowerCase(Locale.ROOT).endsWith("." + format.get().extension())) {
            f = f + "." + format.get().extension();
        }
        return Path.of(f);
    }

    /** The export for the view to run with a progress dialog. */
    public BackgroundTask<ExportResult> exportJob() {
        ExportRequest request = new ExportRequest(target(), format.get(), filter(), List.copyOf(columns), mask.get(),
                messages);
        return progress -> service.exportContacts(request, progress);
    }

    public void finished(ExportResult result) {
        error.set("");
        message.set(messages.get("exchange.export.done", result.rows(), result.file(),
                messages.get(result.masked() ? "exchange.export.masked" : "exchange.export.unmasked")));
    }

    public void failed(Throwable failure) {
        message.set("");
        error.set(messages.describe(failure));
    }
}
