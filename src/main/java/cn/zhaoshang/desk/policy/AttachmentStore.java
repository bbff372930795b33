package cn.zhaoshang.desk.policy;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Files kept beside the database, named by the SHA-256 of their bytes ({@code <data dir>/attachments/<sha256>}):
 * the same file attached twice is stored once, and a stored file is never changed. A file is first
 * copied to a temporary name while its hash is computed, then moved into place, so a crash leaves no
 * half-written attachment under a real name.
 */
public final class AttachmentStore {
    /** Larger files belong in the document system, not beside a laptop's database. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;
    private final Path folder;

    public AttachmentStore(Path dataDir) {
        this.folder = dataDir.resolve("attachments");
    }

    /** What was stored: the hash (the file's name in the store) and the size. */
    public record Stored(String sha256, long sizeBytes) { }

    public Stored store(Path source) {
        if (source == null || !Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new DeskException("policy.error.fileUnreadable", String.valueOf(source));
        }
        try {
            long size = Files.size(source);
            if (size > MAX_BYTES) {
                throw new DeskException("policy.error.fileTooLarge", source.getFileName(), MAX_BYTES / 1024 / 1024);
            }
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "incoming-", ".tmp");
            try {
                String sha = copyHashing(source, temp);
                Path target = folder.resolve(sha);
                if (Files.exists(target)) {
                    Files.delete(temp);
                } else {
                    move(temp, target);
                }
                return new Stored(sha, size);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new DeskException(e, "policy.error.fileUnreadable", String.valueOf(source));
        }
    }

    /** The stored file of a hash; refused when it is missing (e.g. the folder was not copied along). */
    public Path pathOf(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new DeskException("policy.error.attachmentMissing", String.valueOf(sha256));
        }
        Path file = folder.resolve(sha256);
        if (!Files.isRegularFile(file)) {
            throw new DeskException("policy.error.attachmentMissing", sha256);
        }
        return file;
    }

    private static String copyHashing(Path source, Path temp) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
        try (InputStream in = Files.newInputStream(source);
             OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
            in.transferTo(out);
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
