package cn.zhaoshang.desk.request;

import cn.zhaoshang.desk.dashboard.BriefingSection;
import cn.zhaoshang.desk.dashboard.BriefingSource;
import cn.zhaoshang.desk.dashboard.ReportLine;
import cn.zhaoshang.desk.common.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The briefing's section on company requests: the period's figures and the requests overdue now. */
public final class RequestBriefing implements BriefingSource {
    static final int OVERDUE_LINES = 50;
    private final RequestService requests;
    private final Messages messages;

    public RequestBriefing(RequestService requests, Messages messages) {
        this.requests = requests;
        this.messages = messages;
    }

    @Override
    public BriefingSection section(LocalDate from, LocalDate to, UUID teamId) {
        RequestCounts c = requests.counts(from, to, teamId);
        LocalDate today = requests.today();
        List<ReportLine> overdue = requests.overdue(teamId, OVERDUE_LINES).stream()
                .map(r -> new ReportLine(r.dueOn(), r.companyName(), messages.get("request.briefing.line",
                        messages.label(r.category()), r.content(), r.unitName() == null ? "—" : r.unitName(), r.daysOverdue(today))))
                .toList();
        String rate = c.satisfactionPercent() == null ? "—" : c.satisfactionPercent() + "%";
        return new BriefingSection("request.briefing.title", List.of(), "request.briefing.summary",
                List.of(c.received(), c.closed(), c.overdue(), c.revisited(), rate), overdue);
    }
}
