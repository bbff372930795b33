package cn.zhaoshang.desk.project;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.common.time.OfficeZone;
import cn.zhaoshang.desk.project.db.ProjectLookups;
import cn.zhaoshang.desk.project.db.ProjectQueries;
import cn.zhaoshang.desk.project.db.ProjectRepository;
import cn.zhaoshang.desk.project.db.StageDeadlineRepository;
import cn.zhaoshang.desk.search.SearchService;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.security.Permission;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The project library (招商项目库): projects with every field, their stage transitions (judged by
 * {@link TransitionPolicy}, kept in the stage history with who and when), the board's and the
 * list's reads under a {@link ProjectFilter}, the stage clock's deadlines and the "三未" lists.
 * Names are shown as {@link ProjectVisibility} decides for the person working now.
 */
public final class ProjectService {
    private final Database database;
    private final ProjectRepository projects;
    private final ProjectQueries queries;
    private final ProjectLookups lookups;
    private final StageDeadlineRepository deadlines;
    private final TransitionPolicy policy = new TransitionPolicy();
    private final ProjectVisibility visibility;
    /** Board, list and counts show only projects whose company the user may read (decision 0009). */
    private final CompanyAccess access;
    private final SearchService search;
    private final AuditLog audit;
    private final Clock clock;

    public ProjectService(Database database, RecordWriter writer, AuditLog audit, Session session, Clock clock,
                          CompanyAccess access, SearchService search) {
        this.database = database;
        this.search = search;
        this.projects = new ProjectRepository(database, writer, audit);
        this.queries = new ProjectQueries(database);
        this.lookups = new ProjectLookups(database);
        this.deadlines = new StageDeadlineRepository(database, audit);
        this.visibility = new ProjectVisibility(session);
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in the district's time zone: what transition dates are checked against. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(OfficeZone.ZONE));
    }

    public ProjectVisibility visibility() {
        return visibility;
    }

    // Projects

    public Project get(UUID id) {
        access.requireProjectVisible(id);
        return projects.details(id, visibility.seesRealNames());
    }

    /**
     * Creates a project in one of the starting stages (线索, 接洽, 洽谈), entered on {@code enteredOn}
     * (today when null), with its first history row.
     */
    public Project create(ProjectDraft draft, ProjectStage stage, LocalDate enteredOn) {
        ProjectDraft clean = validate(draft, true);
        if (!ProjectStage.startingStages().contains(stage)) {
            throw new DeskException("project.error.startingStage");
        }
        LocalDate on = enteredOn == null ? today() : enteredOn;
        if (on.isAfter(today())) {
            throw new DeskException("project.transition.error.future", today());
        }
        if (clean.contractAmount() != null) {
            throw new DeskException("project.error.contractBeforeSigning");
        }
        UUID id = database.transaction(() -> {
            UUID created = projects.insert(clean, stage, on);
            projects.appendHistory(created, null, stage, on, null, null);
            return created;
        });
        return get(id);
    }

    /** Saves the form's fields; refused when someone saved the project since {@code version}. */
    public Project update(UUID id, int version, ProjectDraft draft) {
        access.requireProjectVisible(id);
        ProjectDraft clean = validate(draft, false);
        database.transaction(() -> {
            Project stored = get(id);
            if (stored.archived()) {
                throw new DeskException("project.error.archived");
            }
            boolean signed = stored.signedOn() != null;
            if (clean.contractAmount() == null && signed) {
                throw new DeskException("project.error.contractRequired");
            }
            if (clean.contractAmount() != null && !signed) {
                throw new DeskException("project.error.contractBeforeSigning");
            }
            // Whoever may not see the real name may not change it, nor lift the code name that hides it.
            ProjectDraft saved = visibility.hidesName(stored.codeName()) ? withNames(clean, null, stored.codeName()) : clean;
            projects.update(id, version, saved);
        });
        return get(id);
    }

    private ProjectDraft validate(ProjectDraft d, boolean creating) {
        String name = blankToNull(d.name());
        if (name == null && creating) {
            throw new DeskException("project.error.nameRequired");
        }
        if (d.companyId() != null && !lookups.companyExists(d.companyId())) {
            throw new DeskException("project.error.companyMissing");
        }
        access.requireVisible(d.companyId());
        requireNonNegative(d.plannedInvestment());
        requireNonNegative(d.contractAmount());
        if (d.contractAmount() != null && d.contractAmount().signum() == 0) {
            throw new DeskException("project.transition.error.amountPositive");
        }
        return new ProjectDraft(name, blankToNull(d.codeName()), d.companyId(), blankToNull(d.industryCode()),
                d.chainNodeIds(), d.plannedInvestment(), d.contractAmount(), d.carrierId(), d.unitId(),
                blankToNull(d.leaderInCharge()), d.teamId(), d.major(), blankToNull(d.notes()));
    }

    private static void requireNonNegative(BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            throw new DeskException("project.error.amountNegative");
        }
    }

    private static ProjectDraft withNames(ProjectDraft d, String name, String codeName) {
        return new ProjectDraft(name, codeName, d.companyId(), d.industryCode(), d.chainNodeIds(),
                d.plannedInvestment(), d.contractAmount(), d.carrierId(), d.unitId(), d.leaderInCharge(), d.teamId(),
                d.major(), d.notes());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Archives (归档) a project: it leaves the board and lists but keeps everything. */
    public void archive(UUID id, int version) {
        access.requireProjectVisible(id);
        database.transaction(() -> projects.setArchived(id, version, audit.now()));
    }

    public void restore(UUID id, int version) {
        access.requireProjectVisible(id);
        database.transaction(() -> projects.setArchived(id, version, null));
    }

    /** Moves a project to the trash (回收站), where it can be restored; its history stays. */
    public void delete(UUID id, int version) {
        get(id);
        projects.softDelete(id, version);
    }

    // Stage transitions

    public ProjectSnapshot snapshot(UUID id) {
        access.requireProjectVisible(id);
        return projects.snapshot(id);
    }

    /** What moving the project to {@code target} asks for. */
    public TransitionPlan plan(ProjectSnapshot project, ProjectStage target) {
        return policy.plan(project, target);
    }

    /** Every problem with a request as it stands (for a dialog checking as the user types). */
    public List<TransitionProblem> check(ProjectSnapshot project, TransitionRequest request) {
        return policy.check(project, request, today());
    }

    /**
     * Moves a project to another stage: checks the request against the stored project (refusing
     * a stale {@code version}), writes the stage columns and appends the history row with who and
     * when, in one transaction.
     */
    public void transition(UUID id, int version, TransitionRequest request) {
        access.requireProjectVisible(id);
        database.transaction(() -> {
            ProjectSnapshot stored = projects.snapshot(id);
            StageChange change = policy.apply(stored, request, today());
            projects.applyStage(id, version, change);
            projects.appendHistory(id, change.from(), change.stage(), change.enteredOn(), change.reason(), change.details());
        });
    }

    public List<StageHistoryEntry> history(UUID id) {
        access.requireProjectVisible(id);
        return projects.history(id);
    }

    // Board and list

    /** Count and amount of every stage under the filter (stages without projects count 0). */
    public Map<ProjectStage, ColumnSummary> summaries(ProjectFilter filter) {
        Map<ProjectStage, ColumnSummary> result = new EnumMap<>(ProjectStage.class);
        for (ProjectStage s : ProjectStage.values()) {
            result.put(s, new ColumnSummary(s, 0, BigDecimal.ZERO));
        }
        queries.summaries(filter, context()).forEach(c -> result.put(c.stage(), c));
        return result;
    }

    /** A page of a board column, longest in the stage first. */
    public ProjectPage column(ProjectFilter filter, ProjectStage stage, PageCursor after, int limit) {
        return queries.column(filter, stage, after, limit, context());
    }

    public ProjectPage list(ProjectFilter filter, ListSort sort, PageCursor after, int limit) {
        return queries.list(filter, sort, after, limit, context());
    }

    /** How many projects each "三未" list holds now. */
    public Map<LaggingList, Long> laggingCounts(ProjectFilter filter) {
        ProjectQueries.Context ctx = context();
        Map<LaggingList, Long> result = new EnumMap<>(LaggingList.class);
        for (LaggingList list : LaggingList.values()) {
            result.put(list, queries.overdueCount(filter, list.stage(), ctx));
        }
        return result;
    }

    /** Every project of the filter, for an export; names as the viewer may see them. */
    public void forEach(ProjectFilter filter, Consumer<ProjectCard> each) {
        queries.forEach(filter, context(), each);
    }

    /**
     * Writes every project of the filter to an .xlsx file (names as the viewer may see them) and
     * records the export; returns how many rows were written.
     */
    public long exportList(ProjectFilter filter, Path file, Messages messages, Progress progress) {
        ProjectQueries.Context ctx = context();
        long rows = ProjectListWriter.write(file, each -> queries.forEach(filter, ctx, each), messages, progress);
        Map<String, FieldChange> what = new LinkedHashMap<>();
        what.put("file", new FieldChange(null, file.getFileName().toString()));
        what.put("rows", new FieldChange(null, String.valueOf(rows)));
        database.transaction(() -> audit.record(AuditLog.Action.EXPORT, "project", "list", what));
        return rows;
    }

    private ProjectQueries.Context context() {
        return new ProjectQueries.Context(visibility.seesRealNames(), deadlines.all(), today(), access.scope());
    }

    // Stage clock

    public Map<ProjectStage, StageDeadline> deadlines() {
        return deadlines.all();
    }

    /** Saves the deadlines; each must give at least one day and warn within it. */
    public void saveDeadlines(List<StageDeadline> changed) {
        access.policy().require(Permission.SET_STAGE_DEADLINES);
        List<StageDeadline> checked = new ArrayList<>();
        for (StageDeadline d : changed) {
            if (d.stage().isSide() || d.stage() == ProjectStage.OPERATING) {
                throw new DeskException("project.deadline.error.stage");
            }
            if (d.maxDays() < 1 || d.maxDays() > 3650) {
                throw new DeskException("project.deadline.error.maxDays");
            }
            if (d.warnDays() < 0 || d.warnDays() >= d.maxDays()) {
                throw new DeskException("project.deadline.error.warnDays");
            }
            checked.add(d);
        }
        database.transaction(() -> checked.forEach(deadlines::save));
    }

    public ClockState clock(ProjectStage stage, LocalDate enteredOn) {
        return StageClock.state(stage, enteredOn, deadlines.all(), today());
    }

    // Look-ups for forms and filters

    public List<Choice> teams() {
        return lookups.teams();
    }

    public List<Choice> units() {
        return lookups.units();
    }

    public List<Choice> carriers() {
        return lookups.carriers();
    }

    public List<Choice> chainNodes() {
        return lookups.chainNodes();
    }

    public List<IndustryChoice> industries() {
        return lookups.industries();
    }

    public List<Choice> policies() {
        return lookups.policies();
    }

    /**
     * Investor companies for the picker, through the library's search (name, full pinyin, initials, credit
     * code, contact names), best first, as every company picker finds them; the first ones by name when empty.
     */
    public List<CompanyChoice> findCompanies(String query, int limit) {
        if (query == null || query.isBlank()) {
            return access.visibleOnly(lookups.companies("", null, null, limit), CompanyChoice::id);
        }
        // The library's search (pinyin, initials, credit code), which leaves out what the user may not read.
        return search.search(query.strip(), limit).stream()
                .map(hit -> new CompanyChoice(hit.companyId(), hit.name(), hit.uscc())).toList();
    }

    public CompanyChoice company(UUID id) {
        access.requireVisible(id);
        return lookups.company(id);
    }
}
