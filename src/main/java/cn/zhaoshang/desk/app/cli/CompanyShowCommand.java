package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Composition;
import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.background.Progress;
import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.company.Company;
import cn.zhaoshang.desk.company.CompanyData;
import cn.zhaoshang.desk.company.CompanyLinks;
import cn.zhaoshang.desk.company.CompanyService;
import cn.zhaoshang.desk.company.Contact;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `company show COMPANY`: one company (by credit code, id or name) with its contacts, projects, tasks and
 * requests, labelled in the user's language: the same links as the company's detail in the app.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one company, found by its unified social credit code, its name or its id, with its "
                + "contacts, projects and tasks.")
public final class CompanyShowCommand implements Callable<Integer> {
    @ParentCommand
    CompanyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "USCC|NAME|ID", arity = "1..*",
            description = "The 18-character credit code, the company's name (or a part that only it has), or its id.")
    List<String> words;

    @Override
    public Integer call() {
        try (Services services = Composition.open(parent.root.global, Composition.Mode.COMMAND_LINE)) {
            CompanyService companies = services.companies();
            String typed = String.join(" ", words).strip();
            if (companies.findByUscc(typed).isEmpty() && typed.length() != 36) {
                // A name: the search index finds a part of it, as in the app.
                services.search().rebuild(Progress.NONE);
            }
            Company company = companies.lookup(typed);
            PrintWriter out = spec.commandLine().getOut();
            print(out, services.messages(), companies, company);
            printLinks(out, services, company);
            return 0;
        }
    }

    static void print(PrintWriter out, Messages m, CompanyService companies, Company company) {
        CompanyData d = company.data();
        out.println(d.name());
        line(out, m, "uscc", d.uscc());
        line(out, m, "shortName", d.shortName());
        line(out, m, "legalRep", d.legalRep());
        line(out, m, "registeredCapital", d.registeredCapital() == null ? null
                : m.get("company.format.capital", d.registeredCapital()));
        line(out, m, "foundedOn", d.foundedOn());
        line(out, m, "divisionCode", companies.divisionName(d.divisionCode()));
        line(out, m, "address", d.address());
        line(out, m, "industryCode", d.industryCode() == null ? null
                : d.industryCode() + " " + Objects.requireNonNullElse(companies.industryName(d.industryCode()), ""));
        line(out, m, "pursuitStatus", m.label(d.pursuitStatus()));
        line(out, m, "sourceChannel", d.sourceChannel() == null ? null : m.label(d.sourceChannel()));
        line(out, m, "referrerCompanyId", companies.companyName(d.referrerCompanyId()));
        line(out, m, "fundName", d.fundName());
        line(out, m, "tags", d.tags().isEmpty() ? null : String.join("、", d.tags()));
        List<String> ladder = new ArrayList<>();
        d.ladder().forEach(f -> ladder.add(m.label(f.tier()) + (f.certifiedOn() == null ? "" : " " + f.certifiedOn())));
        line(out, m, "ladder", ladder.isEmpty() ? null : String.join("、", ladder));
        line(out, m, "website", d.website());
        String claim = companies.claims().current(company.id()).map(c -> m.get("company.claim.heldBy", c.holder(),
                c.expiresOn())).orElse(m.get("company.claim.pool"));
        line(out, m, "claim", claim);
        line(out, m, "notes", d.notes());
        List<Contact> contacts = companies.contacts().of(company.id());
        out.println(m.get("company.cli.contacts", contacts.size()));
        for (Contact c : contacts) {
            List<String> parts = new ArrayList<>();
            for (String part : new String[] {c.name(), c.title(), c.mobile(), c.phone(), c.email(), c.wechat()}) {
                if (part != null) {
                    parts.add(part);
                }
            }
            out.println((c.primary() ? "  ★ " : "    ") + String.join("  ", parts));
        }
    }

    /** What the company's detail links to: its projects, tasks and requests (the same lines as the app). */
    private static void printLinks(PrintWriter out, Services services, Company company) {
        Messages m = services.messages();
        CompanyLinks links = services.companyLinks().of(company.id());
        out.println(m.get("company.cli.projects", links.projects().size()));
        links.projects().forEach(p -> out.println("    " + p.title() + "  " + p.detail()));
        out.println(m.get("company.cli.tasks", links.tasks().size()));
        links.tasks().forEach(t -> out.println("    " + t.title() + "  " + t.detail()));
        out.println(m.get("company.cli.requests"));
    }

    private static void line(PrintWriter out, Messages m, String field, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            out.println("  " + m.get("company.field." + field) + m.get("company.cli.separator") + value);
        }
    }
}
