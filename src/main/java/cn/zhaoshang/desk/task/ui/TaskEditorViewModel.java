package cn.zhaoshang.desk.task.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.task.LinkedRecord;
import cn.zhaoshang.desk.task.SupervisionLevel;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskDraft;
import cn.zhaoshang.desk.task.TaskPriority;
import cn.zhaoshang.desk.task.TaskService;
import cn.zhaoshang.desk.task.TaskSource;
import cn.zhaoshang.desk.task.TaskValidation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import javafx.collections.ObservableMap;

/**
 * The task editor's state: every field of a new or existing task, the choices for people and
 * teams, and the problems found (shown beside their fields). Saving creates or updates through
 * the service; an edit carries the version it started from, so a stale save is refused.
 */
final class TaskEditorViewModel {
    static final int DEFAULT_REPORT_EVERY = 7;

    private final TaskService tasks;
    private final TaskRunner runner;
    private final TaskTexts texts;
    private final Consumer<Throwable> errors;
    private final UUID editingId;
    private final int version;
    private final UUID interactionId;

    // Properties
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskPriority> priority = new SimpleObjectProperty<>(TaskPriority.NORMAL);
    private final ObjectProperty<Choice> assignee = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> team = new SimpleObjectProperty<>();
    private final ObjectProperty<LinkedRecord> company = new SimpleObjectProperty<>();
    private final ObjectProperty<LinkedRecord> project = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskSource> source = new SimpleObjectProperty<>(TaskSource.MANUAL);
    private final StringProperty sourceNote = new SimpleStringProperty("");
    private final BooleanProperty supervised = new SimpleBooleanProperty();
    private final ObjectProperty<SupervisionLevel> level = new SimpleObjectProperty<>(SupervisionLevel.TEAM);
    private final ObjectProperty<Integer> reportEveryDays = new SimpleObjectProperty<>(DEFAULT_REPORT_EVERY);
    private final ObjectProperty<LocalDate> reportStartOn = new SimpleObjectProperty<>();
    private final ObservableList<Choice> people = FXCollections.observableArrayList();
    private final ObservableList<Choice> teams = FXCollections.observableArrayList();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private TaskEditorViewModel(TaskService tasks, TaskRunner runner, TaskTexts texts, Consumer<Throwable> errors,
                                UUID editingId, int version, TaskDraft draft, String assigneeName, String teamName) {
        this.tasks = tasks;
        this.runner = runner;
        this.texts = texts;
        this.errors = errors;
        this.editingId = editingId;
        this.version = version;
        this.interactionId = draft.interactionId();
        title.set(draft.title() == null ? "" : draft.title());
        details.set(draft.details() == null ? "" : draft.details());
        dueOn.set(draft.dueOn());
        priority.set(draft.priority() == null ? TaskPriority.NORMAL : draft.priority());
        assignee.set(draft.assigneeId() == null ? null : new Choice(draft.assigneeId(), assigneeName));
        team.set(draft.teamId() == null ? null : new Choice(draft.teamId(), teamName));
        // A chosen assignee brings their team (the person's team today), as a colleague would fill it in.
        assignee.addListener((obs, old, person) -> {
            if (person != null && (old == null || !old.id().equals(person.id()))) {
                runner.run(texts.t("task.job.loading"), p -> Optional.ofNullable(tasks.teamOf(person.id())),
                        found -> found.flatMap(id -> teams.stream().filter(t -> t.id().equals(id)).findFirst())
                                .ifPresent(team::set), errors);
            }
        });
        company.set(draft.companyId() == null ? null
                : new LinkedRecord(LinkedRecord.Kind.COMPANY, draft.companyId(), draft.companyName()));
        project.set(draft.projectId() == null ? null
                : new LinkedRecord(LinkedRecord.Kind.PROJECT, draft.projectId(), draft.projectName()));
        source.set(draft.source() == null ? TaskSource.MANUAL : draft.source());
        sourceNote.set(draft.sourceNote() == null ? "" : draft.sourceNote());
        supervised.set(draft.supervisionLevel() != null);
        if (draft.supervisionLevel() != null) {
            level.set(draft.supervisionLevel());
            reportEveryDays.set(draft.reportEveryDays());
            reportStartOn.set(draft.reportStartOn());
        }
    }

    static TaskEditorViewModel forNew(TaskService tasks, TaskRunner runner, TaskTexts texts, Consumer<Throwable> errors,
                                      TaskDraft draft) {
        return new TaskEditorViewModel(tasks, runner, texts, errors, null, -1, draft, null, null);
    }

    static TaskEditorViewModel forEdit(TaskService tasks, TaskRunner runner, TaskTexts texts, Consumer<Throwable> errors,
                                       Task task) {
        return new TaskEditorViewModel(tasks, runner, texts, errors, task.id(), task.version(), task.toDraft(),
                task.assigneeName(), task.teamName());
    }

    StringProperty titleProperty() { return title; }
    StringProperty detailsProperty() { return details; }
    ObjectProperty<LocalDate> dueOnProperty() { return dueOn; }
    ObjectProperty<TaskPriority> priorityProperty() { return priority; }
    ObjectProperty<Choice> assigneeProperty() { return assignee; }
    ObjectProperty<Choice> teamProperty() { return team; }
    ObjectProperty<LinkedRecord> companyProperty() { return company; }
    ObjectProperty<LinkedRecord> projectProperty() { return project; }
    ObjectProperty<TaskSource> sourceProperty() { return source; }
    StringProperty sourceNoteProperty() { return sourceNote; }
    BooleanProperty supervisedProperty() { return supervised; }
    ObjectProperty<SupervisionLevel> levelProperty() { return level; }
    ObjectProperty<Integer> reportEveryDaysProperty() { return reportEveryDays; }
    ObjectProperty<LocalDate> reportStartOnProperty() { return reportStartOn; }
    ObservableList<Choice> people() { return people; }
    ObservableList<Choice> teams() { return teams; }
    ObservableMap<String, String> problems() { return problems; }
    BooleanProperty busyProperty() { return busy; }
    boolean isNew() { return editingId == null; }
    TaskService service() { return tasks; }

    // Commands

    /** Reads the people and teams to choose from. */
    void loadChoices() {
        runner.run(texts.t("task.job.loading"), p -> List.of(tasks.people(), tasks.teams()), lists -> {
            people.setAll(lists.get(0));
            teams.setAll(lists.get(1));
            assignee.set(match(people, assignee.get()));
            team.set(match(teams, team.get()));
        }, errors);
    }

    private static Choice match(List<Choice> choices, Choice current) {
        if (current == null) {
            return null;
        }
        return choices.stream().filter(c -> c.id().equals(current.id())).findFirst().orElse(current);
    }

    /** Links a company or a project, by its kind. */
    void link(LinkedRecord record) {
        if (record == null) {
            return;
        }
        (record.kind() == LinkedRecord.Kind.COMPANY ? company : project).set(record);
    }

    TaskDraft draft() {
        boolean sup = supervised.get();
        return new TaskDraft(title.get(), details.get(), id(company.get()), name(company.get()), id(project.get()),
                name(project.get()), interactionId, assignee.get() == null ? null : assignee.get().id(),
                team.get() == null ? null : team.get().id(), dueOn.get(), priority.get(), source.get(), sourceNote.get(),
                sup ? level.get() : null, sup ? reportEveryDays.get() : null, sup ? reportStartOn.get() : null);
    }

    private static UUID id(LinkedRecord r) {
        return r == null ? null : r.id();
    }

    private static String name(LinkedRecord r) {
        return r == null ? null : r.name();
    }

    /** Checks the fields; true when they can be saved. Problems are kept per field, in the user's language. */
    boolean validate() {
        problems.clear();
        TaskValidation.check(draft()).forEach((field, problem) -> problems.put(field, texts.messages().describe(problem)));
        if (supervised.get() && level.get() == null) {
            problems.put("level", texts.t("task.error.levelRequired"));
        }
        return problems.isEmpty();
    }

    /** Validates, then saves in the background; {@code onSaved} gets the stored task. */
    void save(Consumer<Task> onSaved) {
        if (!validate() || busy.get()) {
            return;
        }
        TaskDraft draft = draft();
        busy.set(true);
        runner.run(texts.t("task.job.saving"), p -> editingId == null ? tasks.create(draft)
                : tasks.update(editingId, version, draft), saved -> {
                    busy.set(false);
                    onSaved.accept(saved);
                }, error -> {
                    busy.set(false);
                    errors.accept(error);
                });
    }
}
