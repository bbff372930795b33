package cn.zhaoshang.desk.project;

import java.util.UUID;

/**
 * What the board and the list show: every criterion optional (null = any). {@code industryCode} is
 * a GB/T 4754 section letter or a division code; {@code text} matches the name the viewer may see
 * and the investor's name; {@code stage} and {@code clock} narrow the list (the "三未" lists).
 */
public record ProjectFilter(UUID teamId, String industryCode, UUID chainNodeId, UUID carrierId, UUID unitId,
                            boolean majorOnly, String text, ProjectStage stage, ClockState clock,
                            boolean includeArchived, UUID companyId) {
    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null, null, false, null, null, null, false, null);

    public ProjectFilter withTeam(UUID id) {
        return new ProjectFilter(id, industryCode, chainNodeId, carrierId, unitId, majorOnly, text, stage, clock, includeArchived, companyId);
    }

    public ProjectFilter withIndustry(String code) {
        return new ProjectFilter(teamId, code, chainNodeId, carrierId, unitId, majorOnly, text, stage, clock, includeArchived, companyId);
    }

    public ProjectFilter withChainNode(UUID id) {
        return new ProjectFilter(teamId, industryCode, id, carrierId, unitId, majorOnly, text, stage, clock, includeArchived, companyId);
    }

    public ProjectFilter withCarrier(UUID id) {
        return new ProjectFilter(teamId, industryCode, chainNodeId, id, unitId, majorOnly, text, stage, clock, includeArchived, companyId);
    }

    public ProjectFilter withUnit(UUID id) {
        return new ProjectFilter(teamId, industryCode, chainNodeId, carrierId, id, majorOnly, text, stage, clock, includeArchived, companyId);
    }

    public ProjectFilter withMajorOnly(boolean major) {
        return new ProjectFilter(teamId, industryCode, chainNodeId, carrierId, unitId, major, text, stage, clock, includeArchived, companyId);
    }

    public ProjectFilter withText(String query) {
        String q = query == null || query.isBlank() ? null : query.strip();
        return new ProjectFilter(teamId, industryCode, chainNodeId, carrierId, unitId, majorOnly, q, stage, clock, includeArchived, companyId);
    }

    public ProjectFilter withStage(ProjectStage s) {
        return new ProjectFilter(teamId, industryCode, chainNodeId, carrierId, unitId, majorOnly, text, s, clock, includeArchived, companyId);
    }

    public ProjectFilter withClock(ClockState c) {
        return new ProjectFilter(teamId, industryCode, chainNodeId, carrierId, unitId, majorOnly, text, stage, c, includeArchived, companyId);
    }

    public ProjectFilter withArchived(boolean archived) {
        return new ProjectFilter(teamId, industryCode, chainNodeId, carrierId, unitId, majorOnly, text, stage, clock, archived, companyId);
    }

    /** The projects of one company (its detail's 项目 tab, `company show`). */
    public ProjectFilter withCompany(UUID id) {
        return new ProjectFilter(teamId, industryCode, chainNodeId, carrierId, unitId, majorOnly, text, stage, clock,
                includeArchived, id);
    }
}
