package cn.zhaoshang.desk.common.db;

import static cn.zhaoshang.desk.generated.Tables.WRITE_RUN;

import cn.zhaoshang.desk.common.session.Session;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work on many rows (an import, its undo, demo data, a bulk job) as a <em>run</em> that a crash can
 * interrupt but never half-apply (decision 0140).
 *
 * <p>On the embedded H2 file the run commits in chunks: H2 2.5 damaged its file when killed during one
 * huge commit (table and index counts apart), while a kill between small commits only loses the
 * unfinished chunk. The run's row is committed first and marked finished in the same transaction as
 * the run's last writes; a run found unfinished when the database next opens is swept away by the
 * sweeper of its kind (its chunks undone, or the run finished where that is the safe side), and so is
 * a run that fails or is cancelled. On PostgreSQL, or when the caller already holds a transaction,
 * the run is one transaction, which the server makes all-or-nothing by itself.
 */
public final class WriteRuns {
    private static final Logger LOG = LoggerFactory.getLogger(WriteRuns.class);

    public enum Kind { IMPORT, UNDO, DEMO_DATA, STAGE_DEADLINES }

    /** A run as stored: what the sweeper of its kind needs to take it back. */
    public record Run(UUID id, Kind kind, String detail, String userName, OffsetDateTime startedAt) { }

    /** Takes an interrupted run back (or finishes it); must be safe to call again after a crash of its own. */
    @FunctionalInterface
    public interface Sweeper {
        void sweep(Run run);
    }

    private final Database database;
    private final Session session;
    private final Clock clock;
    private final Map<Kind, Sweeper> sweepers = new EnumMap<>(Kind.class);

    public WriteRuns(Database database, Session session, Clock clock) {
        this.database = database;
        this.session = session;
        this.clock = clock;
    }

    public void register(Kind kind, Sweeper sweeper) {
        sweepers.put(kind, sweeper);
    }

    /** Does work given to {@link #run} commit chunk by chunk (embedded H2, no transaction held)? */
    public boolean commitsInChunks() {
        return database.engine() == Engine.H2 && !database.inTransaction();
    }

    /**
     * Runs {@code work} as a run of {@code kind}. The work writes its chunks each in
     * {@link Database#transaction}; {@code lastWrites} (summary rows, counts, the audit entry) goes in
     * one transaction with the mark that the run finished, so nothing claims rows that are not there.
     */
    public <T> T run(Kind kind, UUID id, String detail, Supplier<T> work, Consumer<T> lastWrites) {
        if (!commitsInChunks()) {
            return database.transaction(() -> {
                start(kind, id, detail);
                T result = work.get();
                lastWrites.accept(result);
                finish(id);
                return result;
            });
        }
        database.transaction(() -> start(kind, id, detail));
        T result;
        try {
            result = work.get();
            database.transaction(() -> {
                lastWrites.accept(result);
                finish(id);
            });
        } catch (RuntimeException e) {
            try {
                sweep(new Run(id, kind, detail, session.userName(), now()));
            } catch (RuntimeException sweepFailed) {
                e.addSuppressed(sweepFailed);
                LOG.error("Could not take back the failed run {}; the next open tries again", id, sweepFailed);
            }
            throw e;
        }
        return result;
    }

    /** At open: sweeps every run a crash left unfinished; returns them (empty almost always). */
    public List<Run> sweepUnfinished() {
        List<Run> unfinished = database.dsl().selectFrom(WRITE_RUN)
                .where(WRITE_RUN.FINISHED_AT.isNull()).and(WRITE_RUN.SWEPT_AT.isNull())
                .orderBy(WRITE_RUN.STARTED_AT.desc())
                .fetch(r -> new Run(r.getId(), r.getKind(), r.getDetail(), r.getUserName(), r.getStartedAt()));
        List<Run> swept = new ArrayList<>();
        for (Run run : unfinished) {
            LOG.warn("Sweeping the {} run {} started {} by {}: it did not finish", run.kind(), run.id(),
                    run.startedAt(), run.userName());
            sweep(run);
            swept.add(run);
        }
        return swept;
    }

    private void sweep(Run run) {
        Sweeper sweeper = sweepers.get(run.kind());
        if (sweeper == null) {
            throw new IllegalStateException("No sweeper for " + run.kind());
        }
        sweeper.sweep(run);
        database.transaction(() -> database.dsl().update(WRITE_RUN).set(WRITE_RUN.SWEPT_AT, now())
                .where(WRITE_RUN.ID.eq(run.id())).execute());
    }

    private void start(Kind kind, UUID id, String detail) {
        database.dsl().insertInto(WRITE_RUN)
                .set(WRITE_RUN.ID, id).set(WRITE_RUN.KIND, kind).set(WRITE_RUN.DETAIL, detail)
                .set(WRITE_RUN.USER_NAME, session.userName()).set(WRITE_RUN.STARTED_AT, now())
                .execute();
    }

    private void finish(UUID id) {
        database.dsl().update(WRITE_RUN).set(WRITE_RUN.FINISHED_AT, now()).where(WRITE_RUN.ID.eq(id)).execute();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
