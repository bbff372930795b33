package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.common.background.CancelledException;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.background.RunningTask;
import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.search.db.SearchRepository;
import cn.zhaoshang.desk.security.CompanyAccess;
import cn.zhaoshang.desk.security.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Company search (企业搜索): Chinese substrings of any length, full pinyin and pinyin initials of
 * names and short names, credit-code prefixes and contact names, best matches first (see
 * {@link CompanyIndex} and docs/decisions/0090-search-index.md for the order and the design).
 *
 * <p>The index lives in memory. It is built from the tables once the app has opened
 * ({@link #startBuilding}, in the background with progress) or on demand ({@link #rebuild}); until
 * then searches fall back to a (slow) scan of the tables. It follows the database's change stream
 * (decision 0014): every committed change of a company or a contact, made here or by another
 * client of the team server, reaches it without any writer calling it.
 */
public final class SearchService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    /** Changed rows beyond which a saved index is rebuilt rather than brought up to date record by record. */
    static final long CATCH_UP_LIMIT = 100_000;
    /** Title of the start-up build in the list of running tasks. */
    static final String BUILDING_TITLE = "search.index.building";

    /** Where the index stands. */
    public enum State { NOT_BUILT, BUILDING, READY }

    /** How the index came up at the last start: from the saved file, or rebuilt from the tables. */
    public enum Start { NONE, LOADED, REBUILT }

    private final SearchRepository repository;
    private final CompanyIndex index = new CompanyIndex();
    private final AtomicReference<State> state = new AtomicReference<>(State.NOT_BUILT);
    private final AtomicBoolean starting = new AtomicBoolean();

    private final Database database;
    private final CompanyAccess access;
    private final IndexPlace place;
    private final IndexFollower follower;
    private final AutoCloseable subscription;
    /** The change number the saved file is up to date with; -1 when nothing was loaded or saved. */
    private volatile long savedSequence = -1;
    private volatile Start startedFrom = Start.NONE;
    /** Held while the file is written; after {@link #close} nothing is written (encrypt deletes the plain file then). */
    private final Object saving = new Object();
    private boolean closed;

    /** An index that is not saved (built from the tables at every start). */
    public SearchService(Database database, CompanyAccess access) {
        this(database, access, IndexPlace.NONE);
    }

    /**
     * @param access who may read which company: hits the person working now may not read are left out
     * @param place  where the index is saved between starts, or {@link IndexPlace#NONE}
     */
    public SearchService(Database database, CompanyAccess access, IndexPlace place) {
        this.database = database;
        this.repository = new SearchRepository(database);
        this.access = access;
        this.place = place;
        // The index holds every company (the scope applies to its answers): following it is the system's job.
        this.follower = new IndexFollower(repository, index, access.policy().session());
        this.subscription = database.changes().subscribe(follower);
    }

    /**
     * Matches for what the user typed, best first; an empty query finds nothing. Companies the
     * person working now may not read (another team's claim) are left out: the index is asked for
     * more hits (three times the limit, or as many more as there are such companies when that was
     * not enough), then those are dropped.
     */
    public List<SearchHit> search(String query, int limit) {
        access.policy().requireSignedIn();
        String folded = TextFold.query(query);
        if (folded.isEmpty() || limit <= 0) {
            return List.of();
        }
        Set<UUID> hidden = access.hiddenCompanies();
        if (hidden.isEmpty()) {
            return find(query, folded, limit);
        }
        // Most hits are visible: three times the limit is usually enough; all hidden ones only if not.
        int enough = (int) Math.min(Integer.MAX_VALUE / 2, (long) limit + hidden.size());
        int wanted = (int) Math.min(enough, (long) limit * 3);
        List<SearchHit> hits = find(query, folded, wanted);
        List<SearchHit> visible = hits.stream().filter(h -> !hidden.contains(h.companyId())).toList();
        if (visible.size() < limit && hits.size() == wanted && wanted < enough) {
            visible = find(query, folded, enough).stream().filter(h -> !hidden.contains(h.companyId())).toList();
        }
        return visible.size() > limit ? visible.subList(0, limit) : visible;
    }

    private List<SearchHit> find(String query, String folded, int limit) {
        return state.get() == State.READY ? index.search(query, limit)
                : repository.scan(Stream.of(folded, query.strip()).distinct().toList(), limit);
    }

    /**
     * Waits until the changes committed so far are in the index: large batches are applied in the
     * background (for tests and for the command line, which must not answer from a stale index).
     */
    public void awaitUpToDate() {
        follower.awaitIdle(60_000);
    }

    /**
     * Reads every company from the tables again and swaps the new index in; searches keep answering
     * meanwhile, and writes made meanwhile are kept. Cancelling leaves the previous state.
     */
    public void rebuild(Progress progress) {
        access.policy().requireSignedIn();
        State before = state.getAndUpdate(s -> s == State.READY ? s : State.BUILDING);
        boolean done = false;
        try {
            progress.step("search.index.step.reading");
            index.rebuild(sink -> repository.readAll(sink, progress), progress);
            done = true;
        } finally {
            state.set(done ? State.READY : before == State.READY ? State.READY : State.NOT_BUILT);
        }
    }

    /**
     * Brings the index up as the app or a command starts: from the saved file and the changes made
     * since it was saved (decision 0096), or, when there is no usable file, rebuilt from the tables
     * and saved. A file is not used when it is damaged, saved for another state of the database
     * (its change is not in the log as it remembers it) or so far behind that rebuilding is faster.
     */
    public void loadOrRebuild(Progress progress) {
        access.policy().requireSignedIn();
        if (place.isSaved() && state.get() != State.READY && loadSaved(progress)) {
            return;
        }
        rebuild(progress);
        startedFrom = Start.REBUILT;
        if (place.isSaved()) {
            saveQuietly();
        }
    }

    private boolean loadSaved(Progress progress) {
        state.compareAndSet(State.NOT_BUILT, State.BUILDING);
        long[] resumeFrom = {0};
        try {
            progress.step("search.index.step.loading");
            index.restore(() -> {
                IndexFile saved = IndexFile.read(place.file(), place.dataKey());
                String fingerprint = repository.changeFingerprint(saved.sequence());
                if (saved.sequence() > repository.lastChange() || !saved.fingerprint().equals(fingerprint)) {
                    throw new UnusableIndexException("saved for another state of the database");
                }
                if (repository.rowsChangedAfter(saved.sequence()) > CATCH_UP_LIMIT) {
                    throw new UnusableIndexException("too far behind: rebuilding is faster");
                }
                resumeFrom[0] = saved.sequence();
                return saved.generation();
            });
        } catch (IOException | RuntimeException e) {
            LOG.info("Saved search index not used ({}); rebuilding it", e.getMessage());
            if (Files.exists(place.file())) {
                deleteSaved(); // damaged, stale, or plain beside an encrypted database: never kept
            }
            return false;
        }
        progress.step("search.index.step.catchingUp");
        Set<UUID> companies = new LinkedHashSet<>();
        Set<UUID> contacts = new LinkedHashSet<>();
        repository.changedAfter(resumeFrom[0], companies, contacts);
        follower.apply(companies, contacts);
        savedSequence = resumeFrom[0];
        startedFrom = Start.LOADED;
        state.set(State.READY);
        LOG.info("Search index loaded: {} companies, {} changed since it was saved", index.size(),
                companies.size() + contacts.size());
        return true;
    }

    /**
     * Saves the index beside the database when it changed since it was loaded or saved (the
     * desktop app does this when it closes). Does nothing for an index that is not saved or not built.
     */
    public void saveIfChanged() {
        access.policy().requireSignedIn();
        if (place.isSaved() && state.get() == State.READY && database.changes().watermark() != savedSequence) {
            saveQuietly();
        }
    }

    private void saveQuietly() {
        synchronized (saving) {
            if (!closed) {
                save();
            }
        }
    }

    private void save() {
        try {
            long sequence = database.changes().watermark();
            follower.awaitIdle(60_000); // every change up to that number is then in the index
            IndexFile.write(place.file(), index.freeze(), sequence, repository.changeFingerprint(sequence),
                    place.dataKey());
            savedSequence = sequence;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Search index not saved; it is rebuilt at the next start", e);
            deleteSaved();
        }
    }

    private void deleteSaved() {
        try {
            Files.deleteIfExists(place.file());
        } catch (IOException e) {
            LOG.warn("Could not delete the saved search index {}", place.file(), e);
        }
    }

    /**
     * Brings the index up in the background once the app has opened ({@link #loadOrRebuild}); does
     * nothing when it is built or being built. The task shows in the status bar with its progress. It
     * runs as the system: the index holds every company (the scope applies to its answers), and the
     * desktop starts it while the user is still signing in.
     */
    public RunningTask startBuilding(TaskRunner tasks, Messages messages) {
        access.policy().requireSignedIn();
        if (state.get() != State.NOT_BUILT || starting.getAndSet(true)) {
            return null;
        }
        return tasks.run(messages.get(BUILDING_TITLE), p -> {
            access.policy().session().asSystem(() -> loadOrRebuild(p));
            return null;
        }, ok -> LOG.info("Search index ready: {} companies", index.size()), error -> {
            if (!(error instanceof CancelledException)) {
                LOG.warn("Search index not built; searching scans the tables meanwhile", error);
            }
        });
    }

    /** Whether the last {@link #loadOrRebuild} loaded the saved file or rebuilt the index. */
    public Start startedFrom() {
        return startedFrom;
    }

    public State state() {
        return state.get();
    }

    @Override
    public void close() {
        synchronized (saving) {
            closed = true;
        }
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.debug("Unsubscribing the search index failed", e);
        }
        follower.close();
    }

    /** The index itself, for the benchmark and diagnostics: it ignores the company scope, so administrators only. */
    public CompanyIndex companyIndex() {
        access.policy().require(Permission.DIAGNOSE);
        return index;
    }
}
