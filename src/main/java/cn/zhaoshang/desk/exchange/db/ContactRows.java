package cn.zhaoshang.desk.exchange.db;

import static cn.zhaoshang.desk.exchange.ImportField.*;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;

import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.db.BulkInserter;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Ids;
import cn.zhaoshang.desk.exchange.rows.ParsedRow;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;

/** New contact rows collected over a chunk and written in one batch (from contact or company lists). */
final class ContactRows {
    static final List<Field<?>> INSERT = List.of(CONTACT.ID, CONTACT.CREATED_AT, CONTACT.UPDATED_AT, CONTACT.VERSION,
            CONTACT.COMPANY_ID, CONTACT.NAME, CONTACT.TITLE, CONTACT.MOBILE, CONTACT.PHONE, CONTACT.EMAIL, CONTACT.WECHAT,
            CONTACT.IS_PRIMARY, CONTACT.CONSENT_NOTE, CONTACT.IMPORT_ID);

    private final BulkInserter bulk;
    private final List<Object[]> pending = new ArrayList<>();

    ContactRows(Database database, BulkInserter bulk) {
        this.bulk = bulk;
    }

    void add(UUID companyId, ParsedRow row, boolean primary, ImportContext context) {
        Boolean flagged = row.bool(CONTACT_PRIMARY);
        pending.add(new Object[] {Ids.next(), context.now(), context.now(), 0, companyId, row.text(CONTACT_NAME),
                row.text(CONTACT_TITLE), row.text(CONTACT_MOBILE), row.text(CONTACT_PHONE), row.text(CONTACT_EMAIL),
                row.text(CONTACT_WECHAT), flagged != null ? flagged : primary, row.text(CONTACT_CONSENT),
                context.importId()});
    }

    void flush() {
        if (!pending.isEmpty()) {
            bulk.insert(CONTACT, INSERT, pending.iterator(), Progress.NONE, pending.size());
            pending.clear();
        }
    }
}
