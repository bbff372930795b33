package cn.zhaoshang.desk.company.ui;

import cn.zhaoshang.desk.common.background.TaskRunner;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.company.Claim;
import cn.zhaoshang.desk.company.ClaimService;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.company.Interaction;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What hangs on the company shown: its contacts, its visit log (timeline) and its claims, with the
 * commands on them (primary contact, remove, next step to task, claim, release). Reloads the part
 * that changed after each command.
 */
public final class CompanyRecordsViewModel {
    // Properties
    public final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    public final ObservableList<Interaction> visits = FXCollections.observableArrayList();
    public final ObservableList<Claim> claimHistory = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Claim> currentClaim = new ReadOnlyObjectWrapper<>();
    public final ObjectProperty<UUID> claimTeam = new SimpleObjectProperty<>();
    public final ObjectProperty<UUID> claimPerson = new SimpleObjectProperty<>();
    public final IntegerProperty claimDays = new SimpleIntegerProperty(ClaimService.DEFAULT_DAYS);

    private final CompanyService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private UUID companyId;
    private Consumer<Throwable> onError = e -> { };
    private Runnable onChanged = () -> { };

    public CompanyRecordsViewModel(CompanyService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
    }

    public ReadOnlyObjectProperty<Claim> currentClaimProperty() { return currentClaim.getReadOnlyProperty(); }

    public void setOnError(Consumer<Throwable> onError) { this.onError = onError; }

    /** Called after a change that the list row shows (claim holder, contact names for search). */
    public void setOnChanged(Runnable onChanged) { this.onChanged = onChanged; }

    public UUID companyId() {
        return companyId;
    }

    /** Shows the records of a company (null: none). The claim form starts with the user's team and self. */
    public void show(UUID company, CompanyChoices choices) {
        companyId = company;
        contacts.clear();
        visits.clear();
        claimHistory.clear();
        currentClaim.set(null);
        claimTeam.set(choices.myTeam());
        claimPerson.set(choices.myPersonId());
        claimDays.set(ClaimService.DEFAULT_DAYS);
        if (company != null) {
            reloadContacts();
            reloadVisits();
            reloadClaims();
        }
    }

    public void reloadContacts() {
        UUID asked = companyId;
        tasks.run(messages.get("company.task.loading"), p -> service.contacts().of(asked), list -> {
            if (asked.equals(companyId)) {
                contacts.setAll(list);
            }
        }, onError);
    }

    public void reloadVisits() {
        UUID asked = companyId;
        tasks.run(messages.get("company.task.loading"), p -> service.visits().of(asked), list -> {
            if (asked.equals(companyId)) {
                visits.setAll(list);
            }
        }, onError);
    }

    public void reloadClaims() {
        UUID asked = companyId;
        record Claims(Claim current, List<Claim> history) { }
        tasks.run(messages.get("company.task.loading"), p -> new Claims(service.claims().current(asked).orElse(null),
                service.claims().history(asked)), found -> {
            if (asked.equals(companyId)) {
                currentClaim.set(found.current());
                claimHistory.setAll(found.history());
            }
        }, onError);
    }

    // Commands

    public void makePrimary(Contact contact) {
        tasks.run(messages.get("company.task.saving"), p -> service.contacts().makePrimary(contact), c -> reloadContacts(),
                onError);
    }

    public void remove(Contact contact) {
        tasks.run(messages.get("company.task.saving"), p -> {
            service.contacts().remove(contact);
            return contact;
        }, c -> {
            reloadContacts();
            onChanged.run();
        }, onError);
    }

    /** Makes a task of the entry's next step; {@code done} gets the task's id. */
    public void toTask(Interaction visit, Consumer<UUID> done) {
        tasks.run(messages.get("company.task.saving"), p -> service.visits().nextStepToTask(visit.id()), id -> {
            reloadVisits();
            done.accept(id);
        }, onError);
    }

    public void claim() {
        UUID company = companyId;
        UUID team = claimTeam.get();
        UUID person = claimPerson.get();
        int days = claimDays.get();
        tasks.run(messages.get("company.task.saving"), p -> service.claims().claim(company, team, person, days), c -> {
            reloadClaims();
            onChanged.run();
        }, onError);
    }

    public void release() {
        Claim claim = currentClaim.get();
        if (claim == null) {
            return;
        }
        tasks.run(messages.get("company.task.saving"), p -> {
            service.claims().release(claim);
            return claim;
        }, c -> {
            reloadClaims();
            onChanged.run();
        }, onError);
    }

    /** "由 北京小分队 · 张伟 认领至 2026-09-13（还剩 90 天）" or the common pool. */
    public String claimText() {
        Claim c = currentClaim.get();
        if (c == null) {
            return messages.get("company.claim.pool");
        }
        long left = ChronoUnit.DAYS.between(service.today(), c.expiresOn());
        return messages.get("company.claim.status", c.holder(), c.expiresOn(), left);
    }
}
