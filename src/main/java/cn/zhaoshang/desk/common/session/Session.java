package cn.zhaoshang.desk.common.session;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who is working in this process. Services read it to stamp the audit log and to decide what may be
 * done; sign-in sets it. One instance is made by the composition root and passed to whoever needs it.
 *
 * <p>It fails closed: a new session has nobody signed in, and such a session may do nothing but sign
 * in (the database refuses its statements, see {@link #mayUseDatabase()}). Work that belongs to no
 * user — start-up jobs, setting up a database that has no users yet — runs as the system, and says so
 * where it starts: {@link #asSystem(Supplier)} for one piece of work on the calling thread, or
 * {@link #signInAsSystem()} for a process that is itself a system job (tests, server set-up).
 */
public final class Session {
    public static final String SYSTEM = "system";
    /** The name in the audit log of a session nobody signed into (e.g. a refused attempt). */
    public static final String NOBODY = "-";
    /** The role the system works with: every right of an administrator. */
    private static final String SYSTEM_ROLE = "ADMIN";

    /** A signed-in user (or the system), as one value so readers never see half of a change. */
    private record Identity(UUID userId, String userName, String displayName, UUID personId, String role,
                            boolean passwordChangeRequired, boolean system) {
        static final Identity NOBODY = new Identity(null, Session.NOBODY, Session.NOBODY, null, null, false, false);
        static final Identity SYSTEM = new Identity(null, Session.SYSTEM, Session.SYSTEM, null, SYSTEM_ROLE, false, true);
    }

    private volatile Identity identity = Identity.NOBODY;
    /** Set while {@link #asSystem} runs on this thread: that work is the system's, whoever is signed in. */
    private final ThreadLocal<Boolean> systemWork = ThreadLocal.withInitial(() -> false);
    /** Set while {@link #duringSignIn} runs on this thread: the sign-in's own statements are admitted. */
    private final ThreadLocal<Boolean> signInWork = ThreadLocal.withInitial(() -> false);

    private Identity current() {
        return systemWork.get() ? Identity.SYSTEM : identity;
    }

    public String userName() {
        return current().userName();
    }

    /** The name people read (张伟), where {@link #userName()} is the sign-in name (zhangwei). */
    public String displayName() {
        return current().displayName();
    }

    public UUID userId() {
        return current().userId();
    }

    public UUID personId() {
        return current().personId();
    }

    /** The role's name (RECRUITER … ADMIN); null while nobody is signed in or a new password is owed. */
    public String role() {
        Identity now = current();
        return now.passwordChangeRequired() ? null : now.role();
    }

    /** Is somebody (a user who owes no new password, or the system) working? */
    public boolean isSignedIn() {
        return role() != null;
    }

    public boolean isSystem() {
        return current().system();
    }

    /**
     * Signed in, but with a password an administrator set: until the user chooses their own, the
     * only thing they may do is choose it.
     */
    public boolean passwordChangeRequired() {
        return current().passwordChangeRequired();
    }

    /**
     * May statements run against the database? Only for a signed-in user, the system, and the
     * sign-in's own reads and writes.
     */
    public boolean mayUseDatabase() {
        return isSignedIn() || signInWork.get();
    }

    public void signIn(UUID userId, String userName, String displayName, UUID personId, String role) {
        signIn(userId, userName, displayName, personId, role, false);
    }

    public void signIn(UUID userId, String userName, String displayName, UUID personId, String role,
                       boolean passwordChangeRequired) {
        this.identity = new Identity(userId, Objects.requireNonNull(userName),
                displayName == null ? userName : displayName, personId, Objects.requireNonNull(role),
                passwordChangeRequired, false);
    }

    /** Nobody works any more (the idle lock, a failed sign-in after a user switch). */
    public void signOut() {
        this.identity = Identity.NOBODY;
    }

    /**
     * The whole process works as the system: for tests and for jobs that belong to no user (setting up
     * a database that has no users yet). The audit log names it "system".
     */
    public void signInAsSystem() {
        this.identity = Identity.SYSTEM;
    }

    /** Runs one piece of work as the system on the calling thread (start-up jobs, the sign-in itself). */
    public <T> T asSystem(Supplier<T> work) {
        return with(systemWork, work);
    }

    /**
     * Runs the sign-in's own work (reading users, counting wrong passwords, a user choosing the
     * password they owe) with its statements admitted but nobody's rights: the audit log names
     * whoever is there (nobody, or the user who owes a new password).
     */
    public <T> T duringSignIn(Supplier<T> work) {
        return with(signInWork, work);
    }

    private static <T> T with(ThreadLocal<Boolean> flag, Supplier<T> work) {
        boolean outer = flag.get();
        flag.set(true);
        try {
            return work.get();
        } finally {
            flag.set(outer);
        }
    }

    public void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }
}
