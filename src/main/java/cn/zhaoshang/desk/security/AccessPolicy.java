package cn.zhaoshang.desk.security;

import cn.zhaoshang.desk.common.session.Session;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see and do what: the one place the role rules live. Services ask it; screens and
 * commands never decide on their own.
 * <ul>
 *   <li>recruiter (招商专员): own team's records and the common pool (公海); masked phones in exports;</li>
 *   <li>team lead (小分队队长): own team, assigns tasks; masked exports unless the manager allows;</li>
 *   <li>manager (管理者): everything, dashboards, the export log, real names of confidential projects;</li>
 *   <li>admin (管理员): users, reference data, backups, the trash; everything a manager sees.</li>
 * </ul>
 */
public final class AccessPolicy {
    private final Session session;

    public AccessPolicy(Session session) {
        this.session = session;
    }

    public Role role() {
        return Role.valueOf(session.role());
    }

    public boolean seesEverything() {
        return role() == Role.MANAGER || role() == Role.ADMIN;
    }

    /**
     * May the current user read a company whose live claim is held by {@code claimTeam}? Unclaimed
     * and lapsed companies are the common pool (公海), open to all; a claimed one only to the holding
     * team and to managers. {@code myTeams} are the teams the user belongs to now.
     */
    public boolean maySeeCompany(UUID claimTeam, Set<UUID> myTeams) {
        return seesEverything() || claimTeam == null || myTeams.contains(claimTeam);
    }

    /** Recruiters and team leads get personal data (phones) masked in every export. */
    public static boolean mustMaskPersonalDataInExports(Role role) {
        return role != Role.MANAGER && role != Role.ADMIN;
    }

    /**
     * The companies the current user may read. {@code myTeams} are the teams the user belongs to on
     * {@code today}; recruiters and team leads get the common pool plus their teams' claims.
     */
    public CompanyScope companyScope(Set<UUID> myTeams, java.time.LocalDate today) {
        return seesEverything() ? CompanyScope.everything(today)
                : new CompanyScope(false, session.personId(), myTeams, today);
    }

    public boolean maySeeConfidentialNames() {
        return maySeeConfidentialNames(role());
    }

    /** Real names of confidential projects (保密项目): managers and admins; others see the code name. */
    public static boolean maySeeConfidentialNames(Role role) {
        return role == Role.MANAGER || role == Role.ADMIN;
    }

    public boolean mustMaskPersonalDataInExports() {
        return mustMaskPersonalDataInExports(role());
    }

    public boolean mayManageUsers() {
        return role() == Role.ADMIN;
    }

    public boolean mayReadExportLog() {
        return seesEverything();
    }

    public boolean mayAssignTasksToOthers() {
        return role() != Role.RECRUITER;
    }
}
