package cn.zhaoshang.desk.app;

import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.DatabaseInfoService;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.demo.DemoDataService;
import cn.zhaoshang.desk.reference.ReferenceDataService;
import cn.zhaoshang.desk.search.SearchService;
import cn.zhaoshang.desk.security.UserService;
import cn.zhaoshang.desk.task.StageDeadlineJob;
import cn.zhaoshang.desk.task.TaskListService;
import cn.zhaoshang.desk.task.TaskService;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Every service of one open database, built once by {@link Composition} with constructors.
 * The UI and the command line reach features only through these.
 */
public final class Services implements AutoCloseable {
    private final Path dataDir;
    private final LocalSettings settings;
    private final Messages messages;
    private final Clock clock;
    private final Session session;
    private final Database database;
    private final AuditLog audit;
    private final RecordWriter writer;
    private final BulkInserter bulk;
    private final DatabaseInfoService databaseInfo;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final DemoDataService demoData;
    private final SearchService search;
    private final TaskService tasks;
    private final TaskListService taskLists;
    private final StageDeadlineJob stageDeadlines;

    Services(Path dataDir, LocalSettings settings, Messages messages, Clock clock, Session session, Database database) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.session = session;
        this.database = database;
        this.audit = new AuditLog(database, session, clock);
        this.writer = new RecordWriter(database, audit);
        this.bulk = new BulkInserter(database);
        this.databaseInfo = new DatabaseInfoService(database);
        this.referenceData = new ReferenceDataService(database, bulk, audit);
        this.users = new UserService(database, writer, session);
        this.demoData = new DemoDataService(database, bulk, audit, referenceData, clock);
        this.search = new SearchService(database);
        this.tasks = new TaskService(database, writer, search, session, messages, clock);
        this.taskLists = new TaskListService(database, writer, session, clock);
        this.stageDeadlines = new StageDeadlineJob(database, bulk, audit, messages, clock);
    }

    public Path dataDir() { return dataDir; }
    public LocalSettings settings() { return settings; }
    public Messages messages() { return messages; }
    public Clock clock() { return clock; }
    public Session session() { return session; }
    public DatabaseInfoService databaseInfo() { return databaseInfo; }
    public ReferenceDataService referenceData() { return referenceData; }
    public UserService users() { return users; }
    public DemoDataService demoData() { return demoData; }
    public SearchService search() { return search; }
    public TaskService tasks() { return tasks; }
    public TaskListService taskLists() { return taskLists; }
    public StageDeadlineJob stageDeadlines() { return stageDeadlines; }
    public BulkInserter bulk() { return bulk; }

    /** For the few places that need the raw database: backups, benchmarks, tests. */
    public Database database() { return database; }
    public AuditLog audit() { return audit; }
    public RecordWriter writer() { return writer; }

    @Override
    public void close() {
        database.close();
    }
}
