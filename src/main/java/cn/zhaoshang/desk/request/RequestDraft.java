package cn.zhaoshang.desk.request;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a new request says: the company (and project) it comes from, where it was heard (a visit or
 * a reception, optional), the category and text, the unit responsible (责任单位), the deadline and who
 * promised what. {@code receivedOn} null means today.
 */
public record RequestDraft(UUID companyId, UUID projectId, UUID interactionId, UUID receptionId, RequestCategory category,
                           String content, UUID unitId, LocalDate dueOn, String promisedBy, String promise,
                           LocalDate receivedOn) {

    /** A request heard at a visit of the company. */
    public static RequestDraft fromVisit(UUID companyId, UUID interactionId, RequestCategory category, String content,
                                         UUID unitId, LocalDate dueOn) {
        return new RequestDraft(companyId, null, interactionId, null, category, content, unitId, dueOn, null, null, null);
    }
}
