package cn.zhaoshang.desk.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A reception as entered: the company's delegation, the day, who came, who received them, the route, the outcome, next steps. */
public record ReceptionDraft(UUID companyId, LocalDate visitOn, String delegation, List<Visitor> visitors, String leaders,
                             List<RouteStop> route, String outcome, List<NextStep> nextSteps) {
    public ReceptionDraft {
        visitors = visitors == null ? List.of() : List.copyOf(visitors);
        route = route == null ? List.of() : List.copyOf(route);
        nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
    }
}
