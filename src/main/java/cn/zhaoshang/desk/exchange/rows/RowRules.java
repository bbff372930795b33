package cn.zhaoshang.desk.exchange.rows;

import static cn.zhaoshang.desk.exchange.ImportField.*;

import cn.zhaoshang.desk.common.text.CompanyNames;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.company.CompanyRules;
import cn.zhaoshang.desk.company.Contact;
import cn.zhaoshang.desk.company.FieldProblem;
import cn.zhaoshang.desk.company.Interaction;
import cn.zhaoshang.desk.company.InteractionKind;
import cn.zhaoshang.desk.exchange.ColumnMapping;
import cn.zhaoshang.desk.exchange.ImportEntity;
import cn.zhaoshang.desk.exchange.ImportField;
import cn.zhaoshang.desk.project.ProjectSnapshot;
import cn.zhaoshang.desk.project.ProjectStage;
import cn.zhaoshang.desk.project.TransitionPolicy;
import cn.zhaoshang.desk.project.TransitionProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rules a whole row must follow: the same ones the forms and the board apply, so that no way in
 * takes what another refuses. Companies and their contacts by {@link CompanyRules}, projects by the
 * stage machine ({@link TransitionPolicy}: a project at a stage has the milestones of every stage up
 * to it), visits by the visit rules. A broken rule on a field the entity depends on rejects the row
 * with the rule's own message; on any other field the value is left out with that message.
 */
final class RowRules {
    private static final Map<String, ImportField> COMPANY_FIELDS = Map.of("name", COMPANY_NAME, "uscc", COMPANY_USCC,
            "shortName", SHORT_NAME, "legalRep", LEGAL_REP, "address", ADDRESS, "website", WEBSITE, "notes", NOTES,
            "registeredCapital", REGISTERED_CAPITAL, "foundedOn", FOUNDED_ON, "tags", TAGS);
    private static final Map<String, ImportField> CONTACT_FIELDS = Map.of("name", CONTACT_NAME, "title", CONTACT_TITLE,
            "mobile", CONTACT_MOBILE, "phone", CONTACT_PHONE, "email", CONTACT_EMAIL, "wechat", CONTACT_WECHAT,
            "consentNote", CONTACT_CONSENT);
    private static final Map<String, ImportField> VISIT_FIELDS = Map.of("occurredOn", OCCURRED_ON, "summary", SUMMARY,
            "ourParticipants", OUR_PARTICIPANTS, "theirParticipants", THEIR_PARTICIPANTS, "nextStep", NEXT_STEP,
            "nextStepDueOn", NEXT_STEP_DUE_ON);
    private final ColumnMapping mapping;
    private final ImportEntity entity;
    private final LocalDate today;
    private final String sourceNote;
    private final TransitionPolicy stages = new TransitionPolicy();

    RowRules(ColumnMapping mapping, LocalDate today, String sourceNote) {
        this.mapping = mapping;
        this.entity = mapping.entity();
        this.today = today;
        this.sourceNote = sourceNote;
    }

    void check(ParsedRow row) {
        for (ImportField required : entity.requiredFields()) {
            if (!row.has(required) && !row.hasProblemWith(required)) {
                row.problem(required, -1, "exchange.reason.missing", required);
            }
        }
        if (entity.needsCompany() && !row.has(COMPANY_USCC) && !row.has(COMPANY_NAME)
                && !row.hasProblemWith(COMPANY_USCC) && !row.hasProblemWith(COMPANY_NAME)) {
            row.problem(COMPANY_NAME, -1, "exchange.reason.missingCompany");
        }
        switch (entity) {
            case COMPANIES -> company(row);
            case CONTACTS -> contact(row);
            case PROJECTS -> project(row);
            case VISITS -> visit(row);
        }
    }

    private void company(ParsedRow row) {
        if (row.has(COMPANY_NAME) && CompanyNames.normalize(row.text(COMPANY_NAME)).isEmpty()) {
            row.problem(COMPANY_NAME, -1, "exchange.reason.nameEmpty", row.text(COMPANY_NAME));
        }
        CompanyData data = CompanyData.named(row.has(COMPANY_NAME) ? row.text(COMPANY_NAME) : "-")
                .uscc(row.text(COMPANY_USCC)).shortName(row.text(SHORT_NAME)).legalRep(row.text(LEGAL_REP))
                .registeredCapital(row.amount(REGISTERED_CAPITAL)).foundedOn(row.date(FOUNDED_ON))
                .address(row.text(ADDRESS)).website(row.text(WEBSITE)).notes(row.text(NOTES)).tags(row.list(TAGS))
                .build();
        apply(row, CompanyRules.check(data, today), COMPANY_FIELDS);
        if (row.has(PAID_IN_CAPITAL) && row.amount(PAID_IN_CAPITAL).compareTo(CompanyRules.MAX_CAPITAL) > 0) {
            leaveOut(row, PAID_IN_CAPITAL, "company.validation.amountTooLarge");
        }
        if (row.has(CONTACT_NAME)) {
            contact(row);
        }
    }

    /**
     * A contact by the contact rules. Personal data needs a note of where it came from: a file that
     * gives none gets the import's own ("导入自 …"), which is where it came from.
     */
    private void contact(ParsedRow row) {
        boolean personalData = row.has(CONTACT_MOBILE) || row.has(CONTACT_PHONE) || row.has(CONTACT_EMAIL)
                || row.has(CONTACT_WECHAT);
        if (personalData && !row.has(CONTACT_CONSENT)) {
            row.put(CONTACT_CONSENT, sourceNote);
        }
        Contact contact = new Contact(null, 0, null, row.text(CONTACT_NAME), row.text(CONTACT_TITLE),
                row.text(CONTACT_MOBILE), row.text(CONTACT_PHONE), row.text(CONTACT_EMAIL), row.text(CONTACT_WECHAT),
                false, row.text(CONTACT_CONSENT));
        apply(row, CompanyRules.check(contact), CONTACT_FIELDS);
    }

    /**
     * A project is imported as if it had been moved from 线索 to its stage on the board: every
     * milestone on the way is needed, dates keep their order and none lies in the future.
     */
    private void project(ParsedRow row) {
        if (row.hasProblemWith(STAGE) || !row.has(STAGE) || row.text(STAGE).equals(ProjectStage.LEAD.name())) {
            return;
        }
        ProjectSnapshot fresh = new ProjectSnapshot(null, 0, ProjectStage.LEAD, null, null, null, null, null, null, null,
                null, false, null);
        for (TransitionProblem p : stages.check(fresh, ProjectStages.request(row, today), today)) {
            ImportField field = ProjectStages.fieldOf(p.field());
            if (!row.hasProblemWith(field)) {
                row.problem(field, column(field), p.key(), p.args());
            }
        }
    }

    private void visit(ParsedRow row) {
        if (!row.has(VISIT_KIND)) {
            row.put(VISIT_KIND, InteractionKind.VISIT_OUT.name());
        }
        Interaction.Draft draft = new Interaction.Draft(row.date(OCCURRED_ON), InteractionKind.valueOf(row.text(VISIT_KIND)),
                row.text(OUR_PARTICIPANTS), row.text(THEIR_PARTICIPANTS), row.text(SUMMARY), row.text(NEXT_STEP),
                row.date(NEXT_STEP_DUE_ON));
        apply(row, CompanyRules.check(draft, today), VISIT_FIELDS);
    }

    /** Each broken rule: the row is rejected on a field it depends on, else the value is left out. */
    private void apply(ParsedRow row, List<FieldProblem> problems, Map<String, ImportField> fields) {
        for (FieldProblem p : problems) {
            ImportField field = fields.get(p.field());
            if (field == null || row.hasProblemWith(field)) {
                continue;
            }
            if (entity.rejectsOn(field)) {
                row.problem(field, -1, p.key(), p.args());
            } else if (field == CONTACT_NAME) {
                // A company row's contact without a usable name: the company is imported, the contact not.
                row.warn(field, column(field), p.key(), p.args());
                for (ImportField f : List.of(CONTACT_NAME, CONTACT_TITLE, CONTACT_MOBILE, CONTACT_PHONE, CONTACT_EMAIL)) {
                    row.put(f, null);
                }
            } else {
                leaveOut(row, field, p.key(), p.args());
            }
        }
    }

    private void leaveOut(ParsedRow row, ImportField field, String key, Object... args) {
        row.warn(field, column(field), key, args);
        row.put(field, null);
    }

    private int column(ImportField field) {
        return mapping.columnOf(field).orElse(-1);
    }
}
