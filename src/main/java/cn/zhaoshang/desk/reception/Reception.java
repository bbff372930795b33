package cn.zhaoshang.desk.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A reception (考察接待) with everything it holds. */
public record Reception(UUID id, int version, UUID companyId, String companyName, LocalDate visitOn, String delegation,
                        List<Visitor> visitors, String leaders, List<RouteStop> route, String outcome,
                        List<NextStep> nextSteps, UUID teamId, String recordedBy) {

    /** Next steps that have not become tasks yet. */
    public List<NextStep> pendingSteps() {
        return nextSteps.stream().filter(s -> s.taskId() == null).toList();
    }
}
