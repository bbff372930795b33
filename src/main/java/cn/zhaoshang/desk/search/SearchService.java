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
import java.util.List;
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
    /** Title of the start-up build in the list of running tasks. */
    static final String BUILDING_TITLE = "search.index.building";

    /** Where the index stands. */
    public enum State { NOT_BUILT, BUILDING, READY }

    private final SearchRepository repository;
    private final CompanyIndex index = new CompanyIndex();
    private final AtomicReference<State> state = new AtomicReference<>(State.NOT_BUILT);

    private final CompanyAccess access;
    private final IndexFollower follower;
    private final AutoCloseable subscription;

    /**
     * @param access who may read which company: hits the person working now may not read are left out
     */
    public SearchService(Database database, CompanyAccess access) {
        this.repository = new SearchRepository(database);
        this.access = access;
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
        int hidden = access.hiddenCount();
        if (hidden == 0) {
            return find(query, folded, limit);
        }
        // Most hits are visible: three times the limit is usually enough; all hidden ones only if not.
        int enough = (int) Math.min(Integer.MAX_VALUE / 2, (long) limit + hidden);
        int wanted = (int) Math.min(enough, (long) limit * 3);
        List<SearchHit> hits = find(query, folded, wanted);
        List<SearchHit> visible = access.visibleOnly(hits, SearchHit::companyId);
        if (visible.size() < limit && hits.size() == wanted && wanted < enough) {
            visible = access.visibleOnly(find(query, folded, enough), SearchHit::companyId);
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
     * Builds the index in the background once the app has opened; does nothing when it is built or
     * being built. The task shows in the status bar with its progress.
     */
    public RunningTask startBuilding(TaskRunner tasks, Messages messages) {
        access.policy().requireSignedIn();
        if (!state.compareAndSet(State.NOT_BUILT, State.BUILDING)) {
            return null;
        }
        return tasks.run(messages.get(BUILDING_TITLE), p -> {
            rebuild(p);
            return null;
        }, ok -> LOG.info("Search index ready: {} companies", index.size()), error -> {
            if (!(error instanceof CancelledException)) {
                LOG.warn("Search index not built; searching scans the tables meanwhile", error);
            }
        });
    }

    public State state() {
        return state.get();
    }

    @Override
    public void close() {
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
