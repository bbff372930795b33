package cn.zhaoshang.desk.security;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.session.AccessRefusedException;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.security.db.SignInFailureRepository;
import cn.zhaoshang.desk.security.db.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Users, their passwords (Argon2id, never reversible) and signing in (decisions 0006, 0146).
 * <ul>
 *   <li>A database whose users have no password (demo data) signs in by choosing a user. Once any
 *       user has a password, every user needs one: a user without one cannot sign in until an
 *       administrator gives them a first password, which they replace at their first sign-in.</li>
 *   <li>An unknown name and a wrong password get the same answer. Wrong passwords are counted per
 *       typed name: after a few, each next try waits longer; past a limit the name is locked until an
 *       administrator lifts it. Failed sign-ins are in the audit log.</li>
 *   <li>A hash made at a lower cost (or by the PBKDF2 of earlier versions) is replaced at sign-in.</li>
 * </ul>
 * Signing in reads the users table before anyone is signed in: those statements run
 * {@link Session#duringSignIn during the sign-in}, with nobody's rights.
 */
public final class UserService {
    private final UserRepository repository;
    private final SignInFailureRepository failures;
    private final Session session;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final SignInRules rules;
    /** Told of every password set (the keyring of an encrypted database wraps its key for it). */
    private final BiConsumer<String, char[]> passwordSet;

    public UserService(Database database, RecordWriter writer, AuditLog audit, AccessPolicy access, Clock clock,
                       SignInRules rules, BiConsumer<String, char[]> passwordSet) {
        this.repository = new UserRepository(database, writer);
        this.failures = new SignInFailureRepository(database);
        this.session = access.session();
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.rules = rules;
        this.passwordSet = passwordSet;
    }

    public AccessPolicy access() {
        return access;
    }

    public Session session() {
        return session;
    }

    // Administration

    /** Every user (administrators). */
    public List<User> list() {
        access.require(Permission.MANAGE_USERS);
        return repository.findAll();
    }

    /** A user by name: administrators any, others themselves. */
    public Optional<User> findByName(String username) {
        if (username == null || !username.equals(session.userName())) {
            access.require(Permission.MANAGE_USERS);
        } else {
            access.requireSignedIn();
        }
        return repository.findByUsername(username);
    }

    /**
     * Creates a user (administrators). Once any user has a password a new one needs a first password,
     * which the user replaces at their first sign-in; {@code password} may be null only in a database
     * where nobody has one (demo).
     */
    public User create(String username, String displayName, Role role, UUID personId, char[] password) {
        access.require(Permission.MANAGE_USERS);
        if (password == null && repository.anyoneHasPassword()) {
            throw new DeskException("security.error.firstPasswordNeeded");
        }
        return insert(username, displayName, role, personId, password, !session.isSystem());
    }

    public User create(String username, String displayName, Role role, UUID personId) {
        return create(username, displayName, role, personId, null);
    }

    private User insert(String username, String displayName, Role role, UUID personId, char[] password,
                        boolean changeRequired) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw new DeskException("security.error.usernameRequired");
        }
        if (repository.findByUsername(name).isPresent()) {
            throw new DeskException("security.error.usernameTaken", name);
        }
        String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
        User created = repository.insert(name, display, role, personId, password == null ? null : hashChecked(password),
                password != null && changeRequired);
        if (password != null) {
            passwordSet.accept(created.username(), password);
        }
        return created;
    }

    /**
     * The first administrator of a database without users: a password is required. Anyone at the
     * computer may do this (there is nobody to sign in as yet); it signs the new administrator in.
     */
    public User createFirstAdmin(String username, String displayName, char[] password, char[] repeated) {
        User admin = session.asSystem(() -> {
            if (!repository.isEmpty()) {
                throw new DeskException("security.error.notFirst");
            }
            if (!Arrays.equals(password, repeated)) {
                throw new DeskException("security.error.passwordsDiffer");
            }
            return insert(username, displayName, Role.ADMIN, null, password, false);
        });
        startSession(admin);
        return admin;
    }

    /**
     * An administrator gives someone a new password (forgotten, or a first one), which they replace at
     * their next sign-in; it lifts a lock-out too. (Set by the system, in setting up, it is final.)
     */
    public User resetPassword(String username, char[] next) {
        access.require(Permission.MANAGE_USERS);
        User user = repository.findByUsername(username)
                .orElseThrow(() -> new DeskException("security.error.unknownUser", username));
        User saved = repository.update(user, null, null, hashChecked(next), !session.isSystem());
        failures.clear(username);
        passwordSet.accept(saved.username(), next);
        return saved;
    }

    public User changeRole(String username, Role role) {
        access.require(Permission.MANAGE_USERS);
        User user = repository.findByUsername(username)
                .orElseThrow(() -> new DeskException("security.error.unknownUser", username));
        return repository.update(user, role, null, null, false);
    }

    /** Names locked after too many wrong passwords. */
    public List<String> lockedNames() {
        access.require(Permission.MANAGE_USERS);
        return failures.lockedNames();
    }

    /** Lifts a lock-out (and forgets the name's wrong passwords); recorded in the audit log. */
    public boolean unlock(String username) {
        access.require(Permission.MANAGE_USERS);
        boolean lifted = failures.clear(username);
        if (lifted) {
            audit.record(AuditLog.Action.UPDATE, "app_user", username, Map.of("locked", new FieldChange("true", "false")));
        }
        return lifted;
    }

    // Signing in

    /** Has any user a password? Then every user needs one (asked before anyone is signed in). */
    public boolean anyoneHasPassword() {
        return session.duringSignIn(repository::anyoneHasPassword);
    }

    /** Has the database no users yet (the first start sets up its administrator)? */
    public boolean noUsersYet() {
        return session.duringSignIn(repository::isEmpty);
    }

    /**
     * The users a sign-in screen offers to choose from: everybody in a database where nobody has a
     * password (demo), nobody otherwise (the name is typed: a list would tell a guesser who exists).
     */
    public List<User> signInChoices() {
        return session.duringSignIn(() -> repository.anyoneHasPassword() ? List.<User>of() : repository.findAll());
    }

    /**
     * Signs in with a name and password. A wrong name or password gets one answer that tells neither
     * apart; a name that failed too often waits, or is locked. A user whose password an administrator
     * set is signed in only to choose their own ({@link Session#passwordChangeRequired()}).
     */
    public User authenticate(String username, char[] password) {
        String name = username == null ? "" : username.strip();
        User user = session.duringSignIn(() -> checkPassword(name, password));
        startSession(user);
        return user;
    }

    private User checkPassword(String name, char[] password) {
        OffsetDateTime now = now();
        refuseWhileWaiting(name, now);
        Optional<User> found = repository.findByUsername(name);
        boolean anyPasswords = repository.anyoneHasPassword();
        String hash = found.map(u -> repository.passwordHash(u.username())).orElse(null);
        boolean right;
        if (found.isPresent() && hash == null) {
            // A user without a password: chosen in a demo database, refused once others have passwords.
            right = !anyPasswords;
        } else {
            right = PasswordHasher.matches(password, hash != null ? hash : rules.hasher().decoy()) && found.isPresent();
        }
        if (!right) {
            failed(name, now, found.isPresent() && hash == null ? "noPassword" : "badCredentials");
            throw found.isPresent() && hash == null
                    ? new DeskException("security.error.passwordNotSet", name)
                    : new DeskException("security.error.badCredentials");
        }
        failures.clear(name);
        if (hash != null && rules.hasher().needsRehash(hash)) {
            repository.replaceHash(found.get().id(), rules.hasher().hash(password));
        }
        return found.get();
    }

    /** A name that failed too often must wait before its next try, or is locked: refused without a look at the password. */
    private void refuseWhileWaiting(String name, OffsetDateTime now) {
        var failed = failures.find(name);
        if (failed.isEmpty()) {
            return;
        }
        if (failed.get().lockedAt() != null) {
            audit.recordIndependently(AuditLog.Action.SIGN_IN_FAILED, "app_user", name,
                    Map.of("reason", new FieldChange(null, "locked")));
            throw new DeskException("security.error.lockedOut");
        }
        OffsetDateTime allowedFrom = failed.get().lastFailedAt().plus(rules.waitAfter(failed.get().count()));
        if (now.isBefore(allowedFrom)) {
            long seconds = Math.max(1, (Duration.between(now, allowedFrom).toMillis() + 999) / 1000);
            audit.recordIndependently(AuditLog.Action.SIGN_IN_FAILED, "app_user", name,
                    Map.of("reason", new FieldChange(null, "waiting")));
            throw new DeskException("security.error.waitBeforeRetry", seconds);
        }
    }

    private void failed(String name, OffsetDateTime now, String reason) {
        int count = failures.recordFailure(name, now, rules.lockAfter());
        audit.recordIndependently(AuditLog.Action.SIGN_IN_FAILED, "app_user", name,
                Map.of("reason", new FieldChange(null, reason), "failures", new FieldChange(null, String.valueOf(count))));
    }

    /**
     * Signs in a user chosen without a password: only in a database where nobody has one (demo),
     * or by the system (tests and set-up switch users that way).
     */
    public void signIn(User user) {
        signInByName(user.username());
    }

    /** See {@link #signIn(User)}. */
    public User signInByName(String username) {
        boolean bySystem = session.isSystem();
        User user = session.duringSignIn(() -> {
            User found = repository.findByUsername(username)
                    .orElseThrow(() -> new DeskException("security.error.unknownUser", username));
            if (!bySystem && (found.hasPassword() || repository.anyoneHasPassword())) {
                failed(username, now(), "noPassword");
                throw new DeskException(found.hasPassword() ? "security.error.passwordRequired"
                        : "security.error.passwordNotSet", username);
            }
            return found;
        });
        startSession(user);
        return user;
    }

    private void startSession(User user) {
        session.signIn(user.id(), user.username(), user.displayName(), user.personId(), user.role().name(),
                user.passwordChangeRequired());
        session.duringSignIn(() -> {
            repository.touchLastLogin(user.id(), now());
            return null;
        });
    }

    public void signOut() {
        session.signOut();
    }

    /** For the idle lock: is this the signed-in user's password? */
    public boolean verifyCurrent(char[] password) {
        if (session.userId() == null) {
            return false;
        }
        String hash = session.duringSignIn(() -> repository.passwordHash(session.userName()));
        return hash != null && PasswordHasher.matches(password, hash);
    }

    /**
     * The signed-in user chooses a new password (the only thing a user whose password an
     * administrator set may do). The current one is asked for again.
     */
    public User changeOwnPassword(char[] current, char[] next, char[] repeated) {
        String me = session.userName();
        if (session.userId() == null) {
            throw new AccessRefusedException("security.error.signInRequired");
        }
        User saved = session.duringSignIn(() -> {
            User user = repository.findByUsername(me)
                    .orElseThrow(() -> new DeskException("security.error.unknownUser", me));
            String hash = repository.passwordHash(me);
            if (hash != null && !PasswordHasher.matches(current, hash)) {
                throw new DeskException("security.error.badCredentials");
            }
            if (!Arrays.equals(next, repeated)) {
                throw new DeskException("security.error.passwordsDiffer");
            }
            if (hash != null && PasswordHasher.matches(next, hash)) {
                throw new DeskException("security.error.samePassword");
            }
            return repository.update(user, null, null, hashChecked(next), false);
        });
        passwordSet.accept(saved.username(), next);
        startSession(saved);
        return saved;
    }

    private String hashChecked(char[] password) {
        if (password == null || password.length < PasswordHasher.MIN_LENGTH) {
            throw new DeskException("security.error.passwordTooShort", PasswordHasher.MIN_LENGTH);
        }
        return rules.hasher().hash(password);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
