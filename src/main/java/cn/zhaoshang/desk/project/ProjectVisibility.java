package cn.zhaoshang.desk.project;

import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.security.Role;

/**
 * The one rule for confidential projects (保密项目): who sees a project's real name, and what
 * everybody else sees instead (its code name, when it has one). Lists, the board, the detail,
 * searches and exports all ask here. Who has the right is {@link AccessPolicy}'s rule (managers
 * and admins); everyone else sees code names.
 */
public final class ProjectVisibility {
    private final Session session;

    public ProjectVisibility(Session session) {
        this.session = session;
    }

    /** Does a user with this role see real names of confidential projects? */
    public static boolean seesRealNames(String role) {
        return role != null && AccessPolicy.maySeeConfidentialNames(Role.valueOf(role));
    }

    /** The name to show: the code name to those without the right, when one is set. */
    public static String shownName(String name, String codeName, boolean realNames) {
        return !realNames && isConfidential(codeName) ? codeName : name;
    }

    public static boolean isConfidential(String codeName) {
        return codeName != null && !codeName.isBlank();
    }

    /** Does the person working now see real names? */
    public boolean seesRealNames() {
        return seesRealNames(session.role());
    }

    public String shownName(String name, String codeName) {
        return shownName(name, codeName, seesRealNames());
    }

    /** Is the real name of this project hidden from the person working now? */
    public boolean hidesName(String codeName) {
        return !seesRealNames() && isConfidential(codeName);
    }
}
