package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.app.Services;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.pick.Choice;
import cn.zhaoshang.desk.escalation.EscalationService;
import cn.zhaoshang.desk.request.CompanyRequest;
import cn.zhaoshang.desk.request.RequestCategory;
import cn.zhaoshang.desk.request.RequestQuery;
import cn.zhaoshang.desk.request.RequestStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `requests`: company requests (企业诉求) as tab-separated lines for scripts — status, deadline, days
 * overdue, company, category, unit, text — under the same filters as the list screen; with `--jobs`
 * first raises the supervision tasks of overdue requests and escalates overdue items (what the app does
 * daily), e.g. from a scheduler on the team server. Safe to repeat.
 */
@Command(name = "requests", mixinStandardHelpOptions = true,
        description = "List company requests (tab-separated); --jobs raises overdue supervision tasks and escalations first.")
public final class RequestsCommand extends CommandContext {
    @Option(names = "--overdue", description = "only requests past their deadline")
    boolean overdue;

    @Option(names = "--status", description = "RECEIVED, IN_PROGRESS, CLOSED or REVISITED")
    RequestStatus status;

    @Option(names = "--category", description = "LAND, PREMISES, FINANCING, TALENT, APPROVAL, POLICY, LABOUR, UTILITIES, OTHER")
    RequestCategory category;

    @Option(names = "--unit", description = "responsible unit, by its exact name (e.g. 区工信局)")
    String unit;

    @Option(names = "--jobs", description = "first raise overdue requests' supervision tasks and escalate overdue items")
    boolean jobs;

    @Override
    protected Integer run(Services services, PrintWriter out) {
        if (jobs) {
            var progress = new ConsoleProgress(spec.commandLine().getErr(), services.messages());
            long raised = services.requestOverdue().run(progress, services.messages());
            EscalationService.Result escalated = services.escalations().run(progress);
            spec.commandLine().getErr().println(services.messages().get("request.cli.jobs", raised, escalated.toTeamLead(),
                    escalated.toManager()));
        }
        RequestQuery query = RequestQuery.all().overdue(overdue).withStatus(status).withCategory(category);
        if (unit != null) {
            Choice found = services.requests().units().stream().filter(u -> u.name().equals(unit.strip())).findFirst()
                    .orElseThrow(() -> new DeskException("request.cli.unknownUnit", unit));
            query = query.withUnit(found.id());
        }
        LocalDate today = services.requests().today();
        for (CompanyRequest r : services.requests().list(query)) {
            out.println(String.join("\t", services.messages().label(r.status()), r.dueOn() == null ? "" : r.dueOn().toString(),
                    String.valueOf(r.daysOverdue(today)), r.companyName(), services.messages().label(r.category()),
                    r.unitName() == null ? "" : r.unitName(), r.content().replace('\t', ' ').replace('\n', ' ')));
        }
        return 0;
    }
}
