package cn.zhaoshang.desk.app;

import cn.zhaoshang.desk.attachment.AttachmentService;
import cn.zhaoshang.desk.attachment.AttachmentStore;
import cn.zhaoshang.desk.attachment.db.AttachmentKeyRepository;
import cn.zhaoshang.desk.backup.BackupService;
import cn.zhaoshang.desk.carrier.CarrierDemo;
import cn.zhaoshang.desk.carrier.CarrierService;
import cn.zhaoshang.desk.chain.ChainMapService;
import cn.zhaoshang.desk.chain.ChainService;
import cn.zhaoshang.desk.common.change.ChangeStream;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.ChangeFeed;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.DatabaseInfoService;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.db.WriteRuns;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.company.CompanyLinks;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.dashboard.DashboardService;
import cn.zhaoshang.desk.dashboard.ReportService;
import cn.zhaoshang.desk.dashboard.TargetService;
import cn.zhaoshang.desk.dashboard.db.DashboardRepository;
import cn.zhaoshang.desk.dashboard.db.DrillRepository;
import cn.zhaoshang.desk.dashboard.db.ReportRepository;
import cn.zhaoshang.desk.dashboard.db.TargetRepository;
import cn.zhaoshang.desk.demo.DemoDataService;
import cn.zhaoshang.desk.escalation.EscalationService;
import cn.zhaoshang.desk.event.EventService;
import cn.zhaoshang.desk.exchange.ExportService;
import cn.zhaoshang.desk.exchange.ImportService;
import cn.zhaoshang.desk.history.HistoryService;
import cn.zhaoshang.desk.map.MapService;
import cn.zhaoshang.desk.map.db.MapRepository;
import cn.zhaoshang.desk.policy.IncentiveService;
import cn.zhaoshang.desk.policy.PolicyDemo;
import cn.zhaoshang.desk.policy.PolicyService;
import cn.zhaoshang.desk.project.InspectionTourService;
import cn.zhaoshang.desk.project.ProjectFinanceService;
import cn.zhaoshang.desk.project.ProjectService;
import cn.zhaoshang.desk.reception.FieldWorkCalendar;
import cn.zhaoshang.desk.reception.ReceptionBriefing;
import cn.zhaoshang.desk.reception.ReceptionService;
import cn.zhaoshang.desk.reference.ReferenceDataService;
import cn.zhaoshang.desk.request.RequestBriefing;
import cn.zhaoshang.desk.request.RequestOverdueJob;
import cn.zhaoshang.desk.request.RequestService;
import cn.zhaoshang.desk.search.IndexPlace;
import cn.zhaoshang.desk.search.SearchService;
import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.security.EncryptionService;
import cn.zhaoshang.desk.security.FileEncryption;
import cn.zhaoshang.desk.security.SignInRules;
import cn.zhaoshang.desk.security.UserService;
import cn.zhaoshang.desk.sync.SyncService;
import cn.zhaoshang.desk.talent.TalentDemo;
import cn.zhaoshang.desk.talent.TalentService;
import cn.zhaoshang.desk.task.OnceOnlyTasks;
import cn.zhaoshang.desk.task.StageDeadlineJob;
import cn.zhaoshang.desk.task.TaskListService;
import cn.zhaoshang.desk.task.TaskService;
import cn.zhaoshang.desk.team.TeamService;
import cn.zhaoshang.desk.team.db.TeamRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Every service of one open database, built once by {@link Composition} with constructors.
 * The UI and the command line reach features only through these.
 */
public final class Services implements AutoCloseable {
    /** Background jobs the desktop runs at once: as many as the database pool has connections. */
    public static final int JOBS_AT_ONCE = Database.POOL_SIZE;
    private final Path dataDir;
    private final LocalSettings settings;
    private final Messages messages;
    private final Clock clock;
    private final Session session;
    private final Database database;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final RecordWriter writer;
    private final BulkInserter bulk;
    private final WriteRuns writeRuns;
    private final DatabaseInfoService databaseInfo;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final CompanyAccess companyAccess;
    private final EncryptionService encryption;
    private final DemoDataService demoData;
    private final SearchService search;
    private final ChangeFeed changes;
    private final BackupService backups;
    private final HistoryService history;
    private final ImportService imports;
    private final ExportService exports;
    private final CarrierService carriers;
    private final PolicyService policies;
    private final IncentiveService incentives;
    private final TalentService talent;
    private final ChainService chains;
    private final ChainMapService chainMap;
    private final TargetService targets;
    private final DashboardService dashboard;
    private final MapService map;
    private final TeamService teams;
    private final ReportService reports;
    private final ProjectService projects;
    private final ProjectFinanceService projectFinance;
    private final InspectionTourService inspectionTours;
    private final CompanyService companies;
    private final TaskService tasks;
    private final TaskListService taskLists;
    private final StageDeadlineJob stageDeadlines;
    private final SyncService sync;
    private final AttachmentStore attachmentStore;
    private final AttachmentService attachments;
    private final RequestService requests;
    private final RequestOverdueJob requestOverdue;
    private final EscalationService escalations;
    private final ReceptionService receptions;
    private final EventService events;

    Services(Path dataDir, LocalSettings settings, Messages messages, Clock clock, Session session, Database database,
             SignInRules signIn) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.session = session;
        this.database = database;
        this.audit = new AuditLog(database, session, clock);
        // Fail closed: a session nobody signed into runs no statement (decision 0145).
        database.admitOnly(session::mayUseDatabase);
        this.access = new AccessPolicy(session, audit);
        this.writer = new RecordWriter(database, audit);
        this.bulk = new BulkInserter(database);
        this.writeRuns = new WriteRuns(database, session, clock);
        this.databaseInfo = new DatabaseInfoService(database);
        this.referenceData = new ReferenceDataService(database, bulk, audit, access);
        this.encryption = new EncryptionService(database, dataDir, access, audit);
        this.users = new UserService(database, writer, audit, access, clock, signIn, encryption::passwordSet);
        this.companyAccess = new CompanyAccess(database, access, session, clock);
        this.search = new SearchService(database, companyAccess, database.config().isEmbeddedFile()
                ? new IndexPlace(database.config().searchIndexFile(), FileEncryption.keyOf(database.config()))
                : IndexPlace.NONE);
        this.changes = new ChangeFeed(database);
        this.backups = new BackupService(database, settings, dataDir, clock, access);
        this.demoData = new DemoDataService(database, bulk, audit, referenceData, clock, writeRuns, access, backups);
        this.history = new HistoryService(database, writer, audit, companyAccess);
        this.imports = new ImportService(database, bulk, audit, writer, access, clock, writeRuns, backups);
        this.exports = new ExportService(database, audit, session, companyAccess);
        this.carriers = new CarrierService(database, writer, referenceData, clock, access);
        this.attachmentStore = new AttachmentStore(dataDir, new AttachmentKeyRepository(database)::key);
        this.policies = new PolicyService(database, writer, referenceData, attachmentStore, clock, companyAccess);
        this.incentives = new IncentiveService(database, writer, policies, clock);
        this.talent = new TalentService(database, writer, audit, search, clock, access);
        this.chains = new ChainService(database, writer, audit, companyAccess);
        this.chainMap = new ChainMapService(database, writer, audit);
        this.targets = new TargetService(database, new TargetRepository(database, writer), audit, access);
        this.teams = new TeamService(new TeamRepository(database, writer), access, clock);
        DashboardRepository figures = new DashboardRepository(database, access::maySeeConfidentialNames);
        DrillRepository drills = new DrillRepository(database, companyAccess);
        this.dashboard = new DashboardService(database, figures, drills, targets, clock);
        this.map = new MapService(new MapRepository(database, companyAccess), dashboard, chains);
        this.projects = new ProjectService(database, writer, audit, session, clock, companyAccess, search);
        this.projectFinance = new ProjectFinanceService(database, writer, clock, companyAccess);
        this.inspectionTours = new InspectionTourService(database, writer, audit, session, companyAccess);
        this.companies = new CompanyService(database, writer, audit, search, session, clock, companyAccess);
        this.tasks = new TaskService(database, writer, search, companyAccess, clock);
        this.stageDeadlines = new StageDeadlineJob(database, bulk, audit, clock, writeRuns);
        this.attachments = new AttachmentService(database, writer, attachmentStore, audit, session, companyAccess);
        this.requests = new RequestService(database, writer, search, session, companyAccess, clock);
        this.requestOverdue = new RequestOverdueJob(database, new OnceOnlyTasks(database, bulk, audit), clock);
        this.escalations = new EscalationService(database, bulk, audit, companyAccess, clock);
        this.receptions = new ReceptionService(database, writer, tasks, search, session, companyAccess, clock);
        this.events = new EventService(database, writer, projects, search, session, companyAccess, clock);
        this.taskLists = new TaskListService(database, writer, access, clock,
                List.of(new FieldWorkCalendar(receptions, events)), escalations::titlesForMe);
        this.reports = new ReportService(dashboard, figures, drills, new ReportRepository(database, companyAccess),
                List.of(new RequestBriefing(requests), new ReceptionBriefing(receptions, events)));
        this.sync = new SyncService(database, audit, access, clock);
    }

    /** Runs taken back at this open because a crash cut them off (the command line says so in one line). */
    private List<WriteRuns.Run> sweptAtOpen = List.of();

    void recordStartup(List<WriteRuns.Run> swept) {
        this.sweptAtOpen = List.copyOf(swept);
    }

    public List<WriteRuns.Run> sweptAtOpen() { return sweptAtOpen; }

    public Path dataDir() { return dataDir; }
    public LocalSettings settings() { return settings; }
    public Messages messages() { return messages; }
    public Clock clock() { return clock; }
    public Session session() { return session; }
    public DatabaseInfoService databaseInfo() { return databaseInfo; }
    public ReferenceDataService referenceData() { return referenceData; }
    public UserService users() { return users; }
    public AccessPolicy access() { return access; }
    public CompanyAccess companyAccess() { return companyAccess; }
    public EncryptionService encryption() { return encryption; }
    public DemoDataService demoData() { return demoData; }

    /** A company's projects and tasks as the company detail and `company show` list them. */
    public CompanyLinks.Source companyLinks() {
        return new CompanyLinkLines(projects, taskLists, messages);
    }

    /**
     * Demo occupancy, policies with promises and talent on top of {@link #demoData()}'s companies and
     * projects, so that every screen has something to show (first start, `demo-places`). Returns the counts:
     * occupancy rows, policies, project incentives, talent.
     */
    public int[] demoPlaces(long seed, int talentPeople) {
        int occupancy = new CarrierDemo(carriers).fill(seed, LocalDate.now(clock));
        int[] policyCounts = new PolicyDemo(policies, incentives).fill(seed);
        int talentCount = new TalentDemo(talent).fill(seed, talentPeople);
        return new int[] {occupancy, policyCounts[0], policyCounts[1], talentCount};
    }
    public SearchService search() { return search; }
    public ChangeFeed changes() { return changes; }
    /** Every committed change, this process's and (through {@link #changes()}) other clients'. */
    public ChangeStream changeStream() { return database.changes(); }
    public BackupService backups() { return backups; }
    public HistoryService history() { return history; }
    public CarrierService carriers() { return carriers; }
    public PolicyService policies() { return policies; }
    public IncentiveService incentives() { return incentives; }
    public TalentService talent() { return talent; }
    public CompanyService companies() { return companies; }
    public TaskService tasks() { return tasks; }
    public TaskListService taskLists() { return taskLists; }
    public StageDeadlineJob stageDeadlines() { return stageDeadlines; }
    public AttachmentService attachments() { return attachments; }
    public RequestService requests() { return requests; }
    public RequestOverdueJob requestOverdue() { return requestOverdue; }
    public EscalationService escalations() { return escalations; }
    public ReceptionService receptions() { return receptions; }
    public EventService events() { return events; }
    public BulkInserter bulk() { return bulk; }
    public WriteRuns writeRuns() { return writeRuns; }
    public ImportService imports() { return imports; }
    public ExportService exports() { return exports; }
    public ChainService chains() { return chains; }
    public ChainMapService chainMap() { return chainMap; }
    public TargetService targets() { return targets; }
    public DashboardService dashboard() { return dashboard; }
    public MapService map() { return map; }
    public TeamService teams() { return teams; }
    public ReportService reports() { return reports; }
    public ProjectService projects() { return projects; }
    public ProjectFinanceService projectFinance() { return projectFinance; }
    public InspectionTourService inspectionTours() { return inspectionTours; }
    public SyncService sync() { return sync; }

    /** For the few places that need the raw database: backups, benchmarks, tests. */
    public Database database() { return database; }
    public AuditLog audit() { return audit; }
    public RecordWriter writer() { return writer; }

    @Override
    public void close() {
        search.close();
        database.close();
    }

    /**
     * The daily backup at start: a start-up job, so it runs as the system, whoever is (not yet)
     * signed in (decision 0145).
     */
    public Optional<Path> dailyBackupAtStart() {
        return session.asSystem(backups::dailyBackupIfDue);
    }

    /** Closes at the end of a desktop session: compacts the file first when that is worthwhile (a system job). */
    public void closeCompacting() {
        // The index beside the database is the system's, whoever is (no longer) signed in.
        session.asSystem(search::saveIfChanged);
        try {
            session.asSystem(backups::compactOnCloseIfWorthwhile);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Services.class).warn("Compaction on close failed", e);
        }
        search.close();
        database.close();
    }
}
