package cn.zhaoshang.desk.search.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.search.CompanySearchEntry;
import cn.zhaoshang.desk.search.SearchHit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * Reads what the search index needs from the tables, and the scanning search used until the index
 * is built.
 */
public final class SearchRepository {
    /** Companies per read; their contacts are read with them by a range of company ids. */
    private static final int CHUNK = 5_000;

    private final Database database;

    public SearchRepository(Database database) {
        this.database = database;
    }

    /** How many companies are not deleted. */
    public int countCompanies() {
        return database.dsl().fetchCount(COMPANY, COMPANY.DELETED_AT.isNull());
    }

    /**
     * Every company that is not deleted, with the names of its contacts that are not deleted, in
     * chunks by id (keyset), so that neither the database nor this side ever holds all of them.
     * Between chunks it checks for cancel and reports progress.
     */
    public void forEachCompany(Consumer<CompanySearchEntry> sink, Progress progress) {
        int total = countCompanies();
        int done = 0;
        UUID after = null;
        progress.update(0, total);
        while (true) {
            progress.checkCancelled();
            Condition notDeleted = COMPANY.DELETED_AT.isNull();
            Result<Record4<UUID, String, String, String>> chunk = database.dsl()
                    .select(COMPANY.ID, COMPANY.USCC, COMPANY.NAME, COMPANY.SHORT_NAME)
                    .from(COMPANY)
                    .where(after == null ? notDeleted : notDeleted.and(COMPANY.ID.gt(after)))
                    .orderBy(COMPANY.ID)
                    .limit(CHUNK)
                    .fetch();
            if (chunk.isEmpty()) {
                return;
            }
            UUID first = chunk.get(0).value1();
            after = chunk.get(chunk.size() - 1).value1();
            Map<UUID, List<String>> contacts = contactNames(first, after);
            for (Record4<UUID, String, String, String> r : chunk) {
                sink.accept(new CompanySearchEntry(r.value1(), r.value2(), r.value3(), r.value4(),
                        contacts.getOrDefault(r.value1(), List.of())));
            }
            done += chunk.size();
            progress.update(done, Math.max(total, done));
            if (chunk.size() < CHUNK) {
                return;
            }
        }
    }

    /** Contact names of the companies with ids in [first, last], in the database's own order of ids. */
    private Map<UUID, List<String>> contactNames(UUID first, UUID last) {
        Map<UUID, List<String>> byCompany = new HashMap<>();
        database.dsl().select(CONTACT.COMPANY_ID, CONTACT.NAME)
                .from(CONTACT)
                .where(CONTACT.COMPANY_ID.between(first, last))
                .and(CONTACT.DELETED_AT.isNull())
                .forEach(r -> byCompany.computeIfAbsent(r.value1(), k -> new ArrayList<>(3)).add(r.value2()));
        return byCompany;
    }

    /** One company as the index sees it, or null when it is deleted or unknown. */
    public CompanySearchEntry entry(UUID companyId) {
        var company = database.dsl().select(COMPANY.ID, COMPANY.USCC, COMPANY.NAME, COMPANY.SHORT_NAME)
                .from(COMPANY).where(COMPANY.ID.eq(companyId)).and(COMPANY.DELETED_AT.isNull()).fetchOne();
        if (company == null) {
            return null;
        }
        List<String> contacts = database.dsl().select(CONTACT.NAME).from(CONTACT)
                .where(CONTACT.COMPANY_ID.eq(companyId)).and(CONTACT.DELETED_AT.isNull())
                .orderBy(CONTACT.IS_PRIMARY.desc(), CONTACT.NAME).fetch(CONTACT.NAME);
        return new CompanySearchEntry(company.value1(), company.value2(), company.value3(), company.value4(), contacts);
    }

    /**
     * The scanning search, used until the index is built: name or short name containing the query,
     * credit code or contact name starting with it; shorter names first. Correct, but a full scan
     * (seconds at a million companies) and without pinyin.
     */
    public List<SearchHit> scan(String query, int limit) {
        String like = "%" + escape(query) + "%";
        String code = query.toUpperCase(Locale.ROOT);
        String codePrefix = escape(code) + "%";
        var contactMatch = DSL.exists(DSL.selectOne().from(CONTACT).where(CONTACT.COMPANY_ID.eq(COMPANY.ID))
                .and(CONTACT.DELETED_AT.isNull()).and(CONTACT.NAME.like(escape(query) + "%", '\\')));
        return database.dsl().select(COMPANY.ID, COMPANY.USCC, COMPANY.NAME, COMPANY.SHORT_NAME).from(COMPANY)
                .where(COMPANY.DELETED_AT.isNull())
                .and(COMPANY.NAME.likeIgnoreCase(like, '\\').or(COMPANY.SHORT_NAME.likeIgnoreCase(like, '\\'))
                        .or(COMPANY.USCC.like(codePrefix, '\\')).or(contactMatch))
                .orderBy(COMPANY.NAME.length(), COMPANY.NAME, COMPANY.ID).limit(limit)
                .fetch(r -> {
                    boolean byCode = r.value2() != null && r.value2().startsWith(code);
                    boolean byName = containsIgnoreCase(r.value3(), query) || containsIgnoreCase(r.value4(), query);
                    SearchHit.MatchKind kind = byName ? SearchHit.MatchKind.NAME
                            : byCode ? SearchHit.MatchKind.USCC : SearchHit.MatchKind.CONTACT;
                    return new SearchHit(r.value1(), r.value2(), r.value3(), 0.0, kind);
                });
    }

    private static boolean containsIgnoreCase(String text, String query) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
