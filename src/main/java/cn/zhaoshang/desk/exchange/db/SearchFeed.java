package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.search.CompanySearchEntry;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.Record5;
import org.jooq.ResultQuery;
import org.jooq.impl.SQLDataType;

/**
 * Reads back what an import touched, for the search index: the companies it created (by import_id),
 * the ones it changed (by its audit entries) and the ones whose contacts it added or changed. Each
 * comes once, in chunks; companies in the trash come as removals.
 */
public final class SearchFeed {
    private static final int CHUNK = 2_000;
    private final Database database;

    public SearchFeed(Database database) {
        this.database = database;
    }

    public void touchedCompanies(UUID importId, Consumer<List<CompanySearchEntry>> index, Consumer<UUID> remove) {
        var dsl = database.dsl();
        database.transaction(() -> {
            stream(COMPANY.IMPORT_ID.eq(importId), index, remove);
            Condition notCreatedHere = COMPANY.IMPORT_ID.isNull().or(COMPANY.IMPORT_ID.ne(importId));
            byIds(dsl.selectDistinct(AUDIT_LOG.RECORD_ID).from(AUDIT_LOG).where(AUDIT_LOG.IMPORT_ID.eq(importId))
                    .and(AUDIT_LOG.TABLE_NAME.eq("company")).and(AUDIT_LOG.ACTION.in("UPDATE", "UNDO")),
                    notCreatedHere, index, remove);
            // Companies whose contacts the import added or changed, unless the import created them too.
            byIds(dsl.selectDistinct(CONTACT.COMPANY_ID.cast(String.class)).from(CONTACT).join(COMPANY)
                    .on(COMPANY.ID.eq(CONTACT.COMPANY_ID)).where(CONTACT.IMPORT_ID.eq(importId)).and(notCreatedHere),
                    notCreatedHere, index, remove);
            byIds(dsl.selectDistinct(CONTACT.COMPANY_ID.cast(String.class)).from(AUDIT_LOG).join(CONTACT)
                    .on(CONTACT.ID.eq(AUDIT_LOG.RECORD_ID.cast(SQLDataType.UUID)))
                    .where(AUDIT_LOG.IMPORT_ID.eq(importId)).and(AUDIT_LOG.TABLE_NAME.eq("contact"))
                    .and(AUDIT_LOG.ACTION.in("UPDATE", "UNDO")),
                    notCreatedHere, index, remove);
        });
    }

    /** Companies by ids from a query, in chunks (a company in two lists is indexed twice, which is harmless). */
    private void byIds(ResultQuery<org.jooq.Record1<String>> ids, Condition extra,
                       Consumer<List<CompanySearchEntry>> index, Consumer<UUID> remove) {
        Set<UUID> chunk = new LinkedHashSet<>();
        try (Cursor<org.jooq.Record1<String>> cursor = ids.fetchSize(CHUNK).fetchLazy()) {
            for (var r : cursor) {
                chunk.add(UUID.fromString(r.value1()));
                if (chunk.size() == CHUNK) {
                    stream(InLists.in(COMPANY.ID, chunk).and(extra), index, remove);
                    chunk.clear();
                }
            }
        }
        if (!chunk.isEmpty()) {
            stream(InLists.in(COMPANY.ID, chunk).and(extra), index, remove);
        }
    }

    private void stream(Condition which, Consumer<List<CompanySearchEntry>> index, Consumer<UUID> remove) {
        List<Record5<UUID, String, String, String, OffsetDateTime>> chunk = new ArrayList<>(CHUNK);
        try (Cursor<Record5<UUID, String, String, String, OffsetDateTime>> cursor = database.dsl()
                .select(COMPANY.ID, COMPANY.USCC, COMPANY.NAME, COMPANY.SHORT_NAME, COMPANY.DELETED_AT)
                .from(COMPANY).where(which).fetchSize(CHUNK).fetchLazy()) {
            for (var r : cursor) {
                if (r.value5() != null) {
                    remove.accept(r.value1());
                    continue;
                }
                chunk.add(r);
                if (chunk.size() == CHUNK) {
                    index.accept(entries(chunk));
                    chunk.clear();
                }
            }
        }
        if (!chunk.isEmpty()) {
            index.accept(entries(chunk));
        }
    }

    private List<CompanySearchEntry> entries(List<Record5<UUID, String, String, String, OffsetDateTime>> companies) {
        List<UUID> ids = companies.stream().map(Record5::value1).toList();
        Map<UUID, List<String>> contacts = new HashMap<>();
        database.dsl().select(CONTACT.COMPANY_ID, CONTACT.NAME).from(CONTACT)
                .where(InLists.in(CONTACT.COMPANY_ID, ids)).and(CONTACT.DELETED_AT.isNull())
                .forEach(r -> contacts.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return companies.stream().map(c -> new CompanySearchEntry(c.value1(), c.value2(), c.value3(), c.value4(),
                contacts.getOrDefault(c.value1(), List.of()))).toList();
    }
}
