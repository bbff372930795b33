package cn.zhaoshang.desk.common.session;

import java.util.Objects;
import java.util.UUID;

/**
 * Who is working in this process. Services read it to stamp the audit log; sign-in sets it.
 * One instance is made by the composition root and passed to whoever needs it.
 */
public final class Session {
    public static final String SYSTEM = "system";

    private volatile String userName = SYSTEM;
    private volatile String displayName = SYSTEM;
    private volatile UUID userId;
    private volatile UUID personId;
    private volatile String role = "ADMIN";

    public String userName() {
        return userName;
    }

    /** The name people read (张伟), where {@link #userName()} is the sign-in name (zhangwei). */
    public String displayName() {
        return displayName;
    }

    public UUID userId() {
        return userId;
    }

    public UUID personId() {
        return personId;
    }

    public String role() {
        return role;
    }

    public void signIn(UUID userId, String userName, String displayName, UUID personId, String role) {
        this.userId = userId;
        this.userName = Objects.requireNonNull(userName);
        this.displayName = displayName == null ? userName : displayName;
        this.personId = personId;
        this.role = Objects.requireNonNull(role);
    }
}
