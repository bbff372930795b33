package cn.zhaoshang.desk.attachment.db;

import static cn.zhaoshang.desk.generated.Tables.APP_SETTING;

import cn.zhaoshang.desk.common.db.Database;
import java.security.SecureRandom;
import java.util.Base64;
import org.jooq.exception.DataAccessException;

/**
 * The attachment key, kept in the database itself (shared settings): it is as safe as the database
 * (encrypted with the data key on a laptop), travels with every backup and restore, and is the same
 * for every computer of a team server. Made once, at the first attachment.
 */
public final class AttachmentKeyRepository {
    static final String SETTING = "attachment.key";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Database database;

    public AttachmentKeyRepository(Database database) {
        this.database = database;
    }

    /** The key, made now when the database has none yet (another computer making it at the same time wins). */
    public byte[] key() {
        String stored = read();
        if (stored == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try {
                database.transaction(() -> database.dsl().insertInto(APP_SETTING)
                        .set(APP_SETTING.SETTING_KEY, SETTING)
                        .set(APP_SETTING.SETTING_VALUE, Base64.getEncoder().encodeToString(fresh)).execute());
            } catch (DataAccessException e) {
                // Someone else stored theirs first: theirs is the key.
            }
            stored = read();
        }
        return Base64.getDecoder().decode(stored);
    }

    private String read() {
        return database.dsl().select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(SETTING)).fetchOne(APP_SETTING.SETTING_VALUE);
    }
}
