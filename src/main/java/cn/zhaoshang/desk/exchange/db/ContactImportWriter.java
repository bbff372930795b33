package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.exchange.ImportField.*;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;

/** Contacts from a list, linked to their company; the same name at the same company is a duplicate. */
public final class ContactImportWriter implements ChunkWriter {
    private static final Map<ImportField, Field<?>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(CONTACT_NAME, CONTACT.NAME);
        COLUMNS.put(CONTACT_TITLE, CONTACT.TITLE);
        COLUMNS.put(CONTACT_MOBILE, CONTACT.MOBILE);
        COLUMNS.put(CONTACT_PHONE, CONTACT.PHONE);
        COLUMNS.put(CONTACT_EMAIL, CONTACT.EMAIL);
        COLUMNS.put(CONTACT_WECHAT, CONTACT.WECHAT);
        COLUMNS.put(CONTACT_PRIMARY, CONTACT.IS_PRIMARY);
        COLUMNS.put(CONTACT_CONSENT, CONTACT.CONSENT_NOTE);
    }

    private final Database database;
    private final BulkInserter bulk;
    private final UpdateBatch updates;

    public ContactImportWriter(Database database, BulkInserter bulk) {
        this.database = database;
        this.bulk = bulk;
        this.updates = new UpdateBatch(database, bulk, CONTACT, List.copyOf(COLUMNS.values()));
    }

    @Override
    public ChunkResult write(List<ParsedRow> rows, ImportContext context) {
        CompanyLinks.link(database, rows, true);
        List<ParsedRow> candidates = rows.stream().filter(r -> !r.isRejected()).toList();
        Map<String, Record> stored = storedContacts(candidates);
        ChunkResult result = new ChunkResult();
        Targets.Sorted sorted = Targets.sort(candidates, row -> row.companyId() + "/" + row.text(CONTACT_NAME), stored,
                CONTACT.ID, CONTACT.COMPANY_ID, COLUMNS, context, (row, target) -> true, result);
        List<Targets.Target> added = sorted.added();
        List<Object[]> inserts = new ArrayList<>();
        for (Targets.Target t : added) {
            Boolean primary = (Boolean) t.values.get(CONTACT.IS_PRIMARY);
            inserts.add(new Object[] {t.id, context.now(), context.now(), 0, t.values.get(CONTACT.COMPANY_ID),
                    t.values.get(CONTACT.NAME), t.values.get(CONTACT.TITLE), t.values.get(CONTACT.MOBILE),
                    t.values.get(CONTACT.PHONE), t.values.get(CONTACT.EMAIL), t.values.get(CONTACT.WECHAT),
                    primary != null && primary, t.values.get(CONTACT.CONSENT_NOTE), context.importId()});
        }
        bulk.insert(CONTACT, ContactRows.INSERT, inserts.iterator(), Progress.NONE, inserts.size());
        updates.execute(sorted.touched().stream().filter(t -> !t.isNew() && !t.values.isEmpty())
                .map(Targets.Target::pending).toList(), context);
        return result;
    }

    private Map<String, Record> storedContacts(List<ParsedRow> rows) {
        Set<UUID> companies = new HashSet<>();
        rows.forEach(r -> companies.add(r.companyId()));
        Map<String, Record> stored = new HashMap<>();
        if (!companies.isEmpty()) {
            database.dsl().selectFrom(CONTACT).where(InLists.in(CONTACT.COMPANY_ID, companies)).and(CONTACT.DELETED_AT.isNull())
                    .orderBy(CONTACT.CREATED_AT, CONTACT.ID)
                    .forEach(r -> stored.putIfAbsent(r.getCompanyId() + "/" + r.getName(), r));
        }
        return stored;
    }
}
