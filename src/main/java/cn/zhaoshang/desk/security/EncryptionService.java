package cn.zhaoshang.desk.security;

import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.time.OfficeZone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encryption at rest of the embedded database (decision 0008). While an encrypted database is open
 * its data key is known (it opened it), so every password that is set — a new user, a change of
 * one's own, an administrator's reset — is also wrapped into the keyring. {@link #convert} turns a
 * plain file into an encrypted one, once, with the database closed and after a backup.
 */
public final class EncryptionService {
    private static final Logger LOG = LoggerFactory.getLogger(EncryptionService.class);
    private final Database database;
    private final Path dataDir;
    private final AccessPolicy access;
    private final AuditLog audit;

    public EncryptionService(Database database, Path dataDir, AccessPolicy access, AuditLog audit) {
        this.database = database;
        this.dataDir = dataDir;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Should setting up this administrator encrypt the file (decision 0144)? The first password on a plain
     * embedded file that is not a demo database: a laptop holding a district's contacts is encrypted by default.
     */
    public boolean encryptsForFirstAdmin(boolean firstPassword, Role role, boolean demoDatabase) {
        access.requireSignedIn();
        return firstPassword && role == Role.ADMIN && database.config().isEmbeddedFile() && !isEncrypted()
                && !demoDatabase;
    }

    /** What the status bar and Settings say about encryption at rest. */
    public enum State { SERVER, ENCRYPTED, PLAIN_DEMO, PLAIN }

    /** The open database's state; {@code demoDatabase}: demo data was generated in it. */
    public State state(boolean demoDatabase) {
        access.requireSignedIn();
        if (!database.config().isEmbeddedFile()) {
            return State.SERVER;
        }
        return isEncrypted() ? State.ENCRYPTED : demoDatabase ? State.PLAIN_DEMO : State.PLAIN;
    }

    /** Is the open database an encrypted file? */
    public boolean isEncrypted() {
        access.requireSignedIn();
        return FileEncryption.keyOf(database.config()) != null;
    }

    /**
     * A password was set for the user: on an encrypted database, wrap the data key for it too. Only
     * for one's own password or by an administrator: a keyring entry written for somebody else would
     * lock them out of the file.
     */
    public void passwordSet(String username, char[] password) {
        if (!username.equals(access.session().userName())) {
            access.require(Permission.MANAGE_USERS);
        }
        String key = FileEncryption.keyOf(database.config());
        if (key != null) {
            Keyring.load(dataDir).put(username, password, key).save();
        }
    }

    /** The users who have a password but no keyring entry yet (they need a reset by an administrator). */
    public List<String> usersWithoutKey(List<User> users) {
        access.require(Permission.ENCRYPT);
        Keyring ring = Keyring.load(dataDir);
        return users.stream().filter(User::hasPassword).map(User::username).filter(u -> !ring.has(u)).toList();
    }

    /**
     * {@link #convert}, then every plain copy of the data in the data folder and the backup folders is
     * encrypted with the same key (the backup just made before the conversion included), so nothing
     * readable is left behind (decision 0143).
     */
    public static DatabaseConfig convertWithCopies(DatabaseConfig config, Path dataDir, List<Path> backupFolders,
                                                   String username, char[] password) {
        DatabaseConfig keyed = convert(config, dataDir, username, password);
        PlainCopies.encryptAll(dataDir, backupFolders, FileEncryption.keyOf(keyed));
        return keyed;
    }

    /**
     * An administrator is about to encrypt the open database (which is then closed and converted by
     * {@link #convert}): refused for anyone else, and recorded in the audit log while it is open.
     */
    public void beginEncryption() {
        access.require(Permission.ENCRYPT);
        audit.recordIndependently(AuditLog.Action.ENCRYPT, "database", "file",
                Map.of("file", new FieldChange(null, database.config().location())));
    }

    /**
     * Encrypts the plain embedded file of {@code config} (which must be closed): a fresh data key is
     * wrapped for the user into a pending keyring, H2 rewrites the file with {@code CIPHER=AES}, then
     * the keyring is moved into place and the encrypted file opened once as a check. A crash after the
     * rewrite is finished by the next open (the pending keyring is promoted); the caller took a
     * backup before. Returns the config that opens the encrypted file.
     */
    public static DatabaseConfig convert(DatabaseConfig config, Path dataDir, String username, char[] password) {
        if (!config.isEmbeddedFile()) {
            throw new DeskException("security.error.encryptServer");
        }
        Path file = FileEncryption.fileOf(config);
        if (FileEncryption.isEncrypted(file)) {
            throw new DeskException("security.error.alreadyEncrypted", file);
        }
        String key = Keyring.newDataKey();
        Path pending = dataDir.resolve(Keyring.PENDING);
        Keyring.read(pending).put(username, password, key).saveAs(pending);
        try {
            org.h2.tools.ChangeFileEncryption.execute(config.h2File().getParent().toString(),
                    config.h2File().getFileName().toString(), "AES", null, key.toCharArray(), true);
            Files.move(pending, dataDir.resolve(Keyring.FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            // The saved search index holds names in the clear: it is sealed with the key at the next start.
            Files.deleteIfExists(config.searchIndexFile());
        } catch (SQLException | IOException e) {
            throw new DeskException(e, "security.error.encryptFailed", file, String.valueOf(e.getMessage()));
        }
        DatabaseConfig keyed = FileEncryption.withKey(config, key);
        try (Database check = Database.open(keyed, OfficeZone.systemClock())) {
            check.schemaVersion();
        }
        LOG.info("Encrypted {}", file);
        return keyed;
    }
}
