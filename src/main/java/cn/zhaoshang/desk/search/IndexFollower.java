package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.common.change.ChangeBatch;
import cn.zhaoshang.desk.common.change.ChangeListener;
import cn.zhaoshang.desk.search.db.SearchRepository;
import cn.zhaoshang.desk.common.session.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with committed changes of companies and contacts, this process's
 * and other clients' alike: it reads the touched companies again and puts them into the index, or
 * takes them out when they are gone.
 *
 * <p>A save of a few records is applied on the committing thread, so the person who saved finds
 * the record at once; a large batch (an import's chunk, a colleague's import) goes to a thread of
 * its own, so the job that wrote it is done when its data is committed. Reading and putting happen
 * under one lock: whatever was read later is put later, so the index never goes back to an older
 * version of a company.
 */
final class IndexFollower implements ChangeListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexFollower.class);
    /** Records changed in one batch up to which the index is brought up to date at once. */
    static final int INLINE_LIMIT = 64;
    /** Companies read per query. */
    private static final int CHUNK = 1_000;

    private final SearchRepository repository;
    private final CompanyIndex index;
    private final Object applying = new Object();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-index-follower");
        t.setDaemon(true);
        return t;
    });

    /** Reads run as the system: on the poller's or the worker's thread nobody may be signed in. */
    private final Session session;

    IndexFollower(SearchRepository repository, CompanyIndex index, Session session) {
        this.repository = repository;
        this.index = index;
        this.session = session;
    }

    @Override
    public void committed(ChangeBatch batch) {
        Set<UUID> companies = batch.ids("company").collect(Collectors.toCollection(LinkedHashSet::new));
        Set<UUID> contacts = batch.ids("contact").collect(Collectors.toCollection(LinkedHashSet::new));
        if (companies.isEmpty() && contacts.isEmpty()) {
            return;
        }
        if (companies.size() + contacts.size() <= INLINE_LIMIT) {
            apply(companies, contacts);
        } else {
            worker.execute(() -> {
                try {
                    apply(companies, contacts);
                } catch (RuntimeException e) {
                    LOG.warn("Search index not brought up to date for change {}; a rebuild will", batch.sequence(), e);
                }
            });
        }
    }

    /** Reads these companies (and the companies of these contacts) again and puts them into the index. */
    void apply(Set<UUID> companies, Set<UUID> contacts) {
        session.asSystem(() -> applyNow(companies, contacts));
    }

    private void applyNow(Set<UUID> companies, Set<UUID> contacts) {
        Set<UUID> all = new LinkedHashSet<>(companies);
        if (!contacts.isEmpty()) {
            all.addAll(repository.companiesOfContacts(contacts));
        }
        List<UUID> ids = new ArrayList<>(all);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            synchronized (applying) {
                List<CompanySearchEntry> live = repository.entries(chunk);
                index.putAll(live);
                Set<UUID> gone = new HashSet<>(chunk);
                live.forEach(e -> gone.remove(e.companyId()));
                gone.forEach(index::remove);
            }
        }
    }

    /** Waits until every batch handed to the worker so far is in the index (tests, the command line). */
    void awaitIdle(long timeoutMillis) {
        try {
            worker.submit(() -> { }).get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Search index follower did not finish in {} ms", timeoutMillis, e);
        }
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
