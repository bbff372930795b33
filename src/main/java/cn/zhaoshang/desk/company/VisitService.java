package cn.zhaoshang.desk.company;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.company.db.InteractionRepository;
import java.util.List;
import java.util.UUID;

/**
 * The visit and talk log (走访/洽谈记录) of a company, as a timeline. Append-only: entries are never
 * changed or removed; a mistake is fixed by a correction, a new entry that names the one it
 * corrects. An entry's next step becomes an open task in one call, in the task list's table.
 */
public final class VisitService {
    private final Database database;
    private final InteractionRepository visits;
    private final CompanyService companies;
    private final Session session;

    VisitService(Database database, InteractionRepository visits, CompanyService companies, Session session) {
        this.database = database;
        this.visits = visits;
        this.companies = companies;
        this.session = session;
    }

    /** The company's entries, newest first, each knowing its task and whether it was corrected. */
    public List<Interaction> of(UUID companyId) {
        companies.access().requireVisible(companyId);
        return visits.ofCompany(companyId);
    }

    public Interaction record(UUID companyId, Interaction.Draft draft) {
        Interaction.Draft clean = check(draft);
        return database.transaction(() -> {
            companies.requireCompany(companyId);
            return visits.append(companyId, clean, null, session.displayName());
        });
    }

    /** Appends a correction of an entry; the corrected one stays, marked as corrected. */
    public Interaction correct(UUID correctedId, Interaction.Draft draft) {
        Interaction.Draft clean = check(draft);
        return database.transaction(() -> {
            Interaction original = visits.find(correctedId).orElseThrow(() -> new DeskException("company.error.notFound"));
            companies.requireCompany(original.companyId());
            return visits.append(original.companyId(), clean, correctedId, session.displayName());
        });
    }

    /**
     * Makes an open task of the entry's next step, assigned to the signed-in person (if they are a
     * person of the office), due when the next step is due. Returns the task's id. Refused for an
     * entry without a next step, one that already has its task, and one that was corrected (the
     * correction's next step counts).
     */
    public UUID nextStepToTask(UUID interactionId) {
        return database.transaction(() -> {
            Interaction visit = visits.find(interactionId).orElseThrow(() -> new DeskException("company.error.notFound"));
            companies.requireCompany(visit.companyId());
            if (!visit.hasNextStep()) {
                throw new DeskException("company.visit.error.noNextStep");
            }
            if (visit.taskId() != null) {
                throw new DeskException("company.visit.error.taskExists");
            }
            boolean corrected = visits.ofCompany(visit.companyId()).stream()
                    .anyMatch(v -> interactionId.equals(v.correctsId()));
            if (corrected) {
                throw new DeskException("company.visit.error.corrected");
            }
            return visits.insertTask(visit, companies.sessionPerson());
        });
    }

    private Interaction.Draft check(Interaction.Draft draft) {
        Interaction.Draft clean = CompanyInput.clean(draft);
        FieldProblem.refuseIfAny(CompanyRules.check(clean, companies.today()));
        return clean;
    }
}
