package cn.zhaoshang.desk.search;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.search.db.SearchRepository;
import java.util.List;
import java.util.UUID;

/**
 * Company search: Chinese substrings, full pinyin, pinyin initials, USCC prefixes and contact names,
 * best matches first. The company service feeds it on every write ({@link #index}, {@link #remove});
 * imports call {@link #indexAll} for their rows; {@link #rebuild} reads everything from the tables.
 *
 * <p>This first version answers with a plain scan; it is the contract the real index keeps.
 */
public final class SearchService {
    private final SearchRepository repository;

    public SearchService(Database database) {
        this.repository = new SearchRepository(database);
    }

    /** Matches for what the user typed, best first; an empty query finds nothing. */
    public List<SearchHit> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        return repository.scan(q, limit);
    }

    /** A company was created or changed (name, short name, USCC or contacts). */
    public void index(CompanySearchEntry entry) {
        // The scanning version reads the tables directly; the index version keeps itself up to date here.
    }

    /** Many companies at once (import, merge). */
    public void indexAll(List<CompanySearchEntry> entries) {
        entries.forEach(this::index);
    }

    /** A company was deleted or merged away. */
    public void remove(UUID companyId) {
        // See index().
    }

    /** Reads every company from the tables again. */
    public void rebuild(Progress progress) {
        progress.update(1, 1);
    }
}
