package cn.zhaoshang.desk.company.db;

import static cn.zhaoshang.desk.generated.Tables.CONTACT;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.generated.tables.records.ContactRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Contacts of companies; every write through {@link RecordWriter}, removal is a soft delete. */
public final class ContactRepository {
    private final Database database;
    private final RecordWriter writer;

    public ContactRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    /** The company's contacts, primary first. */
    public List<Contact> ofCompany(UUID companyId) {
        return database.dsl().selectFrom(CONTACT).where(CONTACT.COMPANY_ID.eq(companyId)).and(CONTACT.DELETED_AT.isNull())
                .orderBy(CONTACT.IS_PRIMARY.desc(), CONTACT.NAME, CONTACT.ID).fetch(ContactRepository::toContact);
    }

    public Optional<Contact> find(UUID id) {
        return database.dsl().selectFrom(CONTACT).where(CONTACT.ID.eq(id)).and(CONTACT.DELETED_AT.isNull())
                .fetchOptional(ContactRepository::toContact);
    }

    public Contact insert(Contact c) {
        ContactRecord r = database.dsl().newRecord(CONTACT);
        apply(r, c);
        return toContact(writer.insert(r));
    }

    public Contact update(Contact c) {
        ContactRecord r = writer.load(CONTACT, c.id());
        apply(r, c);
        r.setVersion(c.version());
        return toContact(writer.update(r));
    }

    public void softDelete(UUID id, int version) {
        writer.softDelete(CONTACT, id, version);
    }

    /** Makes every other contact of the company non-primary (through the writer, so it is audited). */
    public void clearPrimaryExcept(UUID companyId, UUID keep) {
        for (ContactRecord r : database.dsl().selectFrom(CONTACT).where(CONTACT.COMPANY_ID.eq(companyId))
                .and(CONTACT.DELETED_AT.isNull()).and(CONTACT.IS_PRIMARY.isTrue()).fetch()) {
            if (!r.getId().equals(keep)) {
                r.setIsPrimary(false);
                writer.update(r);
            }
        }
    }

    private static void apply(ContactRecord r, Contact c) {
        r.setCompanyId(c.companyId());
        r.setName(c.name());
        r.setTitle(c.title());
        r.setMobile(c.mobile());
        r.setPhone(c.phone());
        r.setEmail(c.email());
        r.setWechat(c.wechat());
        r.setIsPrimary(c.primary());
        r.setConsentNote(c.consentNote());
    }

    private static Contact toContact(ContactRecord r) {
        return new Contact(r.getId(), r.getVersion(), r.getCompanyId(), r.getName(), r.getTitle(), r.getMobile(),
                r.getPhone(), r.getEmail(), r.getWechat(), r.getIsPrimary(), r.getConsentNote());
    }
}
