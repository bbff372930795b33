package cn.zhaoshang.desk.company;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.company.db.ContactRepository;
import java.util.List;
import java.util.UUID;

/**
 * Contacts (联系人) of a company: add, edit, remove (to the trash), and the one primary contact.
 * Phone and e-mail formats are checked, and a contact with personal details needs a note on where
 * they came from or what the person agreed to (PIPL). The search index learns contact names.
 */
public final class ContactService {
    private final Database database;
    private final ContactRepository contacts;
    private final CompanyService companies;

    ContactService(Database database, ContactRepository contacts, CompanyService companies) {
        this.database = database;
        this.contacts = contacts;
        this.companies = companies;
    }

    /** The company's contacts, primary first. */
    public List<Contact> of(UUID companyId) {
        companies.access().requireVisible(companyId);
        return contacts.ofCompany(companyId);
    }

    /**
     * Adds (no id) or updates a contact. The first contact of a company becomes its primary one;
     * making a contact primary makes the others not.
     */
    public Contact save(Contact contact) {
        Contact clean = CompanyInput.clean(contact);
        FieldProblem.refuseIfAny(CompanyRules.check(clean));
        Contact saved = database.transaction(() -> {
            companies.requireCompany(clean.companyId());
            if (clean.id() != null) {
                // The stored contact's company decides, not the one the caller says it has.
                requireStoredCompany(clean.id());
            }
            Contact toSave = clean;
            if (clean.id() == null && contacts.ofCompany(clean.companyId()).isEmpty()) {
                toSave = new Contact(null, 0, clean.companyId(), clean.name(), clean.title(), clean.mobile(),
                        clean.phone(), clean.email(), clean.wechat(), true, clean.consentNote());
            }
            Contact stored = toSave.id() == null ? contacts.insert(toSave) : contacts.update(toSave);
            if (stored.primary()) {
                contacts.clearPrimaryExcept(stored.companyId(), stored.id());
            }
            return stored;
        });
        return saved;
    }

    public Contact makePrimary(Contact contact) {
        return save(new Contact(contact.id(), contact.version(), contact.companyId(), contact.name(), contact.title(),
                contact.mobile(), contact.phone(), contact.email(), contact.wechat(), true, contact.consentNote()));
    }

    /** Moves the contact to the trash. */
    public void remove(Contact contact) {
        if (contact.id() == null) {
            throw new DeskException("company.error.notFound");
        }
        database.transaction(() -> {
            requireStoredCompany(contact.id());
            contacts.softDelete(contact.id(), contact.version());
        });
    }

    /** The company the stored contact belongs to, refused when the person working now may not read it. */
    private UUID requireStoredCompany(UUID contactId) {
        UUID companyId = contacts.find(contactId).map(Contact::companyId)
                .orElseThrow(() -> new DeskException("company.error.notFound"));
        companies.requireCompany(companyId);
        return companyId;
    }
}
