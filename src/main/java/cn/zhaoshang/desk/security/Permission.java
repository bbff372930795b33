package cn.zhaoshang.desk.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a role may do beyond reading and writing the library within its scope (decisions 0009 and
 * 0145). Each service operation that needs more than a signed-in user names one of these and asks
 * {@link AccessPolicy#require}; the role × operation matrix test holds every operation to its entry.
 */
public enum Permission {
    /** Read and write companies, projects, tasks … within the company scope: every signed-in role. */
    WORK(Role.RECRUITER, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN),
    /** Give tasks to other people (小分队队长 and up). */
    ASSIGN_TASKS(Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN),
    /** Year, quarter and month targets of teams and units. */
    SET_TARGETS(Role.MANAGER, Role.ADMIN),
    /** The weights of the ranking (红黑榜). */
    SET_WEIGHTS(Role.ADMIN),
    /** How long a project may stay in each stage (the stage clock every team is judged by). */
    SET_STAGE_DEADLINES(Role.MANAGER, Role.ADMIN),
    /** Teams, units, people and who is on which team (the rotation). */
    MANAGE_TEAMS(Role.MANAGER, Role.ADMIN),
    /** The office's own words for stored values (在谈 → 洽谈): how every later import reads its files. */
    EDIT_VOCABULARY(Role.MANAGER, Role.ADMIN),
    /** The district's supervision (督办): every team's escalated items, and after how many overdue days items escalate. */
    SUPERVISE_DISTRICT(Role.MANAGER, Role.ADMIN),
    /** Merging duplicate companies: one of them disappears with everything moved to the other. */
    MERGE_COMPANIES(Role.MANAGER, Role.ADMIN),
    /** The whole database's change history, the trash's contents. */
    READ_WHOLE_HISTORY(Role.MANAGER, Role.ADMIN),
    /** Who exported which personal data (PIPL). */
    READ_EXPORT_LOG(Role.MANAGER, Role.ADMIN),
    /** Restoring from and emptying the trash. */
    MANAGE_TRASH(Role.ADMIN),
    /** Users, their roles and first passwords, lifting lock-outs; the laptops tied to the server and their bundles. */
    MANAGE_USERS(Role.ADMIN),
    /** Backups on demand and where automatic ones go. */
    MANAGE_BACKUPS(Role.ADMIN),
    /** Putting a backup back in place of everyone's data. */
    RESTORE_BACKUP(Role.ADMIN),
    /** Encrypting the database file. */
    ENCRYPT(Role.ADMIN),
    /** Generated demo records in a database that already has data. */
    GENERATE_DEMO_DATA(Role.ADMIN),
    /** Taking back an import somebody else ran. */
    UNDO_OTHERS_IMPORTS(Role.ADMIN),
    /** Internals that ignore the company scope: the raw search index (benchmarks, diagnostics). */
    DIAGNOSE(Role.ADMIN);

    private final Set<Role> roles;

    Permission(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    public boolean allows(Role role) {
        return role != null && roles.contains(role);
    }

    /** The message for a signed-in user who lacks it: who may. */
    String refusalKey() {
        if (roles.contains(Role.RECRUITER)) {
            return "security.error.refused";
        }
        if (roles.contains(Role.TEAM_LEAD)) {
            return "security.error.leadsOnly";
        }
        return roles.contains(Role.MANAGER) ? "security.error.managersOnly" : "security.error.adminsOnly";
    }
}
