package cn.zhaoshang.desk.security.db;

import static cn.zhaoshang.desk.generated.Tables.SIGN_IN_FAILURE;

import cn.zhaoshang.desk.common.db.Database;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;

/**
 * Wrong passwords counted per typed name (known or not). Each statement commits on its own: a
 * failed sign-in throws, and its count must stay.
 */
public final class SignInFailureRepository {
    private final Database database;

    public SignInFailureRepository(Database database) {
        this.database = database;
    }

    /** How often the name failed, when last, and since when it is locked (null: not locked). */
    public record Failures(int count, OffsetDateTime lastFailedAt, OffsetDateTime lockedAt) { }

    public Optional<Failures> find(String username) {
        return database.dsl().selectFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME.eq(username))
                .fetchOptional(r -> new Failures(r.getFailures(), r.getLastFailedAt(), r.getLockedAt()));
    }

    /** Counts one more failure; locks the name when the count reaches {@code lockAfter}. Returns the new count. */
    public int recordFailure(String username, OffsetDateTime now, int lockAfter) {
        return database.transaction(() -> {
            int count = find(username).map(Failures::count).orElse(0) + 1;
            OffsetDateTime locked = count >= lockAfter ? now : null;
            int updated = database.dsl().update(SIGN_IN_FAILURE).set(SIGN_IN_FAILURE.FAILURES, count)
                    .set(SIGN_IN_FAILURE.LAST_FAILED_AT, now)
                    .set(SIGN_IN_FAILURE.LOCKED_AT, DSL.coalesce(SIGN_IN_FAILURE.LOCKED_AT,
                            DSL.val(locked, SIGN_IN_FAILURE.LOCKED_AT)))
                    .where(SIGN_IN_FAILURE.USERNAME.eq(username)).execute();
            if (updated == 0) {
                database.dsl().insertInto(SIGN_IN_FAILURE).set(SIGN_IN_FAILURE.USERNAME, username)
                        .set(SIGN_IN_FAILURE.FAILURES, count).set(SIGN_IN_FAILURE.LAST_FAILED_AT, now)
                        .set(SIGN_IN_FAILURE.LOCKED_AT, locked).execute();
            }
            return count;
        });
    }

    /** Forgets the name's failures: after a right password, or when an administrator lifts a lock. */
    public boolean clear(String username) {
        return database.dsl().deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME.eq(username)).execute() > 0;
    }

    public List<String> lockedNames() {
        return database.dsl().select(SIGN_IN_FAILURE.USERNAME).from(SIGN_IN_FAILURE)
                .where(SIGN_IN_FAILURE.LOCKED_AT.isNotNull()).orderBy(SIGN_IN_FAILURE.USERNAME)
                .fetch(SIGN_IN_FAILURE.USERNAME);
    }
}
