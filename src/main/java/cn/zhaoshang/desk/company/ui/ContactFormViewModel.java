package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.company.CompanyInput;
import cn.zhaoshang.desk.company.CompanyRules;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.company.FieldProblem;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The contact form (add or edit): fields, format checks with messages per field, save. */
public final class ContactFormViewModel {
    // Properties
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty mobile = new SimpleStringProperty("");
    public final StringProperty phone = new SimpleStringProperty("");
    public final StringProperty email = new SimpleStringProperty("");
    public final StringProperty wechat = new SimpleStringProperty("");
    public final BooleanProperty primary = new SimpleBooleanProperty();
    public final StringProperty consentNote = new SimpleStringProperty("");
    public final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    private final CompanyService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private UUID id;
    private int version;
    private UUID companyId;

    public ContactFormViewModel(CompanyService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void startNew(UUID forCompany) {
        load(Contact.draft(forCompany, ""));
    }

    public void load(Contact c) {
        id = c.id();
        version = c.version();
        companyId = c.companyId();
        name.set(nz(c.name())); title.set(nz(c.title())); mobile.set(nz(c.mobile())); phone.set(nz(c.phone()));
        email.set(nz(c.email())); wechat.set(nz(c.wechat())); primary.set(c.primary()); consentNote.set(nz(c.consentNote()));
        errors.clear();
    }

    public boolean isNew() {
        return id == null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Contact toContact() {
        return new Contact(id, version, companyId, name.get(), title.get(), mobile.get(), phone.get(), email.get(),
                wechat.get(), primary.get(), consentNote.get());
    }

    /** Checks all fields; messages appear beside the wrong ones. */
    public boolean validate() {
        errors.clear();
        for (FieldProblem p : CompanyRules.check(CompanyInput.clean(toContact()))) {
            errors.putIfAbsent(p.field(), messages.get(p.key(), p.args()));
        }
        return errors.isEmpty();
    }

    public void save(Consumer<Contact> onSaved, Consumer<Throwable> onFailure) {
        if (!validate()) {
            return;
        }
        Contact contact = toContact();
        tasks.run(messages.get("company.task.saving"), p -> service.contacts().save(contact), onSaved, onFailure);
    }
}
