package cn.zhaoshang.desk.backup;

import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.security.FileEncryption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Puts a backup back in place of the embedded database, which must be closed. The backup is checked
 * first (a zip holding an H2 database this version can open); the current database is kept aside
 * and only removed once the restored one has opened; on any failure it is put back.
 */
public final class RestoreService {
    private static final String DB_FILE = "zhaoshang.mv.db";
    private final Clock clock;

    public RestoreService(Clock clock) {
        this.clock = clock;
    }

    /** Restores {@code zip} into {@code dataDir}; returns where the replaced database was kept. */
    public Path restore(Path zip, Path dataDir) {
        return restore(zip, dataDir, null);
    }

    /**
     * Restores {@code zip}, which may hold an encrypted database: {@code dataKey} (from the keyring,
     * unlocked by the user's password) opens it. The data key never changes, so every backup of an
     * encrypted database opens with it; a plain backup opens without.
     */
    public Path restore(Path zip, Path dataDir, String dataKey) {
        if (!Files.isRegularFile(zip)) {
            throw new DeskException("backup.error.noFile", zip);
        }
        Path staging = dataDir.resolve("restore-staging");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            extractDatabase(zip, staging.resolve(DB_FILE));
            if (dataKey == null && FileEncryption.isEncrypted(staging.resolve(DB_FILE))) {
                throw new DeskException("security.error.encryptedNeedsPassword");
            }
            try (Database check = Database.open(FileEncryption.keyed(DatabaseConfig.embedded(staging), dataKey), clock)) {
                check.schemaVersion();
            } catch (DeskException e) {
                throw new DeskException(e, "backup.error.badBackup", zip);
            }
            Path current = dataDir.resolve(DB_FILE);
            String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path aside = dataDir.resolve("backups").resolve("replaced-by-restore-" + stamp + ".mv.db");
            Files.createDirectories(aside.getParent());
            boolean hadCurrent = Files.exists(current);
            if (hadCurrent) {
                Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            // The saved search index describes the replaced data (and may be plain beside an encrypted restore).
            Files.deleteIfExists(DatabaseConfig.embedded(dataDir).searchIndexFile());
            try {
                Files.move(staging.resolve(DB_FILE), current, StandardCopyOption.ATOMIC_MOVE);
                try (Database restored = Database.open(FileEncryption.keyed(DatabaseConfig.embedded(dataDir), dataKey),
                        clock)) {
                    restored.schemaVersion();
                }
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(current);
                if (hadCurrent) {
                    Files.move(aside, current, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            return hadCurrent ? aside : null;
        } catch (IOException e) {
            throw new DeskException(e, "backup.error.restore", zip, String.valueOf(e.getMessage()));
        } finally {
            deleteTree(staging);
        }
    }

    private static void extractDatabase(Path zip, Path target) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".mv.db")) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new DeskException(e, "backup.error.notABackup", zip);
        }
        throw new DeskException("backup.error.notABackup", zip);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Best effort: a leftover staging folder is cleared on the next restore.
        }
    }
}
