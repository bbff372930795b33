package cn.zhaoshang.desk.task;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.search.SearchService;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.task.db.TaskLinkRepository;
import cn.zhaoshang.desk.task.db.TaskRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The 招商任务清单 (task list): creating, editing, completing, cancelling and rescheduling tasks, and
 * the supervision (督办) of some of them — level, report-back dates and dated progress reports.
 * Every write is audited and refused when the task was saved by someone else since it was read
 * (the caller passes the version it read). Whatever depends on the date (overdue, 滞后) is derived
 * from the injected clock, in Beijing time, and never stored.
 *
 * <p>Other screens make tasks through this service: {@link #createFromVisit(UUID, Messages)} turns a
 * visit's next step into a task in one click (the company screen's "生成任务" button calls it; calling it
 * again returns the same task; the texts it writes are stored in the language the caller passes, decision
 * 0171); {@link #draftForCompany(UUID)} and {@link #draftForProject(UUID)}
 * give a prefilled draft for the task editor. Tasks inserted directly with source VISIT and the
 * visit's id in {@code interaction_id} are shown like any other.
 */
public final class TaskService {
    private final Database database;
    private final TaskRepository tasks;
    private final TaskLinkRepository links;
    private final SearchService search;
    private final Session session;
    private final Clock clock;
    /**
     * Tasks themselves are not filtered by company claims yet (decision 0009); what a task is made
     * from — a company, a project, a visit — is refused when the company is another team's.
     */
    private final CompanyAccess access;

    public TaskService(Database database, RecordWriter writer, SearchService search, CompanyAccess access,
                       Clock clock) {
        this.database = database;
        this.access = access;
        this.tasks = new TaskRepository(database, writer);
        this.links = new TaskLinkRepository(database);
        this.search = search;
        this.session = access.policy().session();
        this.clock = clock;
    }

    /** Today in Beijing time, by the injected clock. */
    public LocalDate today() {
        return TaskDates.today(clock);
    }

    public Task get(UUID id) {
        return tasks.get(id);
    }

    // Writing tasks

    public Task create(TaskDraft draft) {
        access.policy().requireSignedIn();
        TaskDraft clean = clean(draft);
        return database.transaction(() -> tasks.get(tasks.insert(withProjectCompany(clean), TaskStatus.OPEN, null)));
    }

    /** Saves an edit of the task as it was at {@code version}. */
    public Task update(UUID id, int version, TaskDraft draft) {
        access.policy().requireSignedIn();
        TaskDraft clean = clean(draft);
        return database.transaction(() -> {
            tasks.update(id, version, withProjectCompany(clean));
            return tasks.get(id);
        });
    }

    /** 开始办理: the assignee has taken it up. */
    public Task start(UUID id, int version) {
        return setStatus(id, version, TaskStatus.IN_PROGRESS, null);
    }

    /** 完成, with what was achieved (optional). */
    public Task complete(UUID id, int version, String note) {
        return setStatus(id, version, TaskStatus.DONE, TaskValidation.requireNote(note, false));
    }

    /** 取消, with why (required: a cancelled assignment must say why). */
    public Task cancel(UUID id, int version, String reason) {
        return setStatus(id, version, TaskStatus.CANCELLED, TaskValidation.requireNote(reason, true));
    }

    /** Back to open, e.g. completed by mistake; the completion note and date are cleared. */
    public Task reopen(UUID id, int version) {
        return setStatus(id, version, TaskStatus.OPEN, null);
    }

    private Task setStatus(UUID id, int version, TaskStatus status, String note) {
        LocalDate today = today();
        return database.transaction(() -> {
            tasks.setStatus(id, version, status, note, today);
            return tasks.get(id);
        });
    }

    /** Moves the due date (改期; the calendar's drag and drop); a closed task keeps its date. */
    public Task reschedule(UUID id, int version, LocalDate dueOn) {
        return database.transaction(() -> {
            if (!tasks.get(id).isOpen()) {
                throw new DeskException("task.error.rescheduleClosed");
            }
            tasks.setDueOn(id, version, dueOn);
            return tasks.get(id);
        });
    }

    /** To the trash (soft delete). */
    public void delete(UUID id, int version) {
        tasks.softDelete(id, version);
    }

    private static TaskDraft clean(TaskDraft d) {
        TaskValidation.require(d);
        boolean supervised = d.supervisionLevel() != null;
        return new TaskDraft(d.title().strip(), blankToNull(d.details()), d.companyId(), d.companyName(), d.projectId(),
                d.projectName(), d.interactionId(), d.assigneeId(), d.teamId(), d.dueOn(), d.priority(),
                d.source() == null ? TaskSource.MANUAL : d.source(), blankToNull(d.sourceNote()), d.supervisionLevel(),
                supervised ? d.reportEveryDays() : null, supervised ? d.reportStartOn() : null);
    }

    /** A task on a project is also a task on the project's company, so the company's lists find it. */
    private TaskDraft withProjectCompany(TaskDraft d) {
        if (d.projectId() == null || d.companyId() != null) {
            return d;
        }
        UUID company = links.project(d.projectId()).map(TaskLinkRepository.ProjectInfo::companyId).orElse(null);
        return new TaskDraft(d.title(), d.details(), company, null, d.projectId(), d.projectName(), d.interactionId(),
                d.assigneeId(), d.teamId(), d.dueOn(), d.priority(), d.source(), d.sourceNote(), d.supervisionLevel(),
                d.reportEveryDays(), d.reportStartOn());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // Supervision (督办)

    public List<TaskReport> reports(UUID taskId) {
        return tasks.reports(taskId);
    }

    public SupervisionStatus supervision(Task task) {
        return SupervisionStatus.evaluate(task, task.isSupervised() ? tasks.reports(task.id()) : List.of(), today());
    }

    /** A progress report (进展汇报), dated; by the signed-in user. */
    public TaskReport addProgress(UUID taskId, LocalDate reportedOn, String progress) {
        String text = TaskValidation.requireNote(progress, true);
        LocalDate day = reportedOn == null ? today() : reportedOn;
        if (day.isAfter(today())) {
            throw new DeskException("task.error.reportInFuture");
        }
        return database.transaction(() -> {
            requireSupervised(taskId);
            return tasks.addReport(taskId, null, day, text, session.displayName());
        });
    }

    /** A report-back date set by hand, besides the recurring ones. */
    public TaskReport addReportDate(UUID taskId, LocalDate dueOn) {
        if (dueOn == null) {
            throw new DeskException("task.error.reportDateRequired");
        }
        return database.transaction(() -> {
            requireSupervised(taskId);
            return tasks.addReport(taskId, dueOn, null, null, session.displayName());
        });
    }

    private void requireSupervised(UUID taskId) {
        if (!tasks.get(taskId).isSupervised()) {
            throw new DeskException("task.error.notSupervised");
        }
    }

    // Tasks made from other records

    /**
     * Makes a task of a visit's next step (one click), or returns the one made before. The title (when
     * the step has no text), details and source note are stored as written in {@code language}, the
     * language of the screen or command that asks.
     */
    public Task createFromVisit(UUID interactionId, Messages language) {
        return createFromVisit(interactionId, null, language);
    }

    /**
     * Like {@link #createFromVisit(UUID, Messages)}, due on the given day instead of the next step's (the
     * calendar, when a planned visit is dragged to another day).
     */
    public Task createFromVisit(UUID interactionId, LocalDate dueOn, Messages language) {
        return database.transaction(() -> {
            links.visit(interactionId).ifPresent(v -> access.requireVisible(v.step().companyId()));
            var existing = tasks.findByInteraction(interactionId);
            if (existing.isPresent()) {
                return tasks.get(existing.get());
            }
            var visit = links.visit(interactionId).orElseThrow(() -> new DeskException("task.error.visitNotFound"));
            NextStep step = visit.step();
            String title = step.nextStep() == null || step.nextStep().isBlank()
                    ? language.get("task.visit.defaultTitle", step.companyName()) : shorten(step.nextStep().strip());
            String details = language.get("task.visit.details", step.occurredOn().toString(),
                    language.get("task.visitKind." + step.kind()), step.companyName(),
                    step.nextStep() == null ? "" : step.nextStep(), visit.summary());
            UUID assignee = session.personId() != null ? session.personId() : visit.ownerPersonId();
            UUID team = visit.ownerTeamId() != null ? visit.ownerTeamId() : firstTeam(assignee);
            LocalDate due = dueOn != null ? dueOn : step.dueOn() != null ? step.dueOn() : today().plusDays(7);
            TaskDraft draft = new TaskDraft(title, shorten(details, TaskValidation.DETAILS_MAX), step.companyId(),
                    step.companyName(), step.projectId(), null, interactionId, assignee, team, due, TaskPriority.NORMAL,
                    TaskSource.VISIT, language.get("task.visit.sourceNote", step.occurredOn().toString()), null, null, null);
            return tasks.get(tasks.insert(clean(draft), TaskStatus.OPEN, null));
        });
    }

    /** A new task for a company, prefilled: linked, for its owners (or me), due in a week. */
    public TaskDraft draftForCompany(UUID companyId) {
        access.requireVisible(companyId);
        var company = links.company(companyId).orElseThrow(() -> new DeskException("task.error.companyNotFound"));
        UUID assignee = session.personId() != null ? session.personId() : company.ownerPersonId();
        UUID team = company.ownerTeamId() != null ? company.ownerTeamId() : firstTeam(assignee);
        return new TaskDraft("", null, company.id(), company.name(), null, null, null, assignee, team,
                today().plusDays(7), TaskPriority.NORMAL, TaskSource.MANUAL, null, null, null, null);
    }

    /** A new task for a project, prefilled with the project, its company and its team. */
    public TaskDraft draftForProject(UUID projectId) {
        access.requireProjectVisible(projectId);
        var project = links.project(projectId).orElseThrow(() -> new DeskException("task.error.projectNotFound"));
        UUID assignee = session.personId() != null ? session.personId() : project.ownerPersonId();
        UUID team = project.teamId() != null ? project.teamId() : firstTeam(assignee);
        return new TaskDraft("", null, project.companyId(), project.companyName(), project.id(), project.name(), null,
                assignee, team, today().plusDays(7), TaskPriority.NORMAL, TaskSource.MANUAL, null, null, null, null);
    }

    /** A new task of my own: assigned to me, in my team. */
    public TaskDraft draftForMe() {
        access.policy().requireSignedIn();
        UUID me = session.personId();
        return TaskDraft.blank().withAssignee(me, firstTeam(me)).withDueOn(today().plusDays(7));
    }

    /** The team a person works in today (the first, if several): the editor fills it in from the assignee. */
    public UUID teamOf(UUID person) {
        return person == null ? null : firstTeam(person);
    }

    private UUID firstTeam(UUID person) {
        List<UUID> teams = links.teamsOf(person, today());
        return teams.isEmpty() ? null : teams.get(0);
    }

    private static String shorten(String text) {
        return shorten(text, TaskValidation.TITLE_MAX);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    // Look-ups for pickers

    public List<Choice> people() {
        return links.people();
    }

    public List<Choice> teams() {
        return links.teams();
    }

    /** The signed-in user's teams today (none when not linked to a person). */
    public List<UUID> myTeams() {
        access.policy().requireSignedIn();
        return links.teamsOf(session.personId(), today());
    }

    public UUID myPersonId() {
        return session.personId();
    }

    /** Companies (through the company search) and projects whose names match, for the link pickers. */
    public List<LinkedRecord> findLinkable(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        List<LinkedRecord> found = new ArrayList<>();
        search.search(q, limit).forEach(h -> found.add(new LinkedRecord(LinkedRecord.Kind.COMPANY, h.companyId(), h.name())));
        found.addAll(links.findProjects(q, limit));
        return found;
    }
}
