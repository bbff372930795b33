package cn.zhaoshang.desk.sync.db;

import static cn.zhaoshang.desk.generated.Tables.APP_USER;
import static cn.zhaoshang.desk.generated.Tables.AUDIT_LOG;
import static cn.zhaoshang.desk.generated.Tables.SYNC_LAPTOP;
import static cn.zhaoshang.desk.generated.Tables.TEAM_MEMBERSHIP;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.security.Role;
import cn.zhaoshang.desk.sync.Briefcase;
import cn.zhaoshang.desk.sync.Laptop;
import cn.zhaoshang.desk.sync.ShareContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** The team server's side of sync: the laptops tied to it and whose share each carries. */
public final class ServerStore {
    private final Database database;

    public ServerStore(Database database) {
        this.database = database;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    public Database database() {
        return database;
    }

    public void register(UUID laptopId, String name, String userName, OffsetDateTime at) {
        dsl().insertInto(SYNC_LAPTOP).set(SYNC_LAPTOP.ID, laptopId).set(SYNC_LAPTOP.NAME, cut(name, 100))
                .set(SYNC_LAPTOP.USER_NAME, userName).set(SYNC_LAPTOP.CREATED_AT, at).set(SYNC_LAPTOP.PULLED_SEQ, 0L)
                .execute();
    }

    public Optional<Laptop> laptop(UUID id) {
        return dsl().selectFrom(SYNC_LAPTOP).where(SYNC_LAPTOP.ID.eq(id)).fetchOptional(ServerStore::toLaptop);
    }

    public List<Laptop> laptops() {
        return dsl().selectFrom(SYNC_LAPTOP).orderBy(SYNC_LAPTOP.CREATED_AT, SYNC_LAPTOP.ID).fetch(ServerStore::toLaptop);
    }

    public void synced(UUID laptopId, long pulledSeq, OffsetDateTime at) {
        dsl().update(SYNC_LAPTOP).set(SYNC_LAPTOP.LAST_SYNC_AT, at).set(SYNC_LAPTOP.PULLED_SEQ, pulledSeq)
                .where(SYNC_LAPTOP.ID.eq(laptopId)).execute();
    }

    public boolean revoke(UUID laptopId, String by, OffsetDateTime at) {
        return dsl().update(SYNC_LAPTOP).set(SYNC_LAPTOP.REVOKED_AT, at).set(SYNC_LAPTOP.REVOKED_BY, by)
                .where(SYNC_LAPTOP.ID.eq(laptopId)).and(SYNC_LAPTOP.REVOKED_AT.isNull()).execute() == 1;
    }

    /** Whose share: the user's person and current teams; managers and administrators carry everything. */
    public ShareContext share(String userName, LocalDate today, Briefcase briefcase) {
        Record user = dsl().select(APP_USER.ID, APP_USER.ROLE, APP_USER.PERSON_ID).from(APP_USER)
                .where(APP_USER.USERNAME.eq(userName)).and(APP_USER.DELETED_AT.isNull()).fetchOne();
        if (user == null) {
            throw new DeskException("sync.error.unknownUser", userName);
        }
        Role role = user.get(APP_USER.ROLE);
        boolean everything = role == Role.MANAGER || role == Role.ADMIN;
        UUID person = user.get(APP_USER.PERSON_ID);
        Set<UUID> teams = new HashSet<>();
        if (person != null) {
            teams.addAll(dsl().select(TEAM_MEMBERSHIP.TEAM_ID).from(TEAM_MEMBERSHIP)
                    .where(TEAM_MEMBERSHIP.PERSON_ID.eq(person)).and(TEAM_MEMBERSHIP.DELETED_AT.isNull())
                    .and(TEAM_MEMBERSHIP.FROM_DATE.le(today))
                    .and(TEAM_MEMBERSHIP.TO_DATE.isNull().or(TEAM_MEMBERSHIP.TO_DATE.ge(today)))
                    .fetch(TEAM_MEMBERSHIP.TEAM_ID));
        }
        return new ShareContext(everything, user.get(APP_USER.ID), person, teams, today, briefcase);
    }

    /** The rows of a table in a share. */
    public Condition inShare(SyncTable table, ShareContext share) {
        return ShareConditions.of(table, share);
    }

    /** Who last changed the record on the server, as the audit log names them. */
    public String lastEditor(String table, UUID id) {
        return dsl().select(AUDIT_LOG.USER_NAME).from(AUDIT_LOG).where(AUDIT_LOG.TABLE_NAME.eq(table))
                .and(AUDIT_LOG.RECORD_ID.eq(id.toString())).orderBy(AUDIT_LOG.OCCURRED_AT.desc()).limit(1)
                .fetchOne(AUDIT_LOG.USER_NAME);
    }

    /** Is there another live record of the table holding this value in a column that must be unique? */
    public Optional<String> takenBy(SyncTable table, String column, String value, UUID self, String labelColumn) {
        if (value == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Field<String> field = (Field<String>) table.table().field(column);
        @SuppressWarnings("unchecked")
        Field<String> label = (Field<String>) table.table().field(labelColumn);
        return dsl().select(label).from(table.table()).where(field.eq(value)).and(RowStore.id(table.table()).ne(self))
                .limit(1).fetchOptional(label);
    }

    private static Laptop toLaptop(Record r) {
        return new Laptop(r.get(SYNC_LAPTOP.ID), r.get(SYNC_LAPTOP.NAME), r.get(SYNC_LAPTOP.USER_NAME),
                r.get(SYNC_LAPTOP.CREATED_AT), r.get(SYNC_LAPTOP.LAST_SYNC_AT), r.get(SYNC_LAPTOP.PULLED_SEQ),
                r.get(SYNC_LAPTOP.REVOKED_AT), r.get(SYNC_LAPTOP.REVOKED_BY));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(text.length() - max);
    }
}
