package cn.zhaoshang.desk.security;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.security.db.UserRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users and who is working now. Passwords and role rules arrive with the trust work. */
public final class UserService {
    private final UserRepository repository;
    private final Session session;

    public UserService(Database database, RecordWriter writer, Session session) {
        this.repository = new UserRepository(database, writer);
        this.session = session;
    }

    public List<User> list() {
        return repository.findAll();
    }

    public Optional<User> findByName(String username) {
        return repository.findByUsername(username);
    }

    public User create(String username, String displayName, Role role, UUID personId) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw new DeskException("security.error.usernameRequired");
        }
        if (repository.findByUsername(name).isPresent()) {
            throw new DeskException("security.error.usernameTaken", name);
        }
        String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
        return repository.insert(name, display, role, personId);
    }

    public void signIn(User user) {
        session.signIn(user.id(), user.username(), user.displayName(), user.personId(), user.role().name());
        repository.touchLastLogin(user.id());
    }

    /** Signs in by user name (the command line's --user); unknown names are refused. */
    public User signInByName(String username) {
        User user = repository.findByUsername(username)
                .orElseThrow(() -> new DeskException("security.error.unknownUser", username));
        signIn(user);
        return user;
    }

    public Session session() {
        return session;
    }
}
