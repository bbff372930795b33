package cn.zhaoshang.desk.request;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.request.db.RequestFigures;
import cn.zhaoshang.desk.request.db.RequestRepository;
import cn.zhaoshang.desk.search.SearchService;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.task.TaskDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Company requests (企业诉求) as a closed loop: recorded from a visit, a call or a reception with the
 * unit responsible and a deadline; moved 受理 → 办理中 → 办结 → 回访 by {@link RequestFlow}, each step kept
 * in the history with who and when. Lists by unit, category, status and overdue; the company's and the
 * project's requests; the counts of a period for the dashboard and the briefings. A request past its
 * deadline becomes a supervision task once ({@link RequestOverdueJob}).
 *
 * <p>Access: a request belongs to its company; recruiters and team leads read and write only the
 * requests of companies they may read (decision 0009). Deleting one is for team leads and above, or for
 * whoever recorded it.
 */
public final class RequestService {
    /** Rows a list shows at most; the filters narrow it. */
    public static final int LIST_LIMIT = 500;

    private final Database database;
    private final RequestRepository requests;
    private final RequestFigures figures;
    private final SearchService search;
    private final Session session;
    private final CompanyAccess access;
    private final Clock clock;

    public RequestService(Database database, RecordWriter writer, SearchService search, Session session, CompanyAccess access,
                          Clock clock) {
        this.database = database;
        this.search = search;
        this.requests = new RequestRepository(database, writer);
        this.figures = new RequestFigures(database);
        this.session = session;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return TaskDates.today(clock);
    }

    public CompanyRequest get(UUID id) {
        CompanyRequest r = requests.get(id, realNames());
        access.requireVisible(r.companyId());
        return r;
    }

    /** Records a request (受理), credited to the company's owner team; its first history step says so. */
    public CompanyRequest record(RequestDraft draft) {
        RequestDraft clean = RequestFlow.check(draft, today());
        access.requireVisible(clean.companyId());
        UUID id = database.transaction(() -> requests.insert(clean, requests.ownerTeamOf(clean.companyId()), by()));
        return get(id);
    }

    /** 开始办理. */
    public CompanyRequest start(UUID id, int version, LocalDate on, String note) {
        return step(id, r -> RequestFlow.start(r, on, note, today()), version, null);
    }

    /** 办结, with the result (required). */
    public CompanyRequest close(UUID id, int version, LocalDate on, String result) {
        return step(id, r -> RequestFlow.close(r, on, result, today()), version, null);
    }

    /** 回访: the company's satisfaction with how it was handled. */
    public CompanyRequest revisit(UUID id, int version, LocalDate on, Satisfaction satisfaction, String note) {
        return step(id, r -> RequestFlow.revisit(r, on, satisfaction, note, today()), version, satisfaction);
    }

    /** Back to 办理中 with a reason (e.g. the company was not satisfied). */
    public CompanyRequest reopen(UUID id, int version, LocalDate on, String reason) {
        return step(id, r -> RequestFlow.reopen(r, on, reason, today()), version, null);
    }

    private CompanyRequest step(UUID id, Function<CompanyRequest, RequestFlow.Step> rule, int version,
                                Satisfaction satisfaction) {
        database.transaction(() -> {
            CompanyRequest stored = get(id);
            requests.apply(id, version, rule.apply(stored), satisfaction, by());
        });
        return get(id);
    }

    /** To the trash: team leads and above, or whoever recorded it. */
    public void delete(UUID id, int version) {
        CompanyRequest r = get(id);
        Role role = access.policy().role();
        if (role == Role.RECRUITER && !by().equals(r.recordedBy())) {
            throw new DeskException("request.error.deleteNotAllowed");
        }
        requests.softDelete(id, version);
    }

    public List<RequestStep> history(UUID id) {
        get(id);
        return requests.steps(id);
    }

    public List<CompanyRequest> list(RequestQuery query) {
        if (query.companyId() != null) {
            access.requireVisible(query.companyId());
        }
        return requests.list(query, today(), access.scope(), realNames(), LIST_LIMIT);
    }

    public int count(RequestQuery query) {
        return requests.count(query, today(), access.scope());
    }

    /** The figures of [from, to] for one team (null: the district), overdue as of today. */
    public RequestCounts counts(LocalDate from, LocalDate to, UUID teamId) {
        return figures.counts(from, to, teamId, today(), access.scope());
    }

    /** Open requests past their deadline now (one team's, or all), longest overdue first. */
    public List<CompanyRequest> overdue(UUID teamId, int limit) {
        return list(RequestQuery.all().overdue(true)).stream().filter(r -> teamId == null || teamId.equals(r.teamId()))
                .limit(limit).toList();
    }

    /** Companies whose name, pinyin or code matches (the search index; hidden companies left out). */
    public List<Choice> findCompanies(String text, int limit) {
        String q = text == null ? "" : text.strip();
        return q.isEmpty() ? List.of()
                : search.search(q, limit).stream().map(h -> new Choice(h.companyId(), h.name())).toList();
    }

    /** The name of a company the user may read (for a form that starts from it). */
    public String companyName(UUID companyId) {
        access.requireVisible(companyId);
        return requests.companyName(companyId);
    }

    public List<Choice> units() {
        return requests.units();
    }

    public List<Choice> projectsOf(UUID companyId) {
        access.requireVisible(companyId);
        return requests.projectsOf(companyId, realNames());
    }

    private boolean realNames() {
        return access.policy().maySeeConfidentialNames();
    }

    private String by() {
        return session.displayName();
    }
}
