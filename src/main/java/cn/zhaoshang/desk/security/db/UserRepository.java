package cn.zhaoshang.desk.security.db;

import static cn.zhaoshang.desk.generated.Tables.APP_USER;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.RecordWriter;
import cn.zhaoshang.desk.generated.tables.records.AppUserRecord;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.security.User;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    public User insert(String username, String displayName, Role role, UUID personId) {
        AppUserRecord record = new AppUserRecord();
        record.setUsername(username);
        record.setDisplayName(displayName);
        record.setRole(role.name());
        record.setPersonId(personId);
        return toUser(writer.insert(record));
    }

    /** Not audited: signing in is not a change of data. */
    public void touchLastLogin(UUID id) {
        database.dsl().update(APP_USER).set(APP_USER.LAST_LOGIN_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(APP_USER.ID.eq(id)).execute();
    }

    private static User toUser(AppUserRecord r) {
        return new User(r.getId(), r.getVersion(), r.getUsername(), r.getDisplayName(), Role.valueOf(r.getRole()),
                r.getPersonId());
    }
}
