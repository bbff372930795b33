package cn.zhaoshang.desk.backup;

import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.security.Keyring;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The layout of a backup zip: H2's copy of the database, the keyring of an encrypted set-up, and the
 * attachment files under {@value #ATTACHMENTS} exactly as they are stored (still encrypted, named by
 * their hash; decision 0125). Written and read as streams, so large attachments never sit in memory.
 */
final class BackupArchive {
    static final String ATTACHMENTS = "attachments/";
    static final String DB_FILE = "zhaoshang.mv.db";
    /** A stored attachment's name: the SHA-256 of its plain bytes. Anything else in the folder is not one. */
    static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{64}");

    private BackupArchive() {
    }

    /**
     * Packs H2's backup zip, the keyring and the attachment files into {@code target}. The database was
     * copied first: attachment files are written before their rows and never changed or removed, so every
     * file the copied database names is already in the folder (a file added since is carried unused).
     */
    static void write(Path databaseZip, Path dataDir, Path target) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(file)) {
            try (InputStream in = Files.newInputStream(databaseZip); ZipInputStream db = new ZipInputStream(in)) {
                for (ZipEntry entry; (entry = db.getNextEntry()) != null; ) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    db.transferTo(out);
                    out.closeEntry();
                }
            }
            Path keyring = dataDir.resolve(Keyring.FILE);
            if (Files.exists(keyring)) {
                add(out, Keyring.FILE, keyring);
            }
            // Encrypted bytes do not compress: storing them as they are saves the time of trying.
            out.setLevel(Deflater.NO_COMPRESSION);
            for (Path stored : storedAttachments(dataDir.resolve("attachments"))) {
                add(out, ATTACHMENTS + stored.getFileName(), stored);
            }
        }
    }

    /** Unpacks the database to {@code staging}/{@value #DB_FILE} and the attachments to {@code staging}/attachments. */
    static void extract(Path zip, Path staging) throws IOException {
        boolean database = false;
        Path attachments = Files.createDirectories(staging.resolve("attachments"));
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (!database && name.endsWith(".mv.db")) {
                    Files.copy(in, staging.resolve(DB_FILE), StandardCopyOption.REPLACE_EXISTING);
                    database = true;
                } else if (name.startsWith(ATTACHMENTS)
                        && STORED_NAME.matcher(name.substring(ATTACHMENTS.length())).matches()) {
                    Files.copy(in, attachments.resolve(name.substring(ATTACHMENTS.length())),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (ZipException | EOFException e) {
            throw new DeskException(e, "backup.error.notABackup", zip);
        }
        if (!database) {
            throw new DeskException("backup.error.notABackup", zip);
        }
    }

    /** The stored attachment files of a folder (none when it does not exist). */
    static List<Path> storedAttachments(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> STORED_NAME.matcher(f.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void add(ZipOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        Files.copy(file, out);
        out.closeEntry();
    }
}
