package cn.zhaoshang.desk.security;

import cn.zhaoshang.desk.common.i18n.DeskException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the database is encrypted, nothing readable of its data may stay beside it (decision 0143): every
 * backup zip still holding a plain database is rewritten with that database encrypted under the same data
 * key (and the keyring added, as every backup of an encrypted database carries it), a database a restore
 * kept aside is encrypted in place, and H2's trace file (which can quote statements) goes. Run after
 * {@code encrypt} and at every open of an encrypted file, so a copy a crash left half-done is finished.
 */
public final class PlainCopies {
    private static final Logger LOG = LoggerFactory.getLogger(PlainCopies.class);
    /** Where a backup's database is unpacked while it is encrypted; cleared first, so a crash leaves nothing. */
    static final String WORK = ".encrypting";

    private PlainCopies() {
    }

    /** Encrypts every plain copy in the data folder and the backup folders; returns how many it encrypted. */
    public static int encryptAll(Path dataDir, List<Path> backupFolders, String dataKey) {
        int encrypted = 0;
        deleteIfExists(dataDir.resolve("zhaoshang.trace.db"));
        for (Path folder : backupFolders.stream().distinct().filter(Files::isDirectory).toList()) {
            Path work = folder.resolve(WORK);
            deleteTree(work);
            for (Path file : list(folder)) {
                String name = file.getFileName().toString();
                try {
                    if (name.endsWith(".zip") && holdsPlainDatabase(file)) {
                        encryptZip(file, work, dataDir, dataKey);
                        encrypted++;
                    } else if (name.endsWith(".mv.db") && !FileEncryption.isEncrypted(file)) {
                        encryptFile(file, dataKey);
                        encrypted++;
                    }
                } catch (IOException e) {
                    throw new DeskException(e, "security.error.encryptBackups", file, String.valueOf(e.getMessage()));
                }
            }
            deleteTree(work);
        }
        if (encrypted > 0) {
            LOG.info("Encrypted {} plain copies of the database", encrypted);
        }
        return encrypted;
    }

    private static boolean holdsPlainDatabase(Path zip) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".mv.db")) {
                    return !FileEncryption.startsEncrypted(in);
                }
            }
        } catch (ZipException e) {
            LOG.warn("Not a readable zip, left as it is: {}", zip);
        }
        return false;
    }

    /** Unpacks the zip, encrypts its database, packs it again with the keyring, and moves it over the old one. */
    private static void encryptZip(Path zip, Path work, Path dataDir, String dataKey) throws IOException {
        Files.createDirectories(work);
        Path partial = work.resolve(zip.getFileName() + ".partial");
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file);
             OutputStream target = Files.newOutputStream(partial); ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(Keyring.FILE)) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().endsWith(".mv.db")) {
                    Path db = work.resolve("copy.mv.db");
                    Files.copy(in, db, StandardCopyOption.REPLACE_EXISTING);
                    encryptFile(db, dataKey);
                    Files.copy(db, out);
                    Files.delete(db);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            Path keyring = dataDir.resolve(Keyring.FILE);
            if (Files.exists(keyring)) {
                out.putNextEntry(new ZipEntry(Keyring.FILE));
                Files.copy(keyring, out);
                out.closeEntry();
            }
        }
        Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void encryptFile(Path mvDb, String dataKey) {
        FileEncryption.encrypt(mvDb, dataKey);
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new DeskException(e, "security.error.encryptBackups", folder, String.valueOf(e.getMessage()));
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", file, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(PlainCopies::deleteIfExists);
        } catch (IOException e) {
            LOG.warn("Cannot clear {}", dir, e);
        }
    }
}
