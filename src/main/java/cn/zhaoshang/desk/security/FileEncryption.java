package cn.zhaoshang.desk.security;

import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The embedded database file encrypted at rest (H2 {@code CIPHER=AES}). Whether a file is encrypted
 * is read from the file itself: H2 starts an encrypted file with {@code H2encrypt} and its salt (a
 * plain one with {@code H:2,…}; a damaged one with neither is left to H2 to call corrupt). So a plain backup restored over an encrypted set-up still opens,
 * and a conversion that stopped half-way is recognised by what the file is, not by what a setting says.
 */
public final class FileEncryption {
    /** H2's encrypting file layer starts every encrypted file with this (then the salt). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final String CIPHER_OPTION = ";CIPHER=AES";

    private FileEncryption() {
    }

    /** The H2 file of an embedded config ({@code …/zhaoshang.mv.db}). */
    public static Path fileOf(DatabaseConfig config) {
        return Path.of(config.h2File() + ".mv.db");
    }

    /** Is this existing H2 file encrypted? (A missing or empty file is not.) */
    public static boolean isEncrypted(Path mvDb) {
        if (!Files.isRegularFile(mvDb)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(mvDb)) {
            return startsEncrypted(in);
        } catch (IOException e) {
            throw new DeskException(e, "db.error.open", mvDb, String.valueOf(e.getMessage()));
        }
    }

    /** Do the bytes of an H2 file (e.g. inside a backup zip) start like an encrypted one? */
    static boolean startsEncrypted(InputStream in) throws IOException {
        return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
    }

    /** Rewrites a plain H2 file encrypted with the data key (H2 works on the files named NAME.mv.db in a folder). */
    public static void encrypt(Path mvDb, String dataKey) {
        String name = mvDb.getFileName().toString();
        try {
            org.h2.tools.ChangeFileEncryption.execute(mvDb.toAbsolutePath().getParent().toString(),
                    name.substring(0, name.length() - ".mv.db".length()), "AES", null, dataKey.toCharArray(), true);
        } catch (SQLException e) {
            throw new DeskException(e, "security.error.encryptFailed", mvDb, String.valueOf(e.getMessage()));
        }
    }

    /** Does opening this config need a data key (an embedded file that is encrypted)? */
    public static boolean needsKey(DatabaseConfig config) {
        return config.isEmbeddedFile() && isEncrypted(fileOf(config));
    }

    /**
     * The config that opens the file with the data key: H2 takes "file password, space, user
     * password" and the cipher in the URL. Unchanged when the file is not encrypted or the key is null.
     */
    public static DatabaseConfig keyed(DatabaseConfig config, String dataKey) {
        if (dataKey == null || !needsKey(config) || config.url().contains(CIPHER_OPTION)) {
            return config;
        }
        return withKey(config, dataKey);
    }

    /** The config with the cipher and key, whatever the file is now (for the first open after conversion). */
    static DatabaseConfig withKey(DatabaseConfig config, String dataKey) {
        return new DatabaseConfig(config.url() + CIPHER_OPTION, config.user(), dataKey + " " + config.password(),
                config.h2File());
    }

    /** The data key of an open encrypted config, or null for a plain one. */
    public static String keyOf(DatabaseConfig config) {
        if (!config.url().contains(CIPHER_OPTION) || config.password() == null) {
            return null;
        }
        int space = config.password().indexOf(' ');
        return space < 0 ? config.password() : config.password().substring(0, space);
    }

    /**
     * Unlocks an encrypted embedded database with a user's password: the keyring beside it gives the
     * data key. A wrong name or password gets the same message as a wrong sign-in; no keyring, its own.
     */
    public static DatabaseConfig unlock(DatabaseConfig config, Path dataDir, String username, char[] password) {
        if (!needsKey(config)) {
            return config;
        }
        if (!Keyring.exists(dataDir)) {
            promotePending(dataDir);
        }
        if (!Keyring.exists(dataDir)) {
            throw new DeskException("security.error.noKeyring", dataDir.resolve(Keyring.FILE));
        }
        if (username == null || password == null) {
            throw new DeskException("security.error.encryptedNeedsPassword");
        }
        String key = Keyring.load(dataDir).unlock(username.strip(), password)
                .orElseThrow(() -> new DeskException("security.error.badCredentials"));
        return withKey(config, key);
    }

    /** A conversion that encrypted the file but stopped before its keyring was moved into place. */
    private static void promotePending(Path dataDir) {
        Path pending = dataDir.resolve(Keyring.PENDING);
        if (Files.exists(pending)) {
            try {
                Files.move(pending, dataDir.resolve(Keyring.FILE), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new DeskException(e, "security.error.keyring", pending);
            }
        }
    }
}
