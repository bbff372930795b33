package cn.zhaoshang.desk.request;

import cn.zhaoshang.desk.dashboard.BriefingExtra;
import cn.zhaoshang.desk.dashboard.BriefingSource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The briefing's section on company requests: the period's figures and the requests overdue now. */
public final class RequestBriefing implements BriefingSource {
    static final int OVERDUE_LINES = 50;
    private final RequestService requests;

    public RequestBriefing(RequestService requests) {
        this.requests = requests;
    }

    @Override
    public BriefingExtra section(LocalDate from, LocalDate to, UUID teamId) {
        RequestCounts c = requests.counts(from, to, teamId);
        LocalDate today = requests.today();
        List<BriefingExtra.Line> overdue = requests.overdue(teamId, OVERDUE_LINES).stream()
                .map(r -> BriefingExtra.Line.of(r.dueOn(), r.companyName(), "request.briefing.line", r.category(),
                        r.content(), r.unitName() == null ? "—" : r.unitName(), r.daysOverdue(today)))
                .toList();
        String rate = c.satisfactionPercent() == null ? "—" : c.satisfactionPercent() + "%";
        return new BriefingExtra("request.briefing.title", List.of(), "request.briefing.summary",
                List.of(c.received(), c.closed(), c.overdue(), c.revisited(), rate), overdue);
    }
}
