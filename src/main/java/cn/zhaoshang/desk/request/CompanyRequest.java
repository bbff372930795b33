package cn.zhaoshang.desk.request;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A company's request (企业诉求) as the screens show it: the stored fields and the names of what it links to. */
public record CompanyRequest(UUID id, int version, UUID companyId, String companyName, UUID projectId, String projectName,
                             UUID interactionId, UUID receptionId, RequestCategory category, String content,
                             UUID unitId, String unitName, UUID teamId, LocalDate dueOn, String promisedBy, String promise,
                             RequestStatus status, LocalDate receivedOn, LocalDate closedOn, String result,
                             LocalDate revisitedOn, Satisfaction satisfaction, String revisitNote, String recordedBy) {

    /** Open and past its deadline; one due today is not overdue yet (derived, never stored: decision 0030). */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(today);
    }

    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }
}
