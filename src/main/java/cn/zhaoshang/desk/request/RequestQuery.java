package cn.zhaoshang.desk.request;

import java.util.UUID;

/** The request list's filters (each null = any): unit, category, status, overdue only, one company, one project. */
public record RequestQuery(UUID unitId, RequestCategory category, RequestStatus status, boolean overdueOnly,
                           UUID companyId, UUID projectId) {
    public static RequestQuery all() {
        return new RequestQuery(null, null, null, false, null, null);
    }

    public static RequestQuery ofCompany(UUID companyId) {
        return new RequestQuery(null, null, null, false, companyId, null);
    }

    public static RequestQuery ofProject(UUID projectId) {
        return new RequestQuery(null, null, null, false, null, projectId);
    }

    public RequestQuery withUnit(UUID unit) {
        return new RequestQuery(unit, category, status, overdueOnly, companyId, projectId);
    }

    public RequestQuery withCategory(RequestCategory c) {
        return new RequestQuery(unitId, c, status, overdueOnly, companyId, projectId);
    }

    public RequestQuery withStatus(RequestStatus s) {
        return new RequestQuery(unitId, category, s, overdueOnly, companyId, projectId);
    }

    public RequestQuery overdue(boolean only) {
        return new RequestQuery(unitId, category, status, only, companyId, projectId);
    }
}
