package cn.zhaoshang.desk.backup;

import cn.zhaoshang.desk.backup.db.BackupStatements;
import cn.zhaoshang.desk.common.db.AuditLog;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.DatabaseConfig;
import cn.zhaoshang.desk.common.db.FieldChange;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.common.session.Session;
import cn.zhaoshang.desk.security.FileEncryption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup back in place of the embedded database, which must be closed. The backup is checked
 * first (a zip holding an H2 database this version can open); the current database is kept aside
 * and only removed once the restored one has opened; on any failure it is put back. Only an
 * administrator's {@link RestorePermit} starts it; the restored database's audit log records it.
 */
public final class RestoreService {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);
    private static final String DB_FILE = BackupArchive.DB_FILE;
    private static final String ATTACHMENTS = "attachments";
    /** The attachment folder a restore replaced, beside the database it kept aside (same prefix and stamp). */
    static final String ATTACHMENTS_ASIDE_SUFFIX = ".attachments";
    private static final String STAGING = "restore-staging";
    /** The database a restore replaced, kept in backups/ under this prefix and a time stamp. */
    public static final String KEPT_ASIDE_PREFIX = "replaced-by-restore-";
    private final Clock clock;

    public RestoreService(Clock clock) {
        this.clock = clock;
    }

    /** Leave to restore where there is no database yet (a new computer): there is nobody to ask. */
    public Optional<RestorePermit> permitWithoutDatabase(Path zip, Path dataDir) {
        return Files.exists(dataDir.resolve(DB_FILE)) ? Optional.empty()
                : Optional.of(new RestorePermit(zip, Session.SYSTEM));
    }

    /**
     * Leave to restore over a database that cannot be opened because it is damaged (checked here): its
     * users and roles are inside it, so nobody can be asked; putting a backup back is the way out.
     */
    public Optional<RestorePermit> permitForDamaged(Path zip, Path dataDir, String dataKey) {
        DatabaseConfig current = FileEncryption.keyed(DatabaseConfig.embedded(dataDir), dataKey);
        if (!Files.exists(dataDir.resolve(DB_FILE))) {
            return Optional.empty();
        }
        try (Database opened = Database.open(current, clock)) {
            return Optional.empty();
        } catch (DeskException e) {
            return "db.error.corrupt".equals(e.key()) ? Optional.of(new RestorePermit(zip, Session.SYSTEM))
                    : Optional.empty();
        }
    }

    /** Restores the permitted backup into {@code dataDir}; returns where the replaced database was kept. */
    public Path restore(RestorePermit permit, Path dataDir) {
        return restore(permit, dataDir, null);
    }

    /**
     * Restores {@code zip}, which may hold an encrypted database: {@code dataKey} (from the keyring,
     * unlocked by the user's password) opens it. The data key never changes, so every backup of an
     * encrypted database opens with it; a plain backup opens without. The backup's attachment files
     * replace the folder's as the database replaces the database: the current ones are kept aside
     * with it, so the data folder holds the old pair or the new pair, never a mix (decision 0125).
     */
    public Path restore(RestorePermit permit, Path dataDir, String dataKey) {
        Path zip = permit.zip();
        if (!Files.isRegularFile(zip)) {
            throw new DeskException("backup.error.noFile", zip);
        }
        Path staging = dataDir.resolve(STAGING);
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            BackupArchive.extract(zip, staging);
            if (dataKey == null && FileEncryption.isEncrypted(staging.resolve(DB_FILE))) {
                throw new DeskException("security.error.encryptedNeedsPassword");
            }
            if (dataKey != null && !FileEncryption.isEncrypted(staging.resolve(DB_FILE))) {
                // A plain backup restored into an encrypted set-up is encrypted with its key before it
                // goes in: the restore must not turn the data back into plain text (decision 0143).
                FileEncryption.encrypt(staging.resolve(DB_FILE), dataKey);
            }
            Path current = dataDir.resolve(DB_FILE);
            Path currentFiles = dataDir.resolve(ATTACHMENTS);
            String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path aside = dataDir.resolve("backups").resolve(KEPT_ASIDE_PREFIX + stamp + ".mv.db");
            Path filesAside = attachmentsAside(aside);
            boolean hadCurrent = Files.exists(current);
            SortedMap<String, String> referenced;
            try (Database check = Database.open(FileEncryption.keyed(DatabaseConfig.embedded(staging), dataKey), clock)) {
                check.schemaVersion();
                referenced = new BackupStatements(check).referencedAttachments();
                requireAttachments(zip, referenced, staging.resolve(ATTACHMENTS));
                // Recorded before the file goes in: a kill after the swap cannot leave a restore unrecorded.
                recordRestore(check, permit, hadCurrent ? aside : null);
            } catch (DeskException e) {
                if ("backup.error.missingAttachments".equals(e.key())) {
                    throw e;
                }
                throw new DeskException(e, "backup.error.badBackup", zip);
            }
            Files.createDirectories(aside.getParent());
            // An empty folder is kept aside too: a restore cut off later then finds the pair to put back.
            Files.createDirectories(currentFiles);
            if (hadCurrent) {
                Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(currentFiles, filesAside, StandardCopyOption.ATOMIC_MOVE);
            // The saved search index describes the replaced data (and may be plain beside an encrypted restore).
            Files.deleteIfExists(DatabaseConfig.embedded(dataDir).searchIndexFile());
            try {
                Files.move(staging.resolve(ATTACHMENTS), currentFiles, StandardCopyOption.ATOMIC_MOVE);
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
                putAttachmentsBack(filesAside, currentFiles);
                throw e;
            }
            return hadCurrent ? aside : null;
        } catch (IOException e) {
            throw new DeskException(e, "backup.error.restore", zip, String.valueOf(e.getMessage()));
        } finally {
            deleteTree(staging);
        }
    }

    /** Refuses a backup whose database names attachment files the zip does not carry, saying which. */
    private static void requireAttachments(Path zip, SortedMap<String, String> referenced, Path files) {
        List<String> missing = referenced.entrySet().stream()
                .filter(e -> !Files.isRegularFile(files.resolve(e.getKey()))).map(Map.Entry::getValue).toList();
        if (!missing.isEmpty()) {
            String named = String.join("、", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? " …" : "");
            throw new DeskException("backup.error.missingAttachments", zip, missing.size(), named);
        }
    }

    /** Where a restore keeps the attachment folder it replaced: beside the database it kept aside. */
    private static Path attachmentsAside(Path databaseAside) {
        String name = databaseAside.getFileName().toString();
        return databaseAside.resolveSibling(name.substring(0, name.length() - ".mv.db".length()) + ATTACHMENTS_ASIDE_SUFFIX);
    }

    private static void putAttachmentsBack(Path filesAside, Path currentFiles) throws IOException {
        if (!Files.isDirectory(filesAside)) {
            return;
        }
        deleteTree(currentFiles);
        Files.move(filesAside, currentFiles, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * At start: a restore cut off by a crash left its staging folder. If it had already moved the
     * current database aside but not yet the restored one in, the one kept aside goes back with the
     * attachment folder kept aside beside it (so the folder holds the old pair or the new one, never
     * none and never a mix); the staging folder goes either way.
     */
    public static void finishInterrupted(Path dataDir) {
        Path staging = dataDir.resolve(STAGING);
        if (!Files.exists(staging)) {
            return;
        }
        Path current = dataDir.resolve(DB_FILE);
        if (!Files.exists(current)) {
            newestKeptAside(dataDir).ifPresent(aside -> {
                try {
                    Files.move(aside, current, StandardCopyOption.ATOMIC_MOVE);
                    putAttachmentsBack(attachmentsAside(aside), dataDir.resolve(ATTACHMENTS));
                    LOG.warn("A restore was cut off; put the previous database back from {}", aside);
                } catch (IOException e) {
                    throw new DeskException(e, "backup.error.restore", aside, String.valueOf(e.getMessage()));
                }
            });
        }
        deleteTree(staging);
    }

    private static Optional<Path> newestKeptAside(Path dataDir) {
        Path folder = dataDir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(KEPT_ASIDE_PREFIX))
                    .filter(f -> f.getFileName().toString().endsWith(".mv.db"))
                    .max(Comparator.comparing(f -> f.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The restored database's audit log says who put it back, from which file, and where the old one went. */
    private void recordRestore(Database restored, RestorePermit permit, Path aside) {
        Session who = new Session();
        who.signIn(null, permit.userName(), permit.userName(), null, "ADMIN");
        Map<String, FieldChange> what = new LinkedHashMap<>();
        what.put("file", new FieldChange(null, permit.zip().getFileName().toString()));
        if (aside != null) {
            what.put("replaced", new FieldChange(null, aside.getFileName().toString()));
        }
        new AuditLog(restored, who, clock).record(AuditLog.Action.RESTORE_DATABASE, "database", "backup", what);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Best effort: a leftover staging folder is cleared on the next restore.
        }
    }
}
