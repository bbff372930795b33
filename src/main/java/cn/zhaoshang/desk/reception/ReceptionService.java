package cn.zhaoshang.desk.reception;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.reception.db.ReceptionRepository;
import cn.zhaoshang.desk.search.SearchService;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.task.Task;
import cn.zhaoshang.desk.task.TaskDates;
import cn.zhaoshang.desk.task.TaskDraft;
import cn.zhaoshang.desk.task.TaskService;
import cn.zhaoshang.desk.task.TaskSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Receptions (考察接待): a company's delegation visiting the district — the day, the visitors and their
 * titles, the leaders who received them (包联领导), the route through carriers, the outcome and the next
 * steps, which become tasks in one click (each once). A reception belongs to its company: who may not
 * read the company may not read or record its receptions (decision 0009).
 */
public final class ReceptionService {
    public static final int LIST_LIMIT = 500;
    static final int TEXT_MAX = 4000;

    private final Database database;
    private final ReceptionRepository receptions;
    private final TaskService tasks;
    private final SearchService search;
    private final Session session;
    private final CompanyAccess access;
    private final Clock clock;

    public ReceptionService(Database database, RecordWriter writer, TaskService tasks, SearchService search, Session session,
                            CompanyAccess access, Clock clock) {
        this.database = database;
        this.receptions = new ReceptionRepository(database, writer);
        this.tasks = tasks;
        this.search = search;
        this.session = session;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return TaskDates.today(clock);
    }

    /** Records a reception with its visitors, route and next steps in one transaction. */
    public Reception record(ReceptionDraft draft) {
        ReceptionDraft clean = check(draft);
        access.requireVisible(clean.companyId());
        UUID id = database.transaction(() -> receptions.insert(clean, receptions.ownerTeamOf(clean.companyId()),
                session.displayName()));
        return get(id);
    }

    public Reception get(UUID id) {
        Reception r = receptions.get(id);
        access.requireVisible(r.companyId());
        return r;
    }

    /** Receptions in [from, to], newest first. */
    public List<Reception> list(LocalDate from, LocalDate to) {
        return receptions.list(from, to, null, access.scope(), LIST_LIMIT);
    }

    public List<Reception> ofCompany(UUID companyId) {
        access.requireVisible(companyId);
        return receptions.list(null, null, companyId, access.scope(), LIST_LIMIT);
    }

    /**
     * Makes a task of every next step that is not one yet (for the company's owners, due on the step's
     * day or a week after the reception); returns the tasks made. Calling it again makes none.
     */
    public List<Task> stepsToTasks(UUID receptionId) {
        return database.transaction(() -> {
            Reception r = get(receptionId);
            List<Task> made = new ArrayList<>();
            for (NextStep step : r.pendingSteps()) {
                TaskDraft base = tasks.draftForCompany(r.companyId());
                LocalDate due = step.dueOn() != null ? step.dueOn() : r.visitOn().plusDays(7);
                TaskDraft draft = new TaskDraft(step.text(), r.delegation(), r.companyId(), r.companyName(), null, null, null,
                        base.assigneeId(), base.teamId(), due, base.priority(), TaskSource.RECEPTION,
                        r.visitOn() + " " + (r.delegation() == null ? r.companyName() : r.delegation()), null, null, null);
                Task task = tasks.create(draft);
                receptions.linkTask(step.id(), step.version(), task.id());
                made.add(task);
            }
            return made;
        });
    }

    public void delete(UUID id, int version) {
        get(id);
        receptions.softDelete(id, version);
    }

    /** Companies whose name, pinyin or code matches (the search index; hidden companies left out). */
    public List<Choice> findCompanies(String text, int limit) {
        String q = text == null ? "" : text.strip();
        return q.isEmpty() ? List.of()
                : search.search(q, limit).stream().map(h -> new Choice(h.companyId(), h.name())).toList();
    }

    public List<Choice> carriers() {
        return receptions.carriers();
    }

    private ReceptionDraft check(ReceptionDraft d) {
        if (d.companyId() == null) {
            throw new DeskException("reception.error.companyRequired");
        }
        if (d.visitOn() == null) {
            throw new DeskException("reception.error.dateRequired");
        }
        List<Visitor> visitors = d.visitors().stream().filter(v -> v.name() != null && !v.name().isBlank())
                .map(v -> new Visitor(v.name().strip(), blankToNull(v.title()))).toList();
        List<RouteStop> route = d.route().stream().filter(s -> s.carrierId() != null)
                .map(s -> new RouteStop(s.carrierId(), s.carrierName(), blankToNull(s.remarks()))).toList();
        List<NextStep> steps = d.nextSteps().stream().filter(s -> s.text() != null && !s.text().isBlank())
                .map(s -> NextStep.of(s.text().strip(), s.dueOn())).toList();
        String outcome = blankToNull(d.outcome());
        if (outcome != null && outcome.length() > TEXT_MAX) {
            throw new DeskException("reception.error.tooLong", TEXT_MAX);
        }
        return new ReceptionDraft(d.companyId(), d.visitOn(), blankToNull(d.delegation()), visitors, blankToNull(d.leaders()),
                route, outcome, steps);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
