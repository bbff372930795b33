package cn.zhaoshang.desk.security.db;

import static cn.zhaoshang.desk.generated.Tables.APP_USER;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.AppUserRecord;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.security.User;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes app users. */
public final class UserRepository {
    private final Database database;
    private final RecordWriter writer;

    public UserRepository(Database database, RecordWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    public List<User> findAll() {
        return database.dsl().selectFrom(APP_USER).where(APP_USER.DELETED_AT.isNull())
                .orderBy(APP_USER.ROLE.desc(), APP_USER.USERNAME).fetch(UserRepository::toUser);
    }

    public Optional<User> findByUsername(String username) {
        return database.dsl().selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username))
                .and(APP_USER.DELETED_AT.isNull()).fetchOptional(UserRepository::toUser);
    }

    public User insert(String username, String displayName, Role role, UUID personId, String passwordHash,
                       boolean passwordChangeRequired) {
        AppUserRecord record = new AppUserRecord();
        record.setPasswordChangeRequired(passwordChangeRequired);
        record.setUsername(username);
        record.setDisplayName(displayName);
        record.setRole(role);
        record.setPersonId(personId);
        record.setPasswordHash(passwordHash);
        return toUser(writer.insert(record));
    }

    public String passwordHash(String username) {
        return database.dsl().select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .and(APP_USER.DELETED_AT.isNull()).fetchOne(APP_USER.PASSWORD_HASH);
    }

    /**
     * Changes what is not null; a new password hash comes with whether its user must replace it
     * (one an administrator set) or not (their own).
     */
    public User update(User user, Role role, String displayName, String passwordHash, boolean passwordChangeRequired) {
        AppUserRecord record = writer.load(APP_USER, user.id());
        record.setVersion(user.version());
        if (role != null) {
            record.setRole(role);
        }
        if (displayName != null) {
            record.setDisplayName(displayName);
        }
        if (passwordHash != null) {
            record.setPasswordHash(passwordHash);
            record.setPasswordChangeRequired(passwordChangeRequired);
        }
        return toUser(writer.update(record));
    }

    public boolean anyoneHasPassword() {
        return database.dsl().fetchExists(APP_USER, APP_USER.PASSWORD_HASH.isNotNull().and(APP_USER.DELETED_AT.isNull()));
    }

    /** Not audited: signing in is not a change of data. */
    public void touchLastLogin(UUID id, OffsetDateTime now) {
        database.dsl().update(APP_USER).set(APP_USER.LAST_LOGIN_AT, now).where(APP_USER.ID.eq(id)).execute();
    }

    /**
     * Replaces a hash made by an older scheme or at a lower cost, at sign-in (the one moment the
     * password is known). Not audited: the password did not change.
     */
    public void replaceHash(UUID id, String passwordHash) {
        database.dsl().update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(id)).execute();
    }

    public boolean isEmpty() {
        return !database.dsl().fetchExists(APP_USER, APP_USER.DELETED_AT.isNull());
    }

    private static User toUser(AppUserRecord r) {
        return new User(r.getId(), r.getVersion(), r.getUsername(), r.getDisplayName(), r.getRole(),
                r.getPersonId(), r.getPasswordHash() != null, Boolean.TRUE.equals(r.getPasswordChangeRequired()));
    }
}
