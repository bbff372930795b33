package cn.zhaoshang.desk.common.db;

import cn.zhaoshang.desk.common.change.ChangeBatch;
import cn.zhaoshang.desk.common.change.ChangeKind;
import cn.zhaoshang.desk.common.change.ChangeStream;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.session.AccessRefusedException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: a connection pool, the schema brought up to date by Flyway, and one jOOQ
 * context whose transactions follow the calling thread, so repositories called inside
 * {@link #transaction(Supplier)} join it without passing a context around.
 *
 * <p>Writers say what they changed with {@link #recordChange} ({@code RecordWriter} and
 * {@code BulkInserter} do it for their rows); the outermost transaction writes it to the change
 * log just before it commits and publishes it on {@link #changes()} right after (decision 0014).
 */
public final class Database implements AutoCloseable {
    /** Connections in the pool; the desktop runs at most this many background jobs at once. */
    public static final int POOL_SIZE = 8;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_FILE_VERSION_ERROR = 90048;
    private static final int H2_WRONG_PASSWORD = 28000;

    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    /** Set by the change feed when the server stops answering: statements are refused at once, not after a time-out. */
    private volatile boolean unreachable;
    /** Who may run statements (the session's rule, set by the composition root): everybody until then. */
    private volatile BooleanSupplier admitted = () -> true;
    /** This open of the database, as the change log's origin of what it commits. */
    private final UUID origin = Ids.next();
    private final ChangeLog changeLog;
    /** What the outermost transaction open on this thread has changed; null outside a transaction. */
    private final ThreadLocal<PendingChanges> pending = new ThreadLocal<>();
    /** The origin the next outermost transaction on this thread logs under, when not this open's own. */
    private final ThreadLocal<UUID> originOverride = new ThreadLocal<>();
    private ChangeStream changes;
    /** This process wrote the in-use marker and removes it on a clean close. */
    private boolean markedInUse;
    /** Held shared by every outermost transaction and backup; the file compactor runs only when it gets it alone. */
    private final ReadWriteLock storeGate = new ReentrantReadWriteLock();
    /** Keeps an embedded file near its live size (decision 0149); null for a server or memory. */
    private FileCompactor compactor;
    private final PlannerStatistics statistics;

    private Database(DatabaseConfig config, HikariDataSource dataSource, Clock clock) {
        this.config = config;
        this.dataSource = dataSource;
        this.changeLog = new ChangeLog(clock);
        DefaultConfiguration jooq = new DefaultConfiguration();
        jooq.set(config.engine().dialect());
        // Every statement asks here for its connection: while the server is known to be gone, it is
        // refused at once instead of each screen waiting out the pool's time-out.
        jooq.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource) {
            @Override
            public Connection acquire() {
                refuseUnlessAdmitted();
                refuseWhileUnreachable();
                return super.acquire();
            }
        }));
        jooq.settings().withExecuteLogging(false).withRenderSchema(false);
        this.dsl = DSL.using(jooq);
        this.statistics = new PlannerStatistics(dsl, config.engine());
    }

    /**
     * Opens the database and migrates it. A database that is locked, corrupt, or newer than this
     * program is refused with a localised message and left untouched.
     */
    public static Database open(DatabaseConfig config, Clock clock) {
        boolean unclean = config.isEmbeddedFile() && Files.exists(inUseMarker(config));
        if (config.isEmbeddedFile() && Files.exists(Path.of(config.h2File() + ".mv.db"))) {
            refuseNewerSchema(config);
        }
        HikariDataSource dataSource = connect(config);
        try {
            Database database = new Database(config, dataSource, clock);
            if (unclean) {
                database.checkAfterCrash();
            }
            database.migrate(clock);
            database.changes = new ChangeStream(ChangeLog.lastSequence(database.dsl));
            database.markInUse();
            database.startCompactor();
            return database;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Present while an embedded file is open read-write; still there at the next open means the last
     * process did not close it (a crash, a kill, a power cut), which is when the file is checked.
     */
    static Path inUseMarker(DatabaseConfig config) {
        return Path.of(config.h2File() + ".in-use");
    }

    private void markInUse() {
        if (!config.isEmbeddedFile()) {
            return;
        }
        try {
            Files.writeString(inUseMarker(config), String.valueOf(ProcessHandle.current().pid()));
            markedInUse = true;
        } catch (IOException e) {
            LOG.warn("Cannot write {}: an unclean shutdown will not be noticed", inUseMarker(config), e);
        }
    }

    /** After an unclean shutdown: a file whose indexes disagree with its tables is refused (decision 0141). */
    private void checkAfterCrash() {
        LOG.info("{} was not closed cleanly last time; checking it", config.location());
        List<IntegrityCheck.Problem> problems = IntegrityCheck.run(this);
        if (!problems.isEmpty()) {
            throw new DeskException("db.error.damaged", config.location(), problems.getFirst().toString());
        }
    }

    /**
     * Looks at an existing file read-only first: a database written by a newer version must not be
     * touched at all, and even opening it read-write would rewrite its header.
     */
    private static void refuseNewerSchema(DatabaseConfig config) {
        org.h2.jdbcx.JdbcDataSource readOnly = new org.h2.jdbcx.JdbcDataSource();
        readOnly.setURL(config.url() + ";ACCESS_MODE_DATA=r");
        readOnly.setUser(config.user());
        readOnly.setPassword(config.password());
        MigrationInfo[] applied;
        try (Connection probe = readOnly.getConnection()) {
            applied = Flyway.configure().dataSource(readOnly).locations("classpath:db/migration").load().info().applied();
        } catch (SQLException | RuntimeException e) {
            if (needsRecovery(e)) {
                // The last process did not close the file (it crashed, or its file channel was closed
                // by a thread interrupt): H2 must write to recover it, which a read-only open cannot.
                // The read-write open recovers it; the migration step still refuses a newer schema.
                LOG.warn("{} was not closed cleanly; opening it to recover", config.location());
                LOG.debug("Read-only probe refused", e);
                return;
            }
            throw translateOpenFailure(config, e);
        }
        Arrays.stream(applied).filter(Database::isFromTheFuture).findFirst().ifPresent(m -> {
            throw new DeskException("db.error.newer", config.location(), m.getVersion().getVersion());
        });
    }

    /** H2 refused a read-only open because the file needs writing first (MVStore "This store is read-only"). */
    static boolean needsRecovery(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.h2.mvstore.MVStoreException m && m.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_WRITING_FAILED) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFromTheFuture(MigrationInfo migration) {
        return migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED;
    }

    private static HikariDataSource connect(DatabaseConfig config) {
        if (config.isEmbeddedFile()) {
            try {
                Files.createDirectories(config.h2File().getParent());
            } catch (IOException e) {
                throw new DeskException(e, "db.error.folder", config.h2File().getParent());
            }
        }
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(config.url());
        pool.setUsername(config.user());
        pool.setPassword(config.password());
        pool.setPoolName("zhaoshang");
        // Long background reads (the search index build holds one connection for its whole walk) must
        // not leave a list's first page waiting for a connection.
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(1);
        pool.setValidationTimeout(3_000);
        if (config.engine() == Engine.POSTGRES) {
            // A server that went away must not hold a background task (or the change feed) for long:
            // a new connection gives up after 5 s, a statement whose answer never comes after 2 min
            // (a half-open connection would otherwise wait forever), idle connections are checked.
            pool.setConnectionTimeout(5_000);
            pool.setKeepaliveTime(60_000);
            pool.addDataSourceProperty("connectTimeout", "5");
            pool.addDataSourceProperty("loginTimeout", "5");
            pool.addDataSourceProperty("socketTimeout", "120");
            pool.addDataSourceProperty("tcpKeepAlive", "true");
        } else {
            pool.setConnectionTimeout(10_000);
        }
        pool.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw translateOpenFailure(config, e);
        }
    }

    public static DeskException translateOpenFailure(DatabaseConfig config, Throwable failure) {
        SQLException sql = findSqlException(failure);
        String where = config.location();
        if (sql != null) {
            switch (sql.getErrorCode()) {
                case H2_DATABASE_ALREADY_OPEN: return new DeskException(failure, "db.error.locked", where);
                case H2_FILE_CORRUPTED, H2_FILE_VERSION_ERROR: return new DeskException(failure, "db.error.corrupt", where);
                case H2_WRONG_PASSWORD: return new DeskException(failure, "db.error.password", where);
                default: break;
            }
            boolean noPassword = config.h2File() == null && (config.password() == null || config.password().isEmpty());
            if (noPassword && ("28P01".equals(sql.getSQLState()) || "08004".equals(sql.getSQLState()))) {
                // The server wants a password and none was given (a script without a console): say that plainly.
                return new DeskException(failure, "db.error.serverPasswordMissing", config.user(), where);
            }
            if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return new DeskException(failure, "db.error.unreachable", where);
            }
            if ("28P01".equals(sql.getSQLState())) {
                return new DeskException(failure, "db.error.password", where);
            }
        }
        LOG.warn("Cannot open database {}", where, failure);
        return new DeskException(failure, "db.error.open", where, IntegrityCheck.firstLine(rootMessage(failure)));
    }

    private static SQLException findSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                // Each feature numbers its migrations in its own range (V10–19 companies, V30–39 tasks …),
                // so a release can bring a V31 to a database that already has V80. See decision 0011.
                .outOfOrder(true)
                .load();
    }

    private void migrate(Clock clock) {
        Flyway flyway = flyway();
        MigrationInfo[] applied = flyway.info().applied();
        Arrays.stream(applied).filter(Database::isFromTheFuture).findFirst().ifPresent(m -> {
            throw new DeskException("db.error.newer", config.location(), m.getVersion().getVersion());
        });
        boolean pending = flyway.info().pending().length > 0;
        if (pending && applied.length > 0 && config.isEmbeddedFile()) {
            backupBeforeMigration(clock);
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new DeskException(e, "db.error.migration", config.location(), rootMessage(e));
        }
    }

    private void backupBeforeMigration(Clock clock) {
        Path folder = config.h2File().getParent().resolve("backups");
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = folder.resolve("before-migration-" + stamp + ".zip");
        try {
            Files.createDirectories(folder);
            dsl.execute("backup to " + DSL.inline(target.toString()));
            LOG.info("Backed up {} to {} before migrating", config.location(), target);
        } catch (IOException | RuntimeException e) {
            throw new DeskException(e, "db.error.backup", target);
        }
    }

    /** The schema version, e.g. "3", as Flyway records it. */
    public String schemaVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DatabaseConfig config() {
        return config;
    }

    public Engine engine() {
        return config.engine();
    }

    /**
     * Runs the work in one transaction (joining the caller's, if there is one). While the change feed
     * finds the server unreachable, it is refused with a message saying that nothing was saved (so
     * is every other statement, see the connection provider above). The outermost transaction logs
     * what it changed just before committing and publishes it once committed.
     */
    public <T> T transaction(Supplier<T> work) {
        refuseUnlessAdmitted();
        refuseWhileUnreachable();
        if (pending.get() != null) {
            return dsl.transactionResult(() -> work.get());
        }
        PendingChanges changed = new PendingChanges();
        pending.set(changed);
        long[] sequence = {0};
        T result;
        storeGate.readLock().lock();
        try {
            result = dsl.transactionResult(() -> {
                T value = work.get();
                if (!changed.isEmpty()) {
                    UUID loggedAs = originOverride.get();
                    sequence[0] = changeLog.write(dsl, loggedAs != null ? loggedAs : origin, changed.changes());
                }
                return value;
            });
        } finally {
            storeGate.readLock().unlock();
            pending.remove();
        }
        if (sequence[0] > 0) {
            changes.publish(new ChangeBatch(sequence[0], true, changed.changes()));
            statistics.afterCommit(changed.changes());
            if (compactor != null) {
                compactor.afterCommit();
            }
        }
        return result;
    }

    public void transaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work that must not see the embedded file compacted under it (H2's online backup copies the
     * file while the app stays open).
     */
    public <T> T withFileSteady(Supplier<T> work) {
        storeGate.readLock().lock();
        try {
            return work.get();
        } finally {
            storeGate.readLock().unlock();
        }
    }

    private void startCompactor() {
        if (!config.isEmbeddedFile()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            compactor = new FileCompactor(session.getDatabase().getStore().getMvStore(), FileCompactor.Limits.DESKTOP,
                    storeGate, System::nanoTime);
        } catch (SQLException e) {
            throw translateOpenFailure(config, e);
        }
    }

    /**
     * A transaction whose changes the change log records under another origin: laptop sync writes
     * what it pulled from the team server as {@link ChangeLog#SYNC_ORIGIN}, so that it is not pushed
     * back. Screens and search hear of it like of any other change.
     */
    public <T> T transactionAs(UUID loggedOrigin, Supplier<T> work) {
        if (pending.get() != null) {
            throw new IllegalStateException("transactionAs must be the outermost transaction");
        }
        originOverride.set(loggedOrigin);
        try {
            return transaction(work);
        } finally {
            originOverride.remove();
        }
    }

    public void transactionAs(UUID loggedOrigin, Runnable work) {
        transactionAs(loggedOrigin, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Says that rows changed in the transaction open on this thread; they go to the change log with
     * it. Outside a transaction the change is logged on its own, at once (call it after the write).
     */
    public void recordChange(String table, ChangeKind kind, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        PendingChanges open = pending.get();
        if (open == null) {
            transaction(() -> recordChange(table, kind, ids));
            return;
        }
        open.add(table, kind, ids);
    }

    public void recordChange(Table<?> table, ChangeKind kind, UUID id) {
        recordChange(table.getName(), kind, List.of(id));
    }

    /** Committed changes, this process's and (on a team server, through the poller) others'. */
    public ChangeStream changes() {
        return changes;
    }

    /** This open of the database, as the change log names it. */
    public UUID origin() {
        return origin;
    }

    /**
     * Is the calling thread inside {@link #transaction}? Bulk writes commit chunk by chunk only when it
     * is not (a caller that holds a transaction wants all or nothing in it).
     */
    public boolean inTransaction() {
        return pending.get() != null;
    }

    /**
     * Fails closed: from now on a statement runs only while {@code mayRun} says so (the composition
     * root passes "somebody signed in, or the system"). A session nobody signed into reads and writes
     * nothing, even through a service that forgot to ask its policy.
     */
    public void admitOnly(BooleanSupplier mayRun) {
        this.admitted = mayRun;
    }

    private void refuseUnlessAdmitted() {
        if (!admitted.getAsBoolean()) {
            throw new AccessRefusedException("security.error.signInRequired");
        }
    }

    private void refuseWhileUnreachable() {
        if (unreachable) {
            throw new DeskException("server.error.offline", config.location());
        }
    }

    /** What the last look found (see {@link ChangeFeed}). */
    void setReachable(boolean reachable) {
        this.unreachable = !reachable;
    }

    /** A raw connection, for the few engine-specific places (bulk load, backup, search index). */
    public Connection connection() throws SQLException {
        refuseUnlessAdmitted();
        refuseWhileUnreachable();
        return dataSource.getConnection();
    }

    /**
     * A connection of its own, outside the caller's transaction and the sign-in rule: for the audit
     * entries that must stay when the work around them is refused or rolled back (refused actions,
     * failed sign-ins).
     */
    Connection independentConnection() throws SQLException {
        refuseWhileUnreachable();
        return dataSource.getConnection();
    }

    /** Is the database still answering? Used by the status bar and the server banner. */
    public boolean isReachable() {
        // A pooled connection that died with the server (or a restart of it) says nothing about the
        // server now: it is thrown out, and the next one (a new one, in the end) is asked instead.
        for (int attempt = 0; attempt < 3; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                if (c.isValid(2)) {
                    return true;
                }
                dataSource.evictConnection(c);
            } catch (SQLException e) {
                return false;
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (compactor != null) {
            compactor.close();
        }
        dataSource.close();
        if (config.isEmbeddedFile()) {
            awaitFileReleased();
        }
        if (markedInUse) {
            try {
                Files.deleteIfExists(inUseMarker(config));
            } catch (IOException e) {
                LOG.warn("Cannot remove {}", inUseMarker(config), e);
            }
        }
    }

    /**
     * Returns once H2 has let go of the file, waiting at most half a minute. Whoever closes us may hand the
     * file straight to another process (a restore, the next command, a test's child); on a loaded machine
     * that process once still found it locked by this one.
     */
    private void awaitFileReleased() {
        Path file = Path.of(config.h2File() + ".mv.db");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.exists(file) && System.nanoTime() < deadline) {
            try (FileChannel channel = FileChannel.open(file,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                if (lock != null) {
                    return;
                }
            } catch (OverlappingFileLockException stillOpenHere) {
                LOG.debug("{} still held by this process", file);
            } catch (IOException e) {
                return; // cannot tell: nothing to wait for
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
