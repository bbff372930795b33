package cn.zhaoshang.desk.search.db;

import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.search.CompanySearchEntry;
import cn.zhaoshang.desk.search.RebuildSink;
import cn.zhaoshang.desk.search.SearchHit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.impl.DSL;

/**
 * Reads what the search index needs from the tables, and the scanning search used until the index
 * is built.
 */
public final class SearchRepository {
    private static final int FETCH_SIZE = 5_000;
    private static final int REPORT_EVERY = 10_000;

    private final Database database;

    public SearchRepository(Database database) {
        this.database = database;
    }

    /**
     * Every company that is not deleted, then every contact name that is not deleted, each table read
     * once in its own storage order and streamed (a cursor, never the whole table in memory: H2 is
     * switched to lazy execution for it, PostgreSQL fetches in batches inside the transaction). Reading
     * by id instead would jump around the file for every row: several times slower at a million rows.
     * Checks for cancel and reports progress as it goes.
     */
    public void readAll(RebuildSink sink, Progress progress) {
        database.transaction(() -> {
            var dsl = database.dsl();
            boolean h2 = database.engine() == Engine.H2;
            long total = dsl.fetchCount(COMPANY, COMPANY.DELETED_AT.isNull());
            long done = 0;
            progress.update(0, total);
            if (h2) {
                dsl.execute("set lazy_query_execution true");
            }
            try {
                try (Cursor<Record4<UUID, String, String, String>> companies = dsl
                        .select(COMPANY.ID, COMPANY.USCC, COMPANY.NAME, COMPANY.SHORT_NAME).from(COMPANY)
                        .where(COMPANY.DELETED_AT.isNull()).fetchSize(FETCH_SIZE).fetchLazy()) {
                    for (Record4<UUID, String, String, String> r : companies) {
                        sink.company(r.value1(), r.value2(), r.value3(), r.value4());
                        if (++done % REPORT_EVERY == 0) {
                            progress.checkCancelled();
                            progress.update(done, total);
                        }
                    }
                }
                progress.step("search.index.step.contacts");
                try (Cursor<Record2<UUID, String>> contacts = dsl.select(CONTACT.COMPANY_ID, CONTACT.NAME).from(CONTACT)
                        .where(CONTACT.DELETED_AT.isNull()).fetchSize(FETCH_SIZE).fetchLazy()) {
                    long read = 0;
                    for (Record2<UUID, String> r : contacts) {
                        sink.contact(r.value1(), r.value2());
                        if (++read % (REPORT_EVERY * 10) == 0) {
                            progress.checkCancelled();
                        }
                    }
                }
            } finally {
                if (h2) {
                    dsl.execute("set lazy_query_execution false");
                }
            }
        });
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
    public List<SearchHit> scan(List<String> forms, int limit) {
        // The query as typed and as folded (full-width brackets to half-width, …): names are stored as
        // written, so either may be the one that matches.
        Condition nameOrCode = DSL.falseCondition();
        for (String query : forms) {
            String like = "%" + escape(query) + "%";
            String codePrefix = escape(query.toUpperCase(Locale.ROOT)) + "%";
            var contactMatch = DSL.exists(DSL.selectOne().from(CONTACT).where(CONTACT.COMPANY_ID.eq(COMPANY.ID))
                    .and(CONTACT.DELETED_AT.isNull()).and(CONTACT.NAME.like(escape(query) + "%", '\\')));
            nameOrCode = nameOrCode.or(COMPANY.NAME.likeIgnoreCase(like, '\\')).or(COMPANY.SHORT_NAME.likeIgnoreCase(like, '\\'))
                    .or(COMPANY.USCC.like(codePrefix, '\\')).or(contactMatch);
        }
        return database.dsl().select(COMPANY.ID, COMPANY.USCC, COMPANY.NAME, COMPANY.SHORT_NAME).from(COMPANY)
                .where(COMPANY.DELETED_AT.isNull()).and(nameOrCode)
                .orderBy(COMPANY.NAME.length(), COMPANY.NAME, COMPANY.ID).limit(limit)
                .fetch(r -> {
                    boolean byCode = forms.stream().anyMatch(q -> r.value2() != null && r.value2().startsWith(q.toUpperCase(Locale.ROOT)));
                    boolean byName = forms.stream().anyMatch(q -> containsIgnoreCase(r.value3(), q) || containsIgnoreCase(r.value4(), q));
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
