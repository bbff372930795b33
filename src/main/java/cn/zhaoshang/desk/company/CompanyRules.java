package cn.zhaoshang.desk.company;

import cn.zhaoshang.desk.common.text.PhoneNumbers;
import cn.zhaoshang.desk.common.text.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules a company, a contact, a visit and a claim must follow, in one place for the forms
 * (messages beside fields) and the services (which refuse what breaks them). Free of any UI.
 */
public final class CompanyRules {
    /** Nobody registered a company we track before this. */
    public static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1900, 1, 1);
    /** Visits are logged as they happen; older entries are typos. */
    public static final LocalDate EARLIEST_VISIT = LocalDate.of(2000, 1, 1);
    public static final BigDecimal MAX_CAPITAL = new BigDecimal("100000000000");
    public static final int MAX_CLAIM_DAYS = 365;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private CompanyRules() {
    }

    public static List<FieldProblem> check(CompanyData d, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            problems.add(new FieldProblem("name", "company.validation.nameRequired"));
        }
        length(problems, "name", d.name(), 200);
        if (d.uscc() != null) {
            Uscc.check(d.uscc()).ifPresent(p -> problems.add(new FieldProblem("uscc", "company.validation.uscc." + p.name())));
        }
        length(problems, "shortName", d.shortName(), 60);
        length(problems, "legalRep", d.legalRep(), 50);
        length(problems, "address", d.address(), 300);
        length(problems, "fundName", d.fundName(), 100);
        length(problems, "website", d.website(), 200);
        length(problems, "notes", d.notes(), 4000);
        if (d.registeredCapital() != null && d.registeredCapital().signum() < 0) {
            problems.add(new FieldProblem("registeredCapital", "company.validation.negativeAmount"));
        } else if (d.registeredCapital() != null && d.registeredCapital().compareTo(MAX_CAPITAL) > 0) {
            problems.add(new FieldProblem("registeredCapital", "company.validation.amountTooLarge"));
        }
        if (d.foundedOn() != null && d.foundedOn().isAfter(today)) {
            problems.add(new FieldProblem("foundedOn", "company.validation.dateInFuture"));
        } else if (d.foundedOn() != null && d.foundedOn().isBefore(EARLIEST_FOUNDING)) {
            problems.add(new FieldProblem("foundedOn", "company.validation.dateTooEarly", EARLIEST_FOUNDING));
        }
        if (d.score() != null && (d.score() < 0 || d.score() > 100)) {
            problems.add(new FieldProblem("score", "company.validation.score"));
        }
        checkLadder(problems, d.ladder(), today);
        for (String tag : d.tags()) {
            if (tag.isBlank() || tag.length() > 50) {
                problems.add(new FieldProblem("tags", "company.validation.tag", 50));
                break;
            }
        }
        return problems;
    }

    private static void checkLadder(List<FieldProblem> problems, List<LadderFlag> ladder, LocalDate today) {
        Set<LadderTier> seen = EnumSet.noneOf(LadderTier.class);
        for (LadderFlag flag : ladder) {
            if (flag.tier() == null) {
                problems.add(new FieldProblem("ladder", "company.validation.ladderTier"));
            } else if (!seen.add(flag.tier())) {
                problems.add(new FieldProblem("ladder", "company.validation.ladderTwice", flag.tier()));
            } else if (flag.certifiedOn() != null && flag.certifiedOn().isAfter(today)) {
                problems.add(new FieldProblem("ladder", "company.validation.certifiedInFuture"));
            } else if (flag.certifiedOn() != null && flag.expiresOn() != null && flag.expiresOn().isBefore(flag.certifiedOn())) {
                problems.add(new FieldProblem("ladder", "company.validation.expiresBeforeCertified"));
            }
        }
    }

    public static List<FieldProblem> check(Contact c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.name() == null || c.name().isBlank()) {
            problems.add(new FieldProblem("name", "company.validation.contactNameRequired"));
        }
        length(problems, "name", c.name(), 50);
        length(problems, "title", c.title(), 100);
        if (c.mobile() != null && !PhoneNumbers.isMobile(c.mobile())) {
            problems.add(new FieldProblem("mobile", "company.validation.mobile"));
        }
        if (c.phone() != null && !PhoneNumbers.isPhone(c.phone())) {
            problems.add(new FieldProblem("phone", "company.validation.phone"));
        }
        if (c.email() != null && (!isEmail(c.email()) || c.email().length() > 120)) {
            problems.add(new FieldProblem("email", "company.validation.email"));
        }
        length(problems, "wechat", c.wechat(), 60);
        boolean personalData = c.mobile() != null || c.phone() != null || c.email() != null || c.wechat() != null;
        if (personalData && (c.consentNote() == null || c.consentNote().isBlank())) {
            problems.add(new FieldProblem("consentNote", "company.validation.consentRequired"));
        }
        length(problems, "consentNote", c.consentNote(), 500);
        return problems;
    }

    /** An e-mail address: something@domain.tld, no spaces. */
    public static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }

    public static List<FieldProblem> check(Interaction.Draft v, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (v.occurredOn() == null) {
            problems.add(new FieldProblem("occurredOn", "company.validation.dateRequired"));
        } else if (v.occurredOn().isAfter(today)) {
            problems.add(new FieldProblem("occurredOn", "company.validation.dateInFuture"));
        } else if (v.occurredOn().isBefore(EARLIEST_VISIT)) {
            problems.add(new FieldProblem("occurredOn", "company.validation.dateTooEarly", EARLIEST_VISIT));
        }
        if (v.kind() == null) {
            problems.add(new FieldProblem("kind", "company.validation.kindRequired"));
        }
        if (v.summary() == null || v.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "company.validation.summaryRequired"));
        }
        length(problems, "summary", v.summary(), 4000);
        length(problems, "ourParticipants", v.ourParticipants(), 500);
        length(problems, "theirParticipants", v.theirParticipants(), 500);
        length(problems, "nextStep", v.nextStep(), 1000);
        boolean hasNextStep = v.nextStep() != null && !v.nextStep().isBlank();
        if (v.nextStepDueOn() != null && !hasNextStep) {
            problems.add(new FieldProblem("nextStep", "company.validation.nextStepRequired"));
        }
        if (v.nextStepDueOn() != null && v.occurredOn() != null && v.nextStepDueOn().isBefore(v.occurredOn())) {
            problems.add(new FieldProblem("nextStepDueOn", "company.validation.dueBeforeVisit"));
        }
        return problems;
    }

    public static List<FieldProblem> checkClaim(UUID teamId, UUID personId, int days) {
        List<FieldProblem> problems = new ArrayList<>();
        if (teamId == null && personId == null) {
            problems.add(new FieldProblem("holder", "company.validation.claimHolder"));
        }
        if (days < 1 || days > MAX_CLAIM_DAYS) {
            problems.add(new FieldProblem("days", "company.validation.claimDays", MAX_CLAIM_DAYS));
        }
        return problems;
    }

    private static void length(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "company.validation.tooLong", max));
        }
    }
}
