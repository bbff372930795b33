package cn.zhaoshang.desk.security;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.session.AccessRefusedException;
import cn.zhaoshang.desk.common.session.Session;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see and do what: the one place the role rules live. Services ask it; screens and
 * commands never decide on their own.
 * <ul>
 *   <li>nobody signed in: nothing but signing in (the database refuses their statements too);</li>
 *   <li>recruiter (招商专员): own team's records and the common pool (公海); masked phones in exports;</li>
 *   <li>team lead (小分队队长): own team, assigns tasks; masked exports unless the manager allows;</li>
 *   <li>manager (管理者): everything, dashboards, the export log, real names of confidential projects;</li>
 *   <li>admin (管理员): users, backups, the trash; everything a manager sees.</li>
 * </ul>
 * The system (start-up jobs) has an administrator's rights. What needs more than a signed-in user is
 * a {@link Permission}; a refusal is written to the audit log with the operation that was refused.
 */
public final class AccessPolicy {
    private final Session session;
    private final AuditLog audit;

    public AccessPolicy(Session session, AuditLog audit) {
        this.session = session;
        this.audit = audit;
    }

    /** The signed-in user's role; null while nobody is signed in (or a new password is owed). */
    public Role role() {
        String role = session.role();
        return role == null ? null : Role.valueOf(role);
    }

    public boolean may(Permission permission) {
        return permission.allows(role());
    }

    /** Refuses (and records the refusal) unless the person working now has the permission. */
    public void require(Permission permission) {
        require(permission, permission.refusalKey());
    }

    /**
     * As {@link #require(Permission)}, with the feature's own message for a signed-in user who lacks
     * it (e.g. "only administrators manage laptops"); the audit log names the permission all the same.
     */
    public void require(Permission permission, String refusalKey) {
        if (!may(permission)) {
            String key = role() == null ? "security.error.signInRequired" : refusalKey;
            throw refused("permission", permission.name(), key);
        }
    }

    /** Refuses anything but signing in while nobody is signed in. */
    public void requireSignedIn() {
        require(Permission.WORK);
    }

    /**
     * Records that the current operation was refused for this record and returns the exception to
     * throw. The operation is the service method that asked (found on the stack), so the audit log
     * says what was tried, not only that something was.
     */
    AccessRefusedException refused(String table, Object recordId, String key, Object... args) {
        audit.recordIndependently(AuditLog.Action.REFUSED, table, recordId,
                Map.of("operation", new FieldChange(null, callingOperation())));
        return new AccessRefusedException(key, args);
    }

    /** The first service or job method on the stack below the policy's own classes, e.g. "ContactService.remove". */
    private static String callingOperation() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().startsWith(AccessPolicy.class.getPackageName() + ".Access")
                        && !f.getClassName().startsWith(AccessPolicy.class.getPackageName() + ".CompanyAccess"))
                .filter(f -> f.getClassName().endsWith("Service") || f.getClassName().endsWith("Job"))
                .findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("?"));
    }

    public boolean seesEverything() {
        Role role = role();
        return role == Role.MANAGER || role == Role.ADMIN;
    }

    /**
     * May the current user read a company whose live claim is held by {@code claimTeam}? Unclaimed
     * and lapsed companies are the common pool (公海), open to all; a claimed one only to the holding
     * team and to managers. {@code myTeams} are the teams the user belongs to now.
     */
    public boolean maySeeCompany(UUID claimTeam, Set<UUID> myTeams) {
        return role() != null && (seesEverything() || claimTeam == null || myTeams.contains(claimTeam));
    }

    /** Recruiters and team leads get personal data (phones) masked in every export. */
    public static boolean mustMaskPersonalDataInExports(Role role) {
        return role != Role.MANAGER && role != Role.ADMIN;
    }

    /**
     * The companies the current user may read. {@code myTeams} are the teams the user belongs to on
     * {@code today}; recruiters and team leads get the common pool plus their teams' claims.
     */
    public CompanyScope companyScope(Set<UUID> myTeams, LocalDate today) {
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
        return may(Permission.MANAGE_USERS);
    }

    public boolean mayReadExportLog() {
        return may(Permission.READ_EXPORT_LOG);
    }

    public boolean mayAssignTasksToOthers() {
        return may(Permission.ASSIGN_TASKS);
    }

    /** The person working now, as the audit log and the session know them. */
    public Session session() {
        return session;
    }
}
