package cn.zhaoshang.desk.security;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.security.db.UserRepository;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Users, their passwords (PBKDF2, never reversible) and who is working now. A user without a
 * password (demo data) is signed in by choosing; once a user has a password, it is asked for.
 */
public final class UserService {
    private final UserRepository repository;
    private final Session session;
    private final AccessPolicy access;
    /** Told of every password set (the keyring of an encrypted database wraps its key for it). */
    private java.util.function.BiConsumer<String, char[]> passwordSet = (user, password) -> { };

    public UserService(Database database, RecordWriter writer, Session session) {
        this.repository = new UserRepository(database, writer);
        this.session = session;
        this.access = new AccessPolicy(session);
    }

    public List<User> list() {
        return repository.findAll();
    }

    public Optional<User> findByName(String username) {
        return repository.findByUsername(username);
    }

    public AccessPolicy access() {
        return access;
    }

    /** Who is told when a password is set (the encryption service: rewraps the data key). */
    public void onPasswordSet(java.util.function.BiConsumer<String, char[]> listener) {
        this.passwordSet = listener;
    }

    /** Creates a user; {@code password} may be null for a user who signs in by choosing (demo). */
    public User create(String username, String displayName, Role role, UUID personId, char[] password) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw new DeskException("security.error.usernameRequired");
        }
        if (repository.findByUsername(name).isPresent()) {
            throw new DeskException("security.error.usernameTaken", name);
        }
        String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
        User created = repository.insert(name, display, role, personId, password == null ? null : hashChecked(password));
        if (password != null) {
            passwordSet.accept(created.username(), password);
        }
        return created;
    }

    public User create(String username, String displayName, Role role, UUID personId) {
        return create(username, displayName, role, personId, null);
    }

    /** The first administrator of a fresh database: a password is required. */
    public User createFirstAdmin(String username, String displayName, char[] password, char[] repeated) {
        if (!list().isEmpty()) {
            throw new DeskException("security.error.notFirst");
        }
        if (!Arrays.equals(password, repeated)) {
            throw new DeskException("security.error.passwordsDiffer");
        }
        User admin = create(username, displayName, Role.ADMIN, null, password);
        signIn(admin);
        return admin;
    }

    /** Signs in with a password; a wrong name or password gets one message that tells neither apart. */
    public User authenticate(String username, char[] password) {
        User user = repository.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new DeskException("security.error.badCredentials"));
        if (user.hasPassword() && !PasswordHasher.matches(password, repository.passwordHash(user.username()))) {
            throw new DeskException("security.error.badCredentials");
        }
        signIn(user);
        return user;
    }

    /** For the idle lock: is this the signed-in user's password? */
    public boolean verifyCurrent(char[] password) {
        String hash = repository.passwordHash(session.userName());
        return hash == null || PasswordHasher.matches(password, hash);
    }

    public User changeOwnPassword(char[] current, char[] next, char[] repeated) {
        User me = repository.findByUsername(session.userName())
                .orElseThrow(() -> new DeskException("security.error.unknownUser", session.userName()));
        if (me.hasPassword() && !verifyCurrent(current)) {
            throw new DeskException("security.error.badCredentials");
        }
        if (!Arrays.equals(next, repeated)) {
            throw new DeskException("security.error.passwordsDiffer");
        }
        User saved = repository.update(me, null, null, hashChecked(next));
        passwordSet.accept(saved.username(), next);
        return saved;
    }

    /** An administrator sets a new password for someone who forgot theirs. */
    public User resetPassword(String username, char[] next) {
        requireAdmin();
        User user = repository.findByUsername(username)
                .orElseThrow(() -> new DeskException("security.error.unknownUser", username));
        User saved = repository.update(user, null, null, hashChecked(next));
        passwordSet.accept(saved.username(), next);
        return saved;
    }

    public User changeRole(String username, Role role) {
        requireAdmin();
        User user = repository.findByUsername(username)
                .orElseThrow(() -> new DeskException("security.error.unknownUser", username));
        return repository.update(user, role, null, null);
    }

    public boolean anyoneHasPassword() {
        return repository.anyoneHasPassword();
    }

    public void signIn(User user) {
        session.signIn(user.id(), user.username(), user.displayName(), user.personId(), user.role().name());
        repository.touchLastLogin(user.id());
    }

    /**
     * Signs in by name without a password: only for users who have none (demo data, tests);
     * a user with a password must use {@link #authenticate}.
     */
    public User signInByName(String username) {
        User user = repository.findByUsername(username)
                .orElseThrow(() -> new DeskException("security.error.unknownUser", username));
        if (user.hasPassword()) {
            throw new DeskException("security.error.passwordRequired", username);
        }
        signIn(user);
        return user;
    }

    public Session session() {
        return session;
    }

    private void requireAdmin() {
        if (!access.mayManageUsers()) {
            throw new DeskException("security.error.adminOnly");
        }
    }

    private static String hashChecked(char[] password) {
        if (password == null || password.length < PasswordHasher.MIN_LENGTH) {
            throw new DeskException("security.error.passwordTooShort", PasswordHasher.MIN_LENGTH);
        }
        return PasswordHasher.hash(password);
    }
}
