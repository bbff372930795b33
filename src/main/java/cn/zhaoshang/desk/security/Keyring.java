package cn.zhaoshang.desk.security;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyring beside an encrypted database ({@code zhaoshang.keyring}): the database's data key
 * (the H2 file password, random, never shown) wrapped once per user with a key derived from that
 * user's password (PBKDF2-HMAC-SHA256, as for the password hash, own salt), sealed with AES-GCM.
 * The user name is the GCM associated data, so an entry cannot be moved to another name. Users live
 * inside the database; this file is what lets a password open the database before any of it is read.
 * Written to a temporary file and moved into place, so a crash leaves the old or the new keyring.
 */
public final class Keyring {
    public static final String FILE = "zhaoshang.keyring";
    /** Written before a conversion starts, promoted once the file is encrypted (see {@link #load}). */
    public static final String PENDING = "zhaoshang.keyring.pending";
    private static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties entries;

    private Keyring(Path file, Properties entries) {
        this.file = file;
        this.entries = entries;
    }

    public static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE));
    }

    /** The keyring of the data folder (empty if there is none yet). */
    public static Keyring load(Path dataDir) {
        return read(dataDir.resolve(FILE));
    }

    static Keyring read(Path file) {
        Properties entries = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                entries.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new DeskException(e, "security.error.keyring", file);
            }
        }
        return new Keyring(file, entries);
    }

    /**
     * The keyring stored inside a backup zip (backups of an encrypted database carry it, so that they
     * can be restored on another computer); empty when the zip holds none.
     */
    public static Optional<Keyring> fromBackup(Path zip, Path dataDir) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            ZipEntry entry = archive.getEntry(FILE);
            if (entry == null) {
                return Optional.empty();
            }
            Properties entries = new Properties();
            try (InputStream in = archive.getInputStream(entry)) {
                entries.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return Optional.of(new Keyring(dataDir.resolve(FILE), entries));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A fresh random data key: 32 bytes as hex (H2 hashes the file password into its AES key). */
    public static String newDataKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    public Set<String> users() {
        return new TreeSet<>(entries.stringPropertyNames());
    }

    public boolean has(String username) {
        return entries.containsKey(username);
    }

    /** The data key, if this is the user's password; empty for an unknown user or a wrong password. */
    public Optional<String> unlock(String username, char[] password) {
        String entry = entries.getProperty(username);
        if (entry == null || password == null) {
            return Optional.empty();
        }
        String[] parts = entry.split("\\$");
        Base64.Decoder b64 = Base64.getDecoder();
        try {
            byte[] salt = b64.decode(parts[1]);
            byte[] iv = b64.decode(parts[2]);
            byte[] sealed = b64.decode(parts[3]);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, password, salt, Integer.parseInt(parts[0]), iv, username);
            return Optional.of(new String(cipher.doFinal(sealed), StandardCharsets.US_ASCII));
        } catch (AEADBadTagException wrongPassword) {
            return Optional.empty();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new DeskException(e, "security.error.keyring", file);
        }
    }

    /** Wraps the data key for the user with this password (replacing any entry of theirs). */
    public Keyring put(String username, char[] password, String dataKey) {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, password, salt, ITERATIONS, iv, username);
            byte[] sealed = cipher.doFinal(dataKey.getBytes(StandardCharsets.US_ASCII));
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            entries.setProperty(username, ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(iv) + "$"
                    + b64.encodeToString(sealed));
            return this;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM not available", e);
        }
    }

    public Keyring remove(String username) {
        entries.remove(username);
        return this;
    }

    /** Writes the keyring where it was read from. */
    public void save() {
        saveAs(file);
    }

    void saveAs(Path target) {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(temp)) {
                entries.store(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                        "Zhaoshang Desk keyring: the database key, wrapped per user (PBKDF2 + AES-GCM). Keep beside the database.");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DeskException(e, "security.error.keyring", target);
        }
    }

    private static Cipher cipher(int mode, char[] password, byte[] salt, int iterations, byte[] iv, String username)
            throws GeneralSecurityException {
        byte[] kek = PasswordHasher.derive(password, salt, iterations);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
