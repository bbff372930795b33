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
    private volatile UUID userId;
    private volatile UUID personId;
    private volatile String role = "ADMIN";

    public String userName() {
        return userName;
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

    public void signIn(UUID userId, String userName, UUID personId, String role) {
        this.userId = userId;
        this.userName = Objects.requireNonNull(userName);
        this.personId = personId;
        this.role = Objects.requireNonNull(role);
    }
}
