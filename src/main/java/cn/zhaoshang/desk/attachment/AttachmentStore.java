package cn.zhaoshang.desk.attachment;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Files kept beside the database, named by the SHA-256 of their bytes ({@code <data dir>/attachments/<sha256>})
 * and encrypted with the database's attachment key (decision 0120): the same file attached twice is stored
 * once, a stored file is never changed, and nothing in the folder is readable without the database. A
 * file is written encrypted to a temporary name while its hash is computed, then moved into place, so a
 * crash leaves no half-written attachment under a real name.
 */
public final class AttachmentStore {
    /** Larger files belong in the document system; decryption holds a whole file in memory. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private final Path folder;
    private final Supplier<byte[]> key;
    private volatile AttachmentCipher cipher;

    /** @param key the attachment key, asked for when a file is first written or read */
    public AttachmentStore(Path dataDir, Supplier<byte[]> key) {
        this.folder = dataDir.resolve("attachments");
        this.key = key;
    }

    /** What was stored: the hash (the file's name in the store) and the size. */
    public record Stored(String sha256, long sizeBytes) { }

    public Stored store(Path source) {
        if (source == null || !Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new DeskException("attachment.error.fileUnreadable", String.valueOf(source));
        }
        try {
            long size = Files.size(source);
            if (size > MAX_BYTES) {
                throw new DeskException("attachment.error.fileTooLarge", source.getFileName(), MAX_BYTES / 1024 / 1024);
            }
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "incoming-", ".tmp");
            try {
                String sha = encryptHashing(source, temp);
                Path target = folder.resolve(sha);
                if (!Files.exists(target)) {
                    move(temp, target);
                }
                return new Stored(sha, size);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new DeskException(e, "attachment.error.fileUnreadable", String.valueOf(source));
        }
    }

    /** The plain bytes of a stored file; refused when it is missing or does not decrypt. */
    public byte[] read(String sha256) {
        Path file = storedFile(sha256);
        try {
            return cipher().decrypt(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DeskException(e, "attachment.error.unreadable", sha256);
        }
    }

    /** Writes the plain file to {@code target} (a download, or a copy to open). */
    public void copyTo(String sha256, Path target) {
        byte[] plain = read(sha256);
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(target, plain);
        } catch (IOException e) {
            throw new DeskException(e, "attachment.error.write", target);
        }
    }

    /**
     * A plain copy to open with the system's viewer, under the system's temporary folder (never in the
     * data folder, which holds only encrypted files), removed when the app exits.
     */
    public Path openCopy(String sha256, String fileName) {
        try {
            Path dir = Files.createTempDirectory("zhaoshang-open-");
            dir.toFile().deleteOnExit();
            Path copy = dir.resolve(safeName(fileName));
            copyTo(sha256, copy);
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new DeskException(e, "attachment.error.write", fileName);
        }
    }

    /** Is this stored file encrypted? (Files stored before encryption are plain until stored again.) */
    public boolean isEncrypted(String sha256) {
        try (InputStream in = Files.newInputStream(storedFile(sha256))) {
            return AttachmentCipher.isEncrypted(in.readNBytes(64));
        } catch (IOException e) {
            throw new DeskException(e, "attachment.error.unreadable", sha256);
        }
    }

    private AttachmentCipher cipher() {
        if (cipher == null) {
            cipher = new AttachmentCipher(key.get());
        }
        return cipher;
    }

    private Path storedFile(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new DeskException("attachment.error.missing", String.valueOf(sha256));
        }
        Path file = folder.resolve(sha256);
        if (!Files.isRegularFile(file)) {
            throw new DeskException("attachment.error.missing", sha256);
        }
        return file;
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "attachment" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() ? "attachment" : name;
    }

    private String encryptHashing(Path source, Path temp) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
             OutputStream out = Files.newOutputStream(temp)) {
            cipher().encrypt(in, out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
