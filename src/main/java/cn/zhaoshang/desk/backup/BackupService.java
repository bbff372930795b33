package cn.zhaoshang.desk.backup;

import cn.zhaoshang.desk.backup.db.BackupStatements;
import cn.zhaoshang.desk.common.config.LocalSettings;
import cn.zhaoshang.desk.common.db.Database;
import cn.zhaoshang.desk.common.db.Engine;
import cn.zhaoshang.desk.common.i18n.DeskException;
import cn.zhaoshang.desk.security.AccessPolicy;
import cn.zhaoshang.desk.security.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the embedded database: on demand, automatically at start (at most daily) and before
 * imports, into a folder the user can point at a USB drive or a synced folder, kept by
 * {@link BackupRotation}. A team server's backups are the server's job (pg_dump), not ours.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    public static final String AUTO_PREFIX = "auto-";

    /** Why an automatic backup was made; part of its file name. */
    public enum Reason { DAILY, IMPORT, MERGE, RESTORE, DEMO_DATA }

    /** Work on many rows is backed up first unless an automatic backup is younger than this (decision 0142). */
    static final Duration RECENT_ENOUGH = Duration.ofMinutes(10);

    private final Database database;
    private final BackupStatements statements;
    private final LocalSettings settings;
    private final Path dataDir;
    private final Clock clock;
    /** Backups hold everyone's data: administrators (and the system's start-up job) make and place them. */
    private final AccessPolicy access;

    public BackupService(Database database, LocalSettings settings, Path dataDir, Clock clock, AccessPolicy access) {
        this.database = database;
        this.access = access;
        this.statements = new BackupStatements(database);
        this.settings = settings;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    public boolean isAvailable() {
        return database.engine() == Engine.H2 && database.config().isEmbeddedFile();
    }

    /** The folder automatic backups go to (settings key backup.dir; default data folder/backups). */
    public Path folder() {
        access.require(Permission.MANAGE_BACKUPS);
        return folder(settings, dataDir);
    }

    /** The backup folder of a data folder, before its database is open (and for the app's own backups). */
    public static Path folder(LocalSettings settings, Path dataDir) {
        return settings.get("backup.dir").map(Path::of).orElse(dataDir.resolve("backups"));
    }

    public void setFolder(Path folder) {
        access.require(Permission.MANAGE_BACKUPS);
        settings.put("backup.dir", folder == null ? null : folder.toAbsolutePath().toString());
        settings.save();
    }

    /**
     * A consistent copy of the open database as a zip file, with the keyring of an encrypted set-up (without
     * it a backup restored on another computer could never be opened) and the attachment files.
     */
    public Path backupTo(Path target) {
        access.require(Permission.MANAGE_BACKUPS);
        if (!isAvailable()) {
            throw new DeskException("backup.error.serverDatabase");
        }
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = parent.resolve(target.getFileName() + ".partial");
            Path databaseCopy = parent.resolve(target.getFileName() + ".db.partial");
            Files.deleteIfExists(partial);
            Files.deleteIfExists(databaseCopy);
            try {
                statements.backupTo(databaseCopy);
                BackupArchive.write(databaseCopy, dataDir, partial);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            } finally {
                Files.deleteIfExists(databaseCopy);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backed up {} to {}", database.config().location(), target);
            return target;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DeskException desk) {
                throw desk;
            }
            throw new DeskException(e, "backup.error.write", target, String.valueOf(e.getMessage()));
        }
    }

    /** An automatic backup into the backup folder, then old ones rotated out. */
    public Optional<Path> autoBackup(Reason reason) {
        access.require(Permission.MANAGE_BACKUPS);
        if (!isAvailable()) {
            return Optional.empty();
        }
        String name = AUTO_PREFIX + LocalDateTime.now(clock).format(STAMP) + "-" + reason.name().toLowerCase() + ".zip";
        Path file = backupTo(folder().resolve(name));
        rotate();
        return Optional.of(file);
    }

    /**
     * Before an import, a merge, demo data into a database with real data (and the command-line restore): an
     * automatic backup, unless one was made in the last {@link #RECENT_ENOUGH} — several imports in a row
     * do not each copy a large file.
     */
    public Optional<Path> backupBeforeWork(Reason reason) {
        access.requireSignedIn();
        if (!isAvailable()) {
            return Optional.empty();
        }
        // The safety copy is the system's work, whoever starts the import (a recruiter may not manage backups).
        return access.session().asSystem(() -> {
            LocalDateTime now = LocalDateTime.now(clock);
            boolean recent = list().stream().anyMatch(e -> e.madeAt().isAfter(now.minus(RECENT_ENOUGH)));
            return recent ? Optional.<Path>empty() : autoBackup(reason);
        });
    }

    /** At start: a daily backup unless one was made today. */
    public Optional<Path> dailyBackupIfDue() {
        access.require(Permission.MANAGE_BACKUPS);
        if (!isAvailable()) {
            return Optional.empty();
        }
        String today = LocalDateTime.now(clock).format(STAMP).substring(0, 8);
        boolean done = list().stream().anyMatch(e -> e.name().startsWith(AUTO_PREFIX + today));
        return done ? Optional.empty() : autoBackup(Reason.DAILY);
    }

    /** The automatic backups in the folder, newest first. */
    public List<BackupRotation.Entry> list() {
        access.require(Permission.MANAGE_BACKUPS);
        List<BackupRotation.Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return entries;
        }
        try (Stream<Path> files = Files.list(folder())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(AUTO_PREFIX) && n.endsWith(".zip"))
                    .forEach(n -> parseTime(n).ifPresent(t -> entries.add(new BackupRotation.Entry(n, t))));
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder(), e);
        }
        entries.sort((a, b) -> b.madeAt().compareTo(a.madeAt()));
        return entries;
    }

    private void rotate() {
        for (BackupRotation.Entry old : BackupRotation.toDelete(list())) {
            try {
                Files.deleteIfExists(folder().resolve(old.name()));
            } catch (IOException e) {
                LOG.warn("Cannot delete old backup {}", old.name(), e);
            }
        }
    }

    private static Optional<LocalDateTime> parseTime(String name) {
        try {
            return Optional.of(LocalDateTime.parse(name.substring(AUTO_PREFIX.length(), AUTO_PREFIX.length() + 15), STAMP));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Leave to replace the database with {@code zip} (administrators): asked while the database is
     * open, so that a refusal is in its audit log; the restore itself runs with the database closed.
     */
    public RestorePermit permitRestore(Path zip) {
        access.require(Permission.RESTORE_BACKUP);
        if (!isAvailable()) {
            throw new DeskException("backup.error.serverDatabase");
        }
        return new RestorePermit(zip, access.session().userName());
    }

    /** Compacts the file on close when that frees a worthwhile amount of space. */
    public boolean compactOnCloseIfWorthwhile() {
        access.requireSignedIn();
        if (!isAvailable()) {
            return false;
        }
        return statements.compactOnCloseIfWorthwhile();
    }
}
