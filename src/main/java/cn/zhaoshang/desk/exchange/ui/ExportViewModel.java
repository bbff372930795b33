package cn.zhaoshang.desk.exchange.ui;

import cn.zhaoshang.desk.common.background.BackgroundTask;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.ui.DialogService;
import cn.zhaoshang.desk.company.Choice;
import cn.zhaoshang.desk.company.CodeChoice;
import cn.zhaoshang.desk.company.CompanyFilter;
import cn.zhaoshang.desk.company.PursuitStatus;
import cn.zhaoshang.desk.exchange.ContactFilter;
import cn.zhaoshang.desk.exchange.ExportColumn;
import cn.zhaoshang.desk.exchange.ExportFormat;
import cn.zhaoshang.desk.exchange.ExportRequest;
import cn.zhaoshang.desk.exchange.ExportResult;
import cn.zhaoshang.desk.exchange.ExportService;
import cn.zhaoshang.desk.project.ProjectStage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contact-list export form: filter pickers (or the company list's filter), columns, format, masking, target file; counts what
 * the filter selects and runs the export. Masking is on by default (PIPL: personal data leaves masked
 * unless the user decides otherwise).
 */
public final class ExportViewModel {
    // Properties
    private final ObservableList<String> industries = FXCollections.observableArrayList();
    private final ObjectProperty<String> division = new SimpleObjectProperty<>();
    private final ObservableList<PursuitStatus> statuses = FXCollections.observableArrayList();
    private final ObservableList<String> teams = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<ProjectStage> stages = FXCollections.observableArrayList();
    private final StringProperty carriedOver = new SimpleStringProperty("");
    private final ObservableList<ExportColumn> columns = FXCollections.observableArrayList(ExportColumn.values());
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.XLSX);
    private final BooleanProperty mask = new SimpleBooleanProperty(true);
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");
    private long countsAsked;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    private final Map<String, List<String>> sectionDivisions = new HashMap<>();
    private final ExportService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public ExportViewModel(ExportService service, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Industry sections (letters) and divisions (two-digit codes) checked in the picker. */
    public ObservableList<String> industries() { return industries; }
    /** A region code (GB/T 2260): province, city or district; null = anywhere. */
    public ObjectProperty<String> division() { return division; }
    public ObservableList<PursuitStatus> statuses() { return statuses; }
    /** Team names (the export log records names, which a reader understands). */
    public ObservableList<String> teams() { return teams; }
    public ObservableList<String> tags() { return tags; }
    public StringProperty name() { return name; }
    public ObservableList<ProjectStage> stages() { return stages; }
    /** What was taken from the company list's filter, and what could not be. */
    public StringProperty carriedOver() { return carriedOver; }
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

    /** Sets the industry tree, so that a checked section selects every division in it. */
    public void setIndustryCodes(List<CodeChoice> codes) {
        sectionDivisions.clear();
        for (CodeChoice c : codes) {
            if (c.parentCode() != null && !Character.isDigit(c.parentCode().charAt(0))) {
                sectionDivisions.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c.code());
            }
        }
    }

    /** The filter as the form says it: codes become the prefixes the contact list matches. */
    public ContactFilter filter() {
        List<String> industryPrefixes = new ArrayList<>();
        for (String code : industries) {
            industryPrefixes.addAll(sectionDivisions.getOrDefault(code, List.of(code)));
        }
        String region = division.get();
        return new ContactFilter(industryPrefixes.stream().distinct().toList(),
                region == null ? List.of() : List.of(divisionPrefix(region)), statuses.stream().map(Enum::name).toList(),
                List.copyOf(teams), List.copyOf(tags), name.get(), stages.stream().map(Enum::name).toList());
    }

    /** "410000" (a province) → "41", "410100" (a city) → "4101", a district stays whole. */
    static String divisionPrefix(String code) {
        String prefix = code;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    /**
     * Starts from the company list's filter: its industry, region, statuses, team and tags carry over;
     * the parts a contact list cannot select by are named, so nobody believes they apply.
     */
    public void startFrom(CompanyFilter list, List<Choice> teamChoices) {
        industries.setAll(list.industryCodes());
        division.set(list.divisionCode());
        statuses.setAll(list.statuses());
        teams.setAll(teamChoices.stream().filter(t -> t.id().equals(list.ownerTeamId())).map(Choice::name).toList());
        tags.setAll(list.tags());
        List<String> left = new ArrayList<>();
        leftOut(left, !list.chainNodeIds().isEmpty(), "exchange.export.part.chain");
        leftOut(left, !list.ladderTiers().isEmpty(), "exchange.export.part.ladder");
        leftOut(left, !list.flags().isEmpty(), "exchange.export.part.flags");
        leftOut(left, !list.channels().isEmpty(), "exchange.export.part.channel");
        leftOut(left, list.ownerPersonId() != null, "exchange.export.part.person");
        leftOut(left, list.claimState() != null, "exchange.export.part.claim");
        leftOut(left, list.capitalMin() != null || list.capitalMax() != null, "exchange.export.part.capital");
        leftOut(left, list.foundedFrom() != null || list.foundedTo() != null, "exchange.export.part.founded");
        carriedOver.set(left.isEmpty() ? messages.get("exchange.export.fromList")
                : messages.get("exchange.export.fromListPartly", String.join("、", left)));
    }

    private void leftOut(List<String> left, boolean set, String key) {
        if (set) {
            left.add(messages.get(key));
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
        long asked = ++countsAsked; // only the latest count is shown: an earlier one may finish after it
        tasks.run(messages.get("exchange.export.counting"), p -> service.count(filter), n -> {
            if (asked == countsAsked) {
                countText.set(messages.get("exchange.export.count", n));
            }
        }, e -> error.set(messages.describe(e)));
    }

    /** Asks where to write, suggesting the list's name with the chosen format's extension. */
    public void browse() {
        ExportFormat f = format.get();
        dialogs.chooseFileToSave(messages.get("exchange.export.dialogTitle"), messages.get("exchange.export.sheet") + "."
                        + f.extension(), new DialogService.FileType(messages.label(f), f.extension()))
                .ifPresent(chosen -> file.set(chosen.toAbsolutePath().toString()));
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
