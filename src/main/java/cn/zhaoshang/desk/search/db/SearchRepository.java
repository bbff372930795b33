package cn.zhaoshang.desk.search.db;

import static cn.zhaoshang.desk.generated.Tables.CHANGE_LOG;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.ChangeLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.search.CompanySearchEntry;
import cn.zhaoshang.desk.search.RebuildSink;
import cn.zhaoshang.desk.search.SearchHit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Reads what the search index needs from the tables, and the scanning search used until the index
 * is built.
 */
public final class SearchRepository {
    static final int IDS_PER_STATEMENT = 5_000;
    private static final int FETCH_SIZE = 5_000;
    private static final int REPORT_EVERY = 10_000;

    private final Database database;

    public SearchRepository(Database database) {
        this.database = database;
    }

    /**
     * Every company that is not deleted, then every contact name that is not deleted, each table read
     * once in its own storage order. Reading by id instead would jump around the file for every row:
     * several times slower at a million rows. Checks for cancel and reports progress as it goes.
     *
     * <p>H2 is read in pages of its row ids ({@code _rowid_}, the storage order), each page a short
     * query of its own: one long lazy cursor over a million rows failed with "Chunk not found" at
     * 1M companies (the file's old chunks were freed under it while other work wrote). PostgreSQL
     * streams one cursor inside the transaction.
     */
    public void readAll(RebuildSink sink, Progress progress) {
        var dsl = database.dsl();
        long total = dsl.fetchCount(COMPANY, COMPANY.DELETED_AT.isNull());
        progress.update(0, total);
        long[] done = {0};
        Consumer<Record> company = r -> {
            sink.company(r.get(COMPANY.ID), r.get(COMPANY.USCC), r.get(COMPANY.NAME), r.get(COMPANY.SHORT_NAME));
            if (++done[0] % REPORT_EVERY == 0) {
                progress.checkCancelled();
                progress.update(done[0], total);
            }
        };
        long[] read = {0};
        Consumer<Record> contact = r -> {
            sink.contact(r.get(CONTACT.COMPANY_ID), r.get(CONTACT.NAME));
            if (++read[0] % (REPORT_EVERY * 10) == 0) {
                progress.checkCancelled();
            }
        };
        if (database.engine() == Engine.H2) {
            walkByRowId(COMPANY, List.of(COMPANY.ID, COMPANY.USCC, COMPANY.NAME, COMPANY.SHORT_NAME),
                    COMPANY.DELETED_AT, company);
            progress.step("search.index.step.contacts");
            walkByRowId(CONTACT, List.of(CONTACT.COMPANY_ID, CONTACT.NAME), CONTACT.DELETED_AT, contact);
            return;
        }
        database.transaction(() -> {
            try (Cursor<Record4<UUID, String, String, String>> rows = dsl
                    .select(COMPANY.ID, COMPANY.USCC, COMPANY.NAME, COMPANY.SHORT_NAME).from(COMPANY)
                    .where(COMPANY.DELETED_AT.isNull()).fetchSize(FETCH_SIZE).fetchLazy()) {
                rows.forEach(company);
            }
            progress.step("search.index.step.contacts");
            try (Cursor<Record2<UUID, String>> rows = dsl.select(CONTACT.COMPANY_ID, CONTACT.NAME).from(CONTACT)
                    .where(CONTACT.DELETED_AT.isNull()).fetchSize(FETCH_SIZE).fetchLazy()) {
                rows.forEach(contact);
            }
        });
    }

    /**
     * H2: the live rows of the table in storage order, a page of row ids at a time (see {@link #readAll}).
     * The page is a pure row-id range; whether a row is deleted is checked here, not in SQL, because with
     * a {@code deleted_at is null} condition H2 chose the deleted_at index and sorted the whole table
     * for every page.
     */
    private void walkByRowId(Table<?> table, List<Field<?>> fields, Field<?> deletedAt, Consumer<Record> each) {
        Field<Long> rowId = DSL.field("_rowid_", Long.class); // unquoted: H2's own pseudo-column
        List<Field<?>> selected = new ArrayList<>(fields);
        selected.add(deletedAt);
        selected.add(rowId);
        long after = Long.MIN_VALUE;
        while (true) {
            Result<Record> page = database.dsl().select(selected).from(table).where(rowId.gt(after))
                    .orderBy(rowId).limit(FETCH_SIZE).fetch();
            for (Record r : page) {
                if (r.get(selected.size() - 2) == null) {
                    each.accept(r);
                }
            }
            if (page.size() < FETCH_SIZE) {
                return;
            }
            after = page.get(page.size() - 1).get(selected.size() - 1, Long.class);
        }
    }

    /**
     * The companies among these that are not deleted, as the index sees them (contacts' names with
     * the primary contact first); a company that is missing here is deleted or unknown.
     */
    public List<CompanySearchEntry> entries(Collection<UUID> companyIds) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        var dsl = database.dsl();
        List<CompanySearchEntry> entries = new ArrayList<>();
        for (List<Field<UUID>> slice : inlinedSlices(companyIds)) {
            Map<UUID, List<String>> contacts = new HashMap<>();
            dsl.select(CONTACT.COMPANY_ID, CONTACT.NAME).from(CONTACT)
                    .where(CONTACT.COMPANY_ID.in(slice)).and(CONTACT.DELETED_AT.isNull())
                    .orderBy(CONTACT.IS_PRIMARY.desc(), CONTACT.NAME)
                    .forEach(r -> contacts.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
            dsl.select(COMPANY.ID, COMPANY.USCC, COMPANY.NAME, COMPANY.SHORT_NAME).from(COMPANY)
                    .where(COMPANY.ID.in(slice)).and(COMPANY.DELETED_AT.isNull())
                    .forEach(r -> entries.add(new CompanySearchEntry(r.value1(), r.value2(), r.value3(), r.value4(),
                            contacts.getOrDefault(r.value1(), List.of()))));
        }
        return entries;
    }

    /** The companies these contacts belong to (deleted contacts too: their name must leave the index). */
    /** The last change number of the database (decision 0014). */
    public long lastChange() {
        return ChangeLog.lastSequence(database.dsl());
    }

    /**
     * Which open of the database committed change {@code sequence}, and when, as a saved index
     * remembers it ("" for 0), or null
     * when the log has no such change: a saved index that names it belongs to another database.
     */
    public String changeFingerprint(long sequence) {
        if (sequence == 0) {
            return "";
        }
        var change = database.dsl().select(CHANGE_LOG.ORIGIN, CHANGE_LOG.COMMITTED_AT).from(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.eq(sequence)).and(CHANGE_LOG.PART.eq(0)).fetchOne();
        // The origin is the committing open of the database (a new id every open): no other database has it.
        return change == null ? null : change.value1() + "@" + change.value2().toInstant();
    }

    /** How many company and contact rows changed after {@code sequence}: how far a saved index is behind. */
    public long rowsChangedAfter(long sequence) {
        Number rows = database.dsl().select(DSL.sum(CHANGE_LOG.RECORD_COUNT)).from(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt(sequence)).and(CHANGE_LOG.TABLE_NAME.in(COMPANY.getName(), CONTACT.getName()))
                .fetchOne(0, Number.class);
        return rows == null ? 0 : rows.longValue();
    }

    /** The companies and contacts changed after {@code sequence}, in any way. */
    public void changedAfter(long sequence, Set<UUID> companies, Set<UUID> contacts) {
        database.dsl().select(CHANGE_LOG.TABLE_NAME, CHANGE_LOG.RECORD_IDS).from(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt(sequence)).and(CHANGE_LOG.TABLE_NAME.in(COMPANY.getName(), CONTACT.getName()))
                .forEach(r -> (COMPANY.getName().equals(r.value1()) ? companies : contacts)
                        .addAll(ChangeLog.unpack(r.value2())));
    }

    public Set<UUID> companiesOfContacts(Collection<UUID> contactIds) {
        if (contactIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> companies = new HashSet<>();
        for (List<Field<UUID>> slice : inlinedSlices(contactIds)) {
            companies.addAll(database.dsl().selectDistinct(CONTACT.COMPANY_ID).from(CONTACT)
                    .where(CONTACT.ID.in(slice)).fetch(CONTACT.COMPANY_ID));
        }
        return companies;
    }

    /**
     * Literal values, {@value #IDS_PER_STATEMENT} per statement: H2 turns a list of constants into a hash set
     * (a list of bind values it checks one by one), and a change of 300,000 contacts in one statement broke the
     * connection to PostgreSQL (the 100k benchmark's search follower).
     */
    private static List<List<Field<UUID>>> inlinedSlices(Collection<UUID> ids) {
        List<Field<UUID>> all = ids.stream().<Field<UUID>>map(DSL::inline).toList();
        List<List<Field<UUID>>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
            slices.add(all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT)));
        }
        return slices;
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
